"""Values are read exactly as the layout says: decimal mark, no %, only known type codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import load_layout
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.errors import InputFileError
from srg_guide.locations import data_dir
from tests.checks.deliveries import example_params, write_delivery

LAYOUT = data_dir("tables") / "layouts" / "voorbeeld.yaml"


def _layout(tmp_path: Path, mark: str) -> Path:
    data = yaml.safe_load(LAYOUT.read_text("utf-8"))
    for spec in data["fields"]:
        if spec["name"] == "loonwaarde":
            spec["format"] = mark
    path = tmp_path / "layout.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _messages(tmp_path: Path, mark: str, values: list[str]) -> dict[int, str]:
    records = [{"type_voorziening": "11", "loonwaarde": v, "arbeidsvermogen": "1"} for v in values]
    path = write_delivery(tmp_path / "l.csv", records)
    report = run_check(
        path, layout=load_layout(str(_layout(tmp_path, mark))), params=example_params()
    )
    (result,) = [r for r in report.results if r.rule.code == "SRG105"]
    return {f.line: f.message for f in result.findings if f.line is not None}


def test_comma_layout_refuses_a_point_and_thousands(tmp_path: Path) -> None:
    found = _messages(tmp_path, ",", ["55,5", "55.5", "1.000", "60", "1,000"])
    assert set(found) == {3, 4}
    for line in (3, 4):
        assert "komma (,) als decimaalteken" in found[line]
        assert "duizendtallen" in found[line]


def test_point_layout_refuses_a_comma(tmp_path: Path) -> None:
    found = _messages(tmp_path, ".", ["55.5", "55,5", "60"])
    assert set(found) == {3}
    assert "punt (.) als decimaalteken" in found[3]


def test_percent_sign_is_named(tmp_path: Path) -> None:
    found = _messages(tmp_path, ",", ["55%", "55,5 %", "abc"])
    assert set(found) == {2, 3, 4}
    assert "%" in found[2] and "%" in found[3]
    assert "%" not in found[4]
    assert found[4].startswith("Het veld loonwaarde is geen geldig getal")


def test_a_number_outside_the_bounds_is_called_out_of_range_not_invalid(tmp_path: Path) -> None:
    found = _messages(tmp_path, ",", ["100,5", "-1", "100", "0"])
    assert set(found) == {2, 3}
    for line in (2, 3):
        assert found[line] == (
            "Het veld loonwaarde valt buiten het toegestane bereik (minstens 0 en hoogstens 100)."
        )


def test_a_layout_with_another_decimal_mark_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as caught:
        load_layout(str(_layout(tmp_path, ";")))
    assert "layout.yaml:" in str(caught.value)
    assert "decimaalteken" in str(caught.value)


def test_unknown_type_code_is_an_error_and_exits_1(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", [{"type_voorziening": "77"}])
    report = run_check(path, params=example_params())
    (result,) = [r for r in report.results if r.rule.code == "SRG103"]
    assert result.rule.severity is Severity.FOUT
    assert result.count == 1
    assert "type voorziening" in result.findings[0].message
    assert main(["check", str(path), "--format", "json"]) == 1


def test_messages_use_no_snake_case_field_names(tmp_path: Path) -> None:
    records = [{"type_voorziening": "77", "doel_inzet": "9", "verslagmaand": "20261"}]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=example_params())
    messages = [f.message for r in report.results for f in r.findings]
    assert messages
    assert not [m for m in messages if "_" in m]
