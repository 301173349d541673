"""Catalogue and mapping input: XLSX, broken mappings with file:line, walk sessions, and a
changed guideline paragraph making a decision stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from srg_guide.errors import InputFileError
from srg_guide.locations import data_dir
from srg_guide.register import STALE, Register, bundled_mapping, load_mapping, read_rows
from srg_guide.register.context import DecisionContext
from srg_guide.register.repository import CATALOGUE_FIELDS
from srg_guide.tree import TreeSession
from tests.register.helpers import CATALOGUE, TRAINING


def _catalogue_mapping():
    return load_mapping(bundled_mapping("catalogus"), CATALOGUE_FIELDS[:2], CATALOGUE_FIELDS[2:])


def test_xlsx_catalogue_with_optional_columns_missing(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["code", "naam", "omschrijving"])
    sheet.append(["WF-01", "Werkfit", "Traject bij bureau X"])
    sheet.append([None, None, None])
    sheet.append([17, "Taalmaatje", None])
    book.save(tmp_path / "catalogus.xlsx")
    rows = read_rows(tmp_path / "catalogus.xlsx", _catalogue_mapping())
    assert [(r.line, r.values) for r in rows] == [
        (2, {"lokale_code": "WF-01", "naam": "Werkfit", "omschrijving": "Traject bij bureau X"}),
        (4, {"lokale_code": "17", "naam": "Taalmaatje"}),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "columns:\n  naam: naam\n",
            "kaart.yaml:2: columns.lokale_code: verplicht, maar ontbreekt of is leeg",
        ),
        (
            "columns:\n  lokale_code: code\n  naam: naam\n  bsn: bsn\n",
            'kaart.yaml:4: columns.bsn: onbekende naam "bsn"; bekend zijn lokale_code, naam, '
            "omschrijving, uitvoerder, budget",
        ),
        (
            "csv:\n  encoding: latin9\ncolumns:\n  lokale_code: c\n  naam: n\n",
            'kaart.yaml:2: csv.encoding: "latin9" kan niet; kies uit utf-8, cp1252',
        ),
        (
            "- een lijst\n",
            "kaart.yaml:1: een kolomindeling moet een YAML-mapping zijn (sleutels met waarden)",
        ),
        (
            "columns:\n  naam: n\n  bsn: b\ncsv: {delimiter: ab}\n",
            "kaart.yaml:2: columns.lokale_code: verplicht, maar ontbreekt of is leeg\n"
            'kaart.yaml:3: columns.bsn: onbekende naam "bsn"; bekend zijn lokale_code, naam, '
            "omschrijving, uitvoerder, budget\n"
            'kaart.yaml:4: csv.delimiter: het scheidingsteken moet één teken zijn, zoals ";"',
        ),
    ],
)
def test_broken_mapping_names_file_line_and_field(
    text: str, expected: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("kaart.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        load_mapping(Path("kaart.yaml"), CATALOGUE_FIELDS[:2], CATALOGUE_FIELDS[2:])
    assert str(caught.value) == expected


def test_cp1252_catalogue_read_as_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "cat.csv"
    path.write_bytes("code;naam\nA;Caf\xe9\n".encode("cp1252"))
    with pytest.raises(InputFileError, match="geen geldige utf-8-tekst"):
        read_rows(path, _catalogue_mapping())


def test_decide_from_a_walk_session_file(db_url: str, trees_dir: Path, tmp_path: Path) -> None:
    from srg_guide.cli import main

    register = Register.open(db_url)
    register.import_catalogue(CATALOGUE, "catalogus.csv")
    session = TreeSession(DecisionContext.load(trees_dir).tree)
    session.answer("ja")
    session.answer("training")
    session.save(tmp_path / "sessie.yaml")
    args = ["register", "decide", "TR-01", "--sessie", str(tmp_path / "sessie.yaml")]
    assert main([*args, "--trees", str(trees_dir), "--db", db_url]) == 0
    decision = register.entry("TR-01").decision
    assert decision is not None and decision.outcome_id == "training"


def test_changed_guideline_paragraph_marks_the_decision_stale(
    db_url: str, trees_dir: Path, tmp_path: Path
) -> None:
    guidelines = tmp_path / "guidelines"
    shutil.copytree(data_dir("guidelines"), guidelines)
    register = Register.open(db_url)
    register.import_catalogue(CATALOGUE, "catalogus.csv")
    context = DecisionContext.load(trees_dir, guidelines)
    from srg_guide.register import draft_from_session
    from srg_guide.tree import run_answers

    session = run_answers(context.tree, TRAINING).session
    register.decide(
        "TR-01", draft_from_session(session, context.codes, context.library), expected_version=1
    )
    assert context.marked(register, register.entries())[1].status != STALE
    module = guidelines / "type-42.md"
    module.write_text(
        module.read_text(encoding="utf-8").replace(
            "Een training of cursus", "Een training, cursus of workshop"
        ),
        encoding="utf-8",
    )
    changed = DecisionContext.load(trees_dir, guidelines)
    entry = changed.marked(register, [register.entry("TR-01")])[0]
    assert entry.status == STALE
    assert any("richtlijnparagraaf" in r and "(type-42)" in r for r in entry.stale_reasons)
