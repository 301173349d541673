"""Rationale: path, verdict, code and name, doel, date, case reference, tree identity."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from srg_guide.guidelines import load_library
from srg_guide.tree import (
    TreeSession,
    build_rationale,
    codes_for,
    format_for,
    load_tree,
    to_json,
    to_markdown,
    to_text,
)
from srg_guide.tree.rationale import Rationale

REPO = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 3, 1)


@pytest.fixture(scope="module")
def rationale() -> Rationale:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "anders", "reintegratiebudget", "ja", "voorziening"]:
        session.answer(option)
    session.answer("aanpassing")
    session.answer("hulpmiddel")
    session.answer("re-integratie")
    session.confirm()
    return build_rationale(
        session, codes_for(), on=DAY, case_reference="dossier 123456782", library=load_library()
    )


def test_rationale_holds_verdict_code_doel_and_tree_identity(rationale: Rationale) -> None:
    assert rationale.code == "59"
    assert rationale.code_name == "Overige faciliterende voorziening"
    assert rationale.doel_name == "Re-integratie"
    assert rationale.confirmed
    assert len(rationale.tree_sha256) == 64
    assert rationale.steps[-1].guidelines == ("doel-inzet#wat-is-het", "type-59")


def test_a_bsn_in_the_case_reference_is_masked(rationale: Rationale) -> None:
    for text in (to_markdown(rationale), to_text(rationale), to_json(rationale)):
        assert "123456782" not in text
        assert "*******82" in text


def test_markdown_lists_the_path_with_cited_paragraphs(rationale: Rationale) -> None:
    text = to_markdown(rationale)
    assert text.startswith("# Onderbouwing: Telt mee: overige faciliterende voorziening")
    assert "- Type voorziening: 59 Overige faciliterende voorziening" in text
    assert (
        "(richtlijn: Type 31: Werkplekaanpassing – Wat is het?; "
        "Type 59: Overige faciliterende voorziening – Wat is het?)"
    ) in text
    assert "Richtlijnen bij de uitkomst: Type 59: Overige faciliterende voorziening; " in text
    assert "- Datum: 2026-03-01" in text
    assert rationale.tree_sha256 in text


def test_json_is_plain_data(rationale: Rationale) -> None:
    data = json.loads(to_json(rationale))
    assert data["code"] == "59"
    assert data["date"] == "2026-03-01"
    assert data["steps"][0] == {
        "question_id": "inzet-betrokken",
        "question": rationale.steps[0].text,
        "answer_id": "gemeente",
        "answer": rationale.steps[0].answer,
        "guidelines": ["criterium-inzet#wat-is-het", "drie-criteria#wat-is-het"],
        "note": False,
    }
    assert data["guideline_titles"]["criterium-inzet#wat-is-het"] == (
        "Criterium 1: gemeentelijke inzet – Wat is het?"
    )


def test_an_assumed_code_is_labelled_as_such() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "anders", "reintegratiebudget", "ja", "voorziening"]:
        session.answer(option)
    session.answer("loonkostensubsidie")
    session.answer("lks-pw")
    text = to_text(build_rationale(session, codes_for(), on=DAY))
    assert "11 Loonkostensubsidie op grond van de Participatiewet (aanname srg-guide" in text


@pytest.mark.parametrize(
    ("name", "fmt"), [("a.json", "json"), ("a.TXT", "txt"), ("a.md", "md"), ("a", "md")]
)
def test_format_follows_the_file_name(name: str, fmt: str) -> None:
    assert format_for(Path(name)) == fmt


def test_a_note_on_the_path_is_shown_as_read() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["externe-partij", "verder", "anders", "wmo"]:
        session.answer(option)
    text = to_text(build_rationale(session, codes_for(), on=DAY))
    assert "2. Een voorziening die een externe partij uitvoert" in text
    assert "-> gelezen [grijs-externe-partij#wat-zegt-het-cbs]" in text  # no library: as written
