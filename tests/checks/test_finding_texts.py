"""What a finding says: its message and the rule's fix text fit the record that fired."""

from __future__ import annotations

from pathlib import Path

from srg_guide.checks.report import Report, RuleResult
from srg_guide.checks.runner import run_check
from tests.checks.deliveries import example_params, write_delivery


def _result(report: Report, code: str) -> RuleResult:
    return next(r for r in report.results if r.rule.code == code)


def test_unknown_arbeidsvermogen_code_is_not_fixed_with_doel_inzet(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", [{"arbeidsvermogen": "9"}])
    result = _result(run_check(path, params=example_params()), "SRG104")
    assert [f.field for f in result.findings] == ["arbeidsvermogen"]
    assert "toegestane codes" in result.rule.fix
    assert "doel inzet" not in result.rule.fix.lower()
    assert "(toegestaan: 1, 2)" in result.findings[0].message  # the layout's code list


def test_aow_date_from_an_assumed_table_row_says_so(tmp_path: Path) -> None:
    # tables/aow.yaml: born 1959 -> 67 years (confirmed); born before 1953 -> 66 (an aanname).
    records = [{"geboortedatum": "19590115"}, {"geboortedatum": "19500101"}]
    path = write_delivery(tmp_path / "l.csv", records)
    messages = {f.line: f.message for f in _result(run_check(path), "SRG304").findings}
    assert messages[2] == "AOW-leeftijd bereikt in 2026 (67 jaar); de voorziening loopt nog."
    assert messages[3].startswith("AOW-leeftijd bereikt in 2016 (66 jaar) (aanname: ")
    assert "tables/aow.yaml" in messages[3]


def test_aow_finding_names_the_year_not_the_birthday(tmp_path: Path) -> None:
    # Born 31-10-1957: AOW age 67, so the exact AOW date would be the birthday itself.
    records = [{"verslagmaand": "202410", "geboortedatum": "19571031", "einddatum": None}]
    path = write_delivery(tmp_path / "l.csv", records)
    (finding,) = _result(run_check(path), "SRG304").findings
    assert finding.message == "AOW-leeftijd bereikt in 2024 (67 jaar); de voorziening loopt nog."
    assert "31-10" not in finding.message
