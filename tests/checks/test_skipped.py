"""Rules that cannot run are listed as "niet uitgevoerd", never as "zonder bevindingen"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from srg_guide.checks.layout import load_layout
from srg_guide.checks.plan import field_label
from srg_guide.checks.registry import FileRule, RowRule
from srg_guide.checks.report import SKIP_KINDS, Report
from srg_guide.checks.rules import all_rules
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.locations import data_dir
from tests.checks.deliveries import example_params, write_delivery

LAYOUT = data_dir("tables") / "layouts" / "voorbeeld.yaml"
ALL_FIELDS = tuple(f["name"] for f in yaml.safe_load(LAYOUT.read_text("utf-8"))["fields"])
DELIVERY_RULES = {r.code for r in all_rules() if issubclass(r, RowRule | FileRule)}
PARAMS = example_params()


def _layout_without(folder: Path, missing: set[str]) -> Path:
    data = yaml.safe_load(LAYOUT.read_text("utf-8"))
    data["fields"] = [f for f in data["fields"] if f["name"] not in missing]
    path = folder / "layout.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _files(folder: Path) -> tuple[Path, Path]:
    records = [
        {"type_voorziening": "11", "doel_inzet": "2", "loonwaarde": "50", "arbeidsvermogen": "1"},
        {"type_voorziening": "22", "begindatum": "20200101"},
        {"geboortedatum": "19500101"},
    ]
    current = write_delivery(folder / "levering.csv", records)
    previous = write_delivery(
        folder / "vorige.csv",
        [{**r, "verslagmaand": "202512"} for r in records] + [{"verslagmaand": "202512"}],
    )
    return current, previous


def _check(folder: Path, missing: set[str], with_previous: bool) -> Report:
    current, previous = _files(folder)
    layout = load_layout(str(_layout_without(folder, missing)))
    return run_check(
        current, layout=layout, params=PARAMS, previous=previous if with_previous else None
    )


def _assert_honest(report: Report, missing: set[str], with_previous: bool) -> None:
    ran = {r.rule.code for r in report.results}
    skipped = {s.rule.code for s in report.skipped}
    assert ran & skipped == set(), "a rule is both run and not run"
    assert ran | skipped == DELIVERY_RULES, "a rule vanished without a word"
    reasons = " | ".join(s.reason for s in report.skipped)
    for name in missing:
        assert f" {field_label(name)} " in f" {reasons.replace(',', ' ')} ", name
    assert all(s.kind in SKIP_KINDS for s in report.skipped)
    if not with_previous:
        assert {"SRG401", "SRG403", "SRG405"} <= skipped


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    missing=st.sets(st.sampled_from(ALL_FIELDS), max_size=len(ALL_FIELDS) - 1),
    with_previous=st.booleans(),
)
def test_any_missing_fields_with_or_without_previous(
    tmp_path: Path, missing: set[str], with_previous: bool
) -> None:
    """No crash for any combination of missing layout fields; each one is named as a reason."""
    _assert_honest(_check(tmp_path, missing, with_previous), missing, with_previous)


@pytest.mark.parametrize("name", ALL_FIELDS)
@pytest.mark.parametrize("with_previous", [False, True])
def test_each_single_missing_field(tmp_path: Path, name: str, with_previous: bool) -> None:
    _assert_honest(_check(tmp_path, {name}, with_previous), {name}, with_previous)


def test_layout_without_bsn_and_previous_does_not_crash(tmp_path: Path) -> None:
    """Was exit 70 (ColumnNotFoundError through a hidden dependency on the pairing)."""
    current, previous = _files(tmp_path)
    layout = _layout_without(tmp_path, {"bsn"})
    args = ["check", str(current), "--previous", str(previous), "--layout", str(layout)]
    assert main([*args, "--format", "json"]) in (0, 1)


def test_missing_birth_date_lists_the_aow_rule(tmp_path: Path) -> None:
    report = _check(tmp_path, {"geboortedatum"}, False)
    (aow,) = [s for s in report.skipped if s.rule.code == "SRG304"]
    assert aow.reason == "veld geboortedatum ontbreekt in de layout"
    assert aow.kind == "field"
    assert "SRG304" not in {r.rule.code for r in report.results}


def test_unreadable_reporting_month_skips_month_rules(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv",
        [{"verslagmaand": "2026-1", "type_voorziening": "22", "begindatum": "20100101"}],
    )
    report = run_check(path, params=PARAMS)
    skipped = {s.rule.code: s for s in report.skipped}
    for code in ("SRG202", "SRG204", "SRG304", "SRG305"):
        assert skipped[code].kind == "month"
        assert "verslagmaand" in skipped[code].reason
    assert not {"SRG304", "SRG305"} & {r.rule.code for r in report.results}


def test_no_previous_file_is_a_reason(tmp_path: Path) -> None:
    report = run_check(write_delivery(tmp_path / "l.csv", [{}]), params=PARAMS)
    reasons = {s.rule.code: s.reason for s in report.skipped}
    assert reasons["SRG401"] == "geen levering van de vorige maand opgegeven"


def test_all_rules_run_on_a_full_layout_with_previous(tmp_path: Path) -> None:
    """Only the register rules wait for --register."""
    skipped = _check(tmp_path, set(), True).skipped
    assert {s.rule.code for s in skipped} == {"SRG701", "SRG702", "SRG703"}
    assert {s.kind for s in skipped} == {"register"}


def test_skipped_rules_leave_the_exit_code_unless_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_delivery(tmp_path / "l.csv", [{}])
    base = ["check", str(path), "--format", "json"]
    assert main(base) == 0
    assert json.loads(capsys.readouterr().out)
    assert main([*base, "--strict"]) == 1


def test_output_prints_one_summary_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_delivery(tmp_path / "l.csv", [{"geboortedatum": ""}, {}])
    out = tmp_path / "rapport.json"
    assert main(["check", str(path), "--output", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    (line,) = [e for e in err if "rapport geschreven" in e]
    assert str(out) in line
    assert "2 records: 1 fout, 0 waarschuwingen, 0 signalen" in line
    assert "controles niet uitgevoerd" in line


def test_unreadable_month_of_the_previous_file(tmp_path: Path) -> None:
    current = write_delivery(tmp_path / "l.csv", [{}])
    previous = write_delivery(tmp_path / "v.csv", [{"verslagmaand": "xx"}])
    report = run_check(current, previous=previous, params=PARAMS)
    skipped = {s.rule.code: s.reason for s in report.skipped if s.kind != "register"}
    assert set(skipped) == {"SRG401", "SRG402", "SRG404"}
    assert all("vorige levering" in reason for reason in skipped.values())
    assert {"SRG403", "SRG405"} <= {r.rule.code for r in report.results}


def test_a_previous_delivery_of_a_later_month_is_not_compared(tmp_path: Path) -> None:
    """Swapped files: the month-over-month controles say why they did not run."""
    records = [{"type_voorziening": "42", "begindatum": "20240101"} for _ in range(3)]
    september = write_delivery(
        tmp_path / "sep.csv", [{**r, "verslagmaand": "202409"} for r in records]
    )
    october = write_delivery(
        tmp_path / "okt.csv",
        [{**r, "verslagmaand": "202410", "einddatum": "20241015"} for r in records],
    )
    report = run_check(september, previous=october, params=example_params())
    reasons = {s.rule.code: s.reason for s in report.skipped}
    for code in ("SRG401", "SRG402", "SRG403", "SRG404", "SRG405"):
        assert "niet van een eerdere maand" in reasons[code], code
        assert "10-2024" in reasons[code] and "09-2024" in reasons[code]
    assert report.mirror is not None and report.mirror.previous_total is None
    assert report.conversion_pairs == []
    # The right order compares as before.
    right = run_check(october, previous=september, params=example_params())
    assert not {s.rule.code for s in right.skipped} & {"SRG401", "SRG402", "SRG405"}
