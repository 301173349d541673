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
MOMENT = dt.datetime(2026, 3, 1, 14, 5)


@pytest.fixture(scope="module")
def rationale() -> Rationale:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "voorziening", "re-integratie", "reintegratiebudget", "ja"]:
        session.answer(option)
    session.answer("aanpassing")
    session.answer("hulpmiddel")
    session.confirm()
    return build_rationale(
        session,
        codes_for(),
        on=MOMENT,
        case_reference="dossier 123456782",
        library=load_library(),
        note="Besproken met de teamleider; bsn 123456782.",
    )


def test_rationale_holds_verdict_code_doel_and_tree_identity(rationale: Rationale) -> None:
    assert rationale.code == "59"
    assert rationale.code_name == "Overige faciliterende voorziening"
    assert rationale.doel_name == "Re-integratie"
    assert rationale.confirmed
    assert len(rationale.tree_sha256) == 64
    assert rationale.type_id == "overige-faciliterend"
    assert rationale.time == MOMENT
    # only the paragraphs of the chosen answers, not everything the question mentions
    assert rationale.steps[-1].guidelines == ("type-59#wat-is-het",)
    assert rationale.steps[3].guidelines == ("criterium-financiering#wat-is-het",)


def test_a_bsn_in_the_case_reference_is_masked(rationale: Rationale) -> None:
    for text in (to_markdown(rationale), to_text(rationale), to_json(rationale)):
        assert "123456782" not in text
        assert "*******82" in text


def test_markdown_lists_the_path_with_cited_paragraphs(rationale: Rationale) -> None:
    text = to_markdown(rationale)
    assert text.startswith("# Onderbouwing: Telt mee: overige faciliterende voorziening")
    assert "- Type voorziening: 59 Overige faciliterende voorziening" in text
    assert "(richtlijn: Type 59: Overige faciliterende voorziening – Wat is het?)" in text
    assert "Type 31: Werkplekaanpassing" not in text
    assert "Richtlijnen bij de uitkomst: Type 59: Overige faciliterende voorziening" in text
    assert "- Datum: 01-03-2026 14:05" in text
    assert "## Opmerking\n\nBesproken met de teamleider" in text
    assert rationale.tree_sha256 in text


def test_json_is_plain_data(rationale: Rationale) -> None:
    data = json.loads(to_json(rationale))
    assert data["code"] == "59"
    assert data["date"] == "2026-03-01"
    assert data["time"] == "2026-03-01T14:05:00"
    assert data["note"].startswith("Besproken met de teamleider")
    assert data["open_points"] == []
    assert data["steps"][0] == {
        "question_id": "inzet-betrokken",
        "question": rationale.steps[0].text,
        "answer_id": "gemeente",
        "answer": rationale.steps[0].answer,
        "guidelines": ["criterium-inzet#wat-is-het"],
        "note": False,
    }
    assert data["guideline_titles"]["criterium-inzet#wat-is-het"] == (
        "Criterium 1: gemeentelijke inzet – Wat is het?"
    )


def test_a_type_without_a_known_code_names_the_type_and_the_source() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "voorziening", "re-integratie", "subsidie", "lks-pw"]:
        session.answer(option)
    rationale = build_rationale(session, codes_for(), on=MOMENT)
    assert rationale.code is None
    text = to_text(rationale)
    assert (
        "Type voorziening: Loonkostensubsidie op grond van de Participatiewet; "
        "code niet ingesteld: haal de code uit de geldende Richtlijnen SRG"
    ) in text
    assert "Let op: Is de loonwaarde leeg, dan geeft het CBS een signaal" in text
    assert "Doel inzet 2" not in text


def test_a_conditional_outcome_says_mits_and_anders_in_every_format() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    answers = ["gemeente", "voorziening", "re-integratie", "weet-ik-niet", "ja", "training"]
    for option in answers:
        session.answer(option)
    rationale = build_rationale(session, codes_for(), on=MOMENT)
    assert rationale.conditional
    assert rationale.summary.startswith(
        "Telt mee als Training (code 42), doel 1 Re-integratie — mits de voorziening "
        "(grotendeels) uit re-integratiegeld wordt betaald"
    )
    assert "; anders telt het niet mee, omdat het uit het inburgerings- of onderwijsbudget" in (
        rationale.summary
    )
    markdown = to_markdown(rationale)
    assert "## Open punten" in markdown
    assert "Vraag het na bij: de budgethouder of de afdeling financiën" in markdown
    assert "- Telt mee voor de SRG: ja (voorwaardelijk)" in markdown
    data = json.loads(to_json(rationale))
    (point,) = data["open_points"]
    assert point["question_id"] == "fin-budget"
    wmo = next(a for a in point["alternatives"] if a["answer_id"] == "ander-budget")
    assert wmo["outcome_id"] == "niet-srg-wmo" and wmo["counts"] is False


@pytest.mark.parametrize(
    ("name", "fmt"), [("a.json", "json"), ("a.TXT", "txt"), ("a.md", "md"), ("a", "md")]
)
def test_format_follows_the_file_name(name: str, fmt: str) -> None:
    assert format_for(Path(name)) == fmt


def test_a_note_on_the_path_is_shown_as_read() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["externe-partij", "verder", "voorziening", "participatie", "ander-budget"]:
        session.answer(option)
    text = to_text(build_rationale(session, codes_for(), on=MOMENT))
    assert "2. Een voorziening die een externe partij uitvoert" in text
    assert "-> gelezen [grijs-externe-partij#wat-zegt-het-cbs]" in text  # no library: as written


def test_a_doel_that_rests_on_weet_ik_niet_is_shown_as_conditional_in_every_format() -> None:
    """The doel question answered "weet ik niet": the doel line says mits and gives doel 2 too."""
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "voorziening", "weet-ik-niet", "reintegratiebudget", "ja"]:
        session.answer(option)
    session.answer("training")
    rationale = build_rationale(session, codes_for(), on=MOMENT)
    expected = (
        "Doel inzet: 1 Re-integratie (voorwaardelijk: mits de ondersteuning voor deze inwoner "
        "vooral gericht is op werk vinden of houden; anders 2 Participatie)"
    )
    assert f"- {expected}" in to_markdown(rationale)
    assert f"\n{expected}\n" in to_text(rationale)
    assert "Doel inzet: 1 Re-integratie\n" not in to_text(rationale)
    data = json.loads(to_json(rationale))
    assert data["doel"] == "1" and data["doel_alternatives"] == ["2 Participatie"]
    assert data["doel_condition"].startswith("de ondersteuning voor deze inwoner")


def test_a_known_doel_stays_plain_even_when_the_budget_is_open() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "voorziening", "re-integratie", "weet-ik-niet", "ja"]:
        session.answer(option)
    session.answer("training")
    rationale = build_rationale(session, codes_for(), on=MOMENT)
    assert rationale.conditional and rationale.doel_condition is None
    assert "Doel inzet: 1 Re-integratie\n" in to_text(rationale)


def test_lks_with_an_unknown_doel_warns_what_doel_2_would_mean() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    session = TreeSession(tree)
    for option in ["gemeente", "voorziening", "weet-ik-niet", "subsidie", "lks-pw"]:
        session.answer(option)
    rationale = build_rationale(session, codes_for(), on=MOMENT)
    assert any(
        w.startswith("Als het doel inzet 2 Participatie is: Doel inzet 2 (participatie) bij LKS")
        for w in rationale.warnings
    )
