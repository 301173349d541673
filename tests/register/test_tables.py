"""The register decides with the organisation's tables, as the walk and the check do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.register import Register
from srg_guide.register.context import DecisionContext
from tests.register.cases import layout_with_local_code, write_records
from tests.register.conftest import DATA

DOEL_TREES = DATA / "trees-doel"
ORGANISATION_CODE = "99"


@pytest.fixture
def organisation_tables(tmp_path: Path) -> Path:
    """An organisation's tables folder holding only its type-codes.yaml (layered lookup)."""
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "type-codes.yaml").write_text(
        f'codes:\n  lks-pw: "{ORGANISATION_CODE}"\n', encoding="utf-8"
    )
    return folder


def test_context_reads_the_organisation_type_codes(organisation_tables: Path) -> None:
    codes = DecisionContext.load(DOEL_TREES, tables=organisation_tables).codes
    assert codes.codes["lks-pw"].code == ORGANISATION_CODE
    assert DecisionContext.load(DOEL_TREES).codes.codes["lks-pw"].code is None


def test_decision_and_check_use_the_same_type_code(
    db_url: str, organisation_tables: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    catalogue = tmp_path / "catalogus.csv"
    catalogue.write_text("code;naam\nLK-01;Loonkostensubsidie\n", encoding="utf-8")
    answers = tmp_path / "lks.yaml"
    answers.write_text("soort: lks\ndoel-lks: re-integratie\n", encoding="utf-8")
    db, tables = ("--db", db_url), ("--tables", str(organisation_tables))
    assert main(["register", "import", str(catalogue), *db]) == 0
    decide = ["register", "decide", "LK-01", "--answers", str(answers), "--trees", str(DOEL_TREES)]
    assert main([*decide, *tables, *db]) == 0
    decision = Register.open(db_url).entry("LK-01").decision
    assert decision is not None and decision.type_code == ORGANISATION_CODE
    capsys.readouterr()

    delivery = write_records(
        tmp_path / "levering.csv",
        [
            {"lokale_code": "LK-01", "type_voorziening": ORGANISATION_CODE},
            {"lokale_code": "LK-01", "type_voorziening": "42"},
        ],
    )
    layout = str(layout_with_local_code(tmp_path))
    check = ["check", str(delivery), "--layout", layout, "--register", *tables, *db]
    main([*check, "--format", "json", "--limit", "0", "--geen-historie"])
    report = json.loads(capsys.readouterr().out)
    srg703 = [r for r in report["rules"] if r["code"] == "SRG703"]
    assert [f["line"] for f in srg703[0]["findings"]] == [3]
