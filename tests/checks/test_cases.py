"""Every rule against its YAML case file: failing records fire on the right line, others not."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import yaml

from srg_guide.checks.conversion_layout import FIELDS
from srg_guide.checks.layout import load_layout
from srg_guide.checks.report import Report
from srg_guide.checks.rules import all_rules
from srg_guide.checks.runner import run_check, run_conversion_check
from tests.checks.deliveries import example_params, layout_without, write_delivery
from tests.register.cases import run_register_case

CASES_DIR = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES_DIR.glob("SRG*.yaml"))


def _cases() -> list[Any]:
    params = []
    for path in CASE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["rule"], case, id=f"{path.stem}-{case['name']}"))
    return params


def _run(case: dict[str, Any], tmp_path: Path) -> Report:
    if "register" in case:
        return run_register_case(case, tmp_path)
    # ``without``: the case's own layout lacks these fields (and so do its files).
    without = case.get("without", [])
    layout = load_layout(str(layout_without(tmp_path, without))) if without else load_layout()
    current = write_delivery(tmp_path / "levering.csv", case.get("records", []), without=without)
    previous = None
    if "previous" in case:
        previous = write_delivery(tmp_path / "vorige.csv", case["previous"], without=without)
    if "conversion" not in case:
        return run_check(current, layout=layout, previous=previous, params=example_params())
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(FIELDS)
    for row in case["conversion"]:
        writer.writerow([row.get(c, "") for c in FIELDS])
    conversion = tmp_path / "conversie.csv"
    conversion.write_text(out.getvalue(), encoding="utf-8")
    assert previous is not None
    return run_conversion_check(
        conversion,
        current=current,
        previous=previous,
        layout=layout,
        params=example_params(),
    )


def _where(finding: Any) -> dict[str, Any]:
    where: dict[str, Any] = {"field": finding.field}
    if finding.line is not None:
        where["line"] = finding.line
    if finding.previous_line is not None and finding.line is None:
        where["previous_line"] = finding.previous_line
    return where


@pytest.mark.parametrize(("code", "case"), _cases())
def test_rule_case(code: str, case: dict[str, Any], tmp_path: Path) -> None:
    report = _run(case, tmp_path)
    skipped = next((s for s in report.skipped if s.rule.code == code), None)
    if "skipped" in case:
        # The rule cannot run with this layout: it says why, and is not listed as clean.
        assert skipped is not None and case["skipped"] in skipped.reason, report.skipped
        assert all(r.rule.code != code for r in report.results)
        return
    assert skipped is None, skipped
    result = next(r for r in report.results if r.rule.code == code)
    found = sorted((_where(f) for f in result.findings), key=str)
    expected = sorted(
        (
            {"field": e.get("field"), **{k: v for k, v in e.items() if k != "field"}}
            for e in case["expect"]
        ),
        key=str,
    )
    assert found == expected
    assert result.count == len(expected)


def test_every_rule_has_a_firing_and_a_silent_case() -> None:
    by_code: dict[str, list[dict[str, Any]]] = {}
    for path in CASE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert path.stem == data["rule"]
        by_code[data["rule"]] = data["cases"]
    for rule in all_rules():
        cases = by_code.get(rule.code)
        assert cases, f"{rule.code} has no case file"
        assert any(c["expect"] for c in cases), f"{rule.code} never fires in its cases"
        assert any(not c["expect"] for c in cases), f"{rule.code} has no silent case"
