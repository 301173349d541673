"""The whole register story through the CLI: catalogue in, decide, tree bumped, stale,
re-decide, vertaaltabel out, then a delivery checked against the register."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from srg_guide.cli import main
from tests.register.cases import layout_with_local_code, write_records
from tests.register.conftest import DATA, bump_tree


def test_register_end_to_end(
    db_url: str, trees_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def cli(*args: object) -> tuple[int, str]:
        code = main([str(a) for a in args])
        return code, capsys.readouterr().out

    def answers(text: str) -> Path:
        path = tmp_path / f"antwoorden-{abs(hash(text))}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    db = ("--db", db_url)
    tree = ("--trees", trees_dir)
    assert cli("register", "import", DATA / "catalogus.csv", *db)[0] == 0
    training, volunteering = "inzet: ja\nsoort: training\n", "inzet: ja\nsoort: vrijwilligerswerk\n"
    for code, text in (("TR-01", training), ("VW-01", volunteering), ("IN-01", "inzet: nee\n")):
        assert cli("register", "decide", code, "--answers", answers(text), *tree, *db)[0] == 0

    bump_tree(trees_dir, "label: Vrijwilligerswerk", "label: Vrijwilligerswerk of buurtwerk")
    out = cli("register", "stale", *tree, *db)[1]
    assert "VW-01" in out and "TR-01" in out and "IN-01" not in out
    assert "1 → 2" in out

    for code, text in (("TR-01", training), ("VW-01", volunteering)):
        assert cli("register", "decide", code, "--answers", answers(text), *tree, *db)[0] == 0
    assert "Geen beslissingen" in cli("register", "stale", *tree, *db)[1]

    table = tmp_path / "vertaaltabel.csv"
    assert cli("register", "export", table, *tree, *db)[0] == 0
    with table.open(encoding="utf-8") as handle:
        rows = {r["lokale_code"]: r for r in csv.DictReader(handle, delimiter=";")}
    assert rows["TR-01"]["type_voorziening"] == "42" and rows["IN-01"]["telt_mee"] == "nee"
    assert "register-test 2" in rows["VW-01"]["onderbouwing"]

    delivery = write_records(
        tmp_path / "levering.csv",
        [
            {"lokale_code": "TR-01", "type_voorziening": "42"},
            {"lokale_code": "TR-01", "type_voorziening": "43"},
            {"lokale_code": "IN-01", "type_voorziening": "42"},
            {"lokale_code": "ONBEKEND", "type_voorziening": "42"},
        ],
    )
    layout = layout_with_local_code(tmp_path)
    code, out = cli(
        "check", delivery, "--layout", layout, "--register", *db, "--format", "json", "--limit", "0"
    )
    fired = {
        (rule["code"], finding["line"])
        for rule in _dicts(json.loads(out))
        if str(rule.get("code", "")).startswith("SRG70")
        for finding in rule.get("findings") or []
    }
    assert fired == {("SRG703", 3), ("SRG702", 4), ("SRG701", 5)}
    assert code == 1  # SRG702 is a fout


def _dicts(data: object) -> list[dict[str, Any]]:
    """Every mapping in a JSON document (the rules, whatever the report's nesting)."""
    if isinstance(data, dict):
        return [data, *[d for v in data.values() for d in _dicts(v)]]
    if isinstance(data, list):
        return [d for v in data for d in _dicts(v)]
    return []
