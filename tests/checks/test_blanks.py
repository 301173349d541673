"""A field of only spaces is empty, and spaces around a value do not count, in every format."""

from __future__ import annotations

from pathlib import Path

from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from tests.checks.deliveries import example_params, write_delivery


def _lines(report: Report, code: str) -> list[int | None]:
    (result,) = [r for r in report.results if r.rule.code == code]
    return [f.line for f in result.findings]


def test_a_required_field_of_only_spaces_is_empty(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv",
        [{"registratienummer": "   "}, {"registratienummer": "\t"}, {}],
    )
    assert _lines(run_check(path, params=example_params()), "SRG101") == [2, 3]


def test_spaces_around_a_value_are_not_part_of_it(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv",
        [
            {"registratienummer": "A1 ", "begindatum": " 20240101"},
            {"registratienummer": "A1"},
        ],
    )
    report = run_check(path, params=example_params())
    assert _lines(report, "SRG203")  # "A1 " and "A1" are the same key
    assert _lines(report, "SRG102") == []  # " 20240101" is a readable date
