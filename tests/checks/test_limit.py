"""--limit: every finding is counted, only the first N (in file order) are kept, for row rules,
file rules and conversion rules alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.checks.conversion_layout import FIELDS
from srg_guide.checks.layout import load_layout
from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check, run_conversion_check
from tests.checks.deliveries import example_params, write_delivery

# Lines 3, 5, 7 and 9 have an impossible date (SRG102, a row rule); registratienummer D is
# on lines 2, 4, 6 and 8, so lines 4, 6 and 8 repeat a key (SRG203, a file rule).
RECORDS = [
    {"registratienummer": "D"} if n % 2 == 0 else {"begindatum": "20250231"} for n in range(8)
]


def _lines(report: Report, code: str) -> tuple[int, list[int | None]]:
    result = next(r for r in report.results if r.rule.code == code)
    return result.count, [f.line for f in result.findings]


@pytest.mark.parametrize(
    ("limit", "dates", "duplicates"),
    [
        (None, [3, 5, 7, 9], [4, 6, 8]),
        (2, [3, 5], [4, 6]),
        (1, [3], [4]),
    ],
)
def test_delivery_findings_are_counted_then_cut(
    limit: int | None, dates: list[int], duplicates: list[int], tmp_path: Path
) -> None:
    path = write_delivery(tmp_path / "l.csv", RECORDS)
    report = run_check(path, params=example_params(), limit=limit)
    assert _lines(report, "SRG102") == (4, dates)
    assert _lines(report, "SRG203") == (3, duplicates)


@pytest.mark.parametrize(("limit", "kept"), [(None, [2, 3, 4]), (2, [2, 3]), (1, [2])])
def test_conversion_findings_are_counted_then_cut(
    limit: int | None, kept: list[int], tmp_path: Path
) -> None:
    previous = write_delivery(tmp_path / "vorige.csv", [{"verslagmaand": "202512"}])
    current = write_delivery(tmp_path / "nu.csv", [{}])
    conversion = tmp_path / "conversie.csv"
    rows = [";".join(FIELDS), *(f"OUD{n};R1;;;;" for n in range(3))]
    conversion.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = run_conversion_check(
        conversion,
        current=current,
        previous=previous,
        layout=load_layout(),
        params=example_params(),
        limit=limit,
    )
    assert _lines(report, "SRG602") == (3, kept)
