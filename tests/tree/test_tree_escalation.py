"""Escalation note: open points, all answers, the outcome per alternative, remark, whom to ask."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from srg_guide.tree import (
    ESCALATION_FORMATS,
    build_rationale,
    codes_for,
    load_tree,
    needs_escalation,
    render_escalation,
    run_answers,
)
from srg_guide.tree.rationale import Rationale

REPO = Path(__file__).resolve().parents[2]
TREE = load_tree(REPO / "trees" / "srg.yaml")
BASE = {
    "inzet-betrokken": "gemeente",
    "niveau": "voorziening",
    "doel": "re-integratie",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
}


def rationale(**answers: str) -> Rationale:
    session = run_answers(TREE, {**BASE, **answers}).session
    return build_rationale(
        session,
        codes_for(),
        on=dt.datetime(2026, 3, 1, 9, 30),
        case_reference="dossier 123456782",
        note="Gebeld met 123456782 over het budget.",
    )


def test_two_open_points_each_with_alternatives_and_whom_to_ask() -> None:
    r = rationale(**{"doel": "weet-ik-niet", "fin-budget": "weet-ik-niet", "soort": "training"})
    assert needs_escalation(r)
    text = render_escalation(r, "txt")
    assert text.startswith("Escalatienotitie: Telt mee: training (type 42)")
    assert "Vraag het na bij: de klantmanager van de inwoner; de budgethouder" in text
    assert (
        "Bij 'Vooral op meedoen in de samenleving (participatie)': telt het mee als Training"
        in text
    )
    assert "Bij 'Uit het inburgeringsbudget of een onderwijsbudget': telt het niet mee" in text
    assert (
        "Alle antwoorden:" in text
        and "  4. Waaruit wordt de voorziening betaald? -> Weet ik" in text
    )


def test_the_note_is_in_every_format_and_a_bsn_is_masked() -> None:
    r = rationale(**{"fin-budget": "weet-ik-niet", "soort": "training"})
    for fmt in ESCALATION_FORMATS:
        text = render_escalation(r, fmt)
        assert "123456782" not in text
        assert "Gebeld met *******82 over het budget." in text


def test_json_lists_open_points_answers_and_outcomes() -> None:
    r = rationale(**{"soort": "praktijkroute", "praktijkroute-proefplaatsing": "weet-ik-niet"})
    data = json.loads(render_escalation(r, "json"))
    assert data["outcome_id"] == "niet-srg-praktijkroute" and data["counts"] is False
    (point,) = data["open_points"]
    (alternative,) = point["alternatives"]
    assert (alternative["outcome_id"], alternative["counts"]) == ("type-23", True)
    assert [a["question_id"] for a in data["answers"]][-1] == "praktijkroute-proefplaatsing"
    assert r.summary.startswith("Telt niet mee, omdat de praktijkroute zelf niet wordt geleverd")
    assert "anders telt het mee als Proefplaatsing" in r.summary


def test_an_escalated_walk_lists_every_answer_to_the_open_question() -> None:
    r = rationale(soort="weet-ik-niet")
    assert r.counts is None and needs_escalation(r)
    text = render_escalation(r, "md")
    assert "Bij 'Een training, cursus of taalles': telt het mee als Training (code 42)" in text
    # still open: said so, with the question it stops at and whom to ask
    assert (
        "proefplaatsing of werkervaringsplaats': is het nog niet te beslissen "
        "(nog open: „Wat voor werkplek is het?”)"
    ) in text
    assert "Vraag het na bij: de klantmanager of consulent die de voorziening heeft ingezet" in text


@pytest.mark.parametrize("fmt", ESCALATION_FORMATS)
def test_without_open_points_the_note_says_so(fmt: str) -> None:
    r = rationale(soort="training")
    assert not needs_escalation(r)
    text = render_escalation(r, fmt)
    if fmt == "json":
        assert json.loads(text)["open_points"] == []
    else:
        assert "Geen open punten" in text


@pytest.mark.parametrize("fmt", ESCALATION_FORMATS)
def test_an_unknown_doel_is_conditional_in_the_escalation_note(fmt: str) -> None:
    r = rationale(**{"doel": "weet-ik-niet", "soort": "training"})
    text = render_escalation(r, fmt)
    if fmt == "json":
        data = json.loads(text)
        assert data["doel"] == "1" and data["doel_alternatives"] == ["2 Participatie"]
    else:
        assert "Doel inzet: 1 Re-integratie (voorwaardelijk: mits de ondersteuning" in text
        assert "anders 2 Participatie)" in text


def test_own_staff_guidance_names_the_staff_budget_not_the_wmo_as_the_alternative() -> None:
    """Weekly coaching by the municipality's own consulent (seed example 5): if the CBS does not
    count it, the reason is the staff budget (gewone dienstverlening), never "Wmo"."""
    r = rationale(
        **{
            "fin-budget": "eigen-medewerkers",
            "soort": "begeleiding",
            "coaching-of-monitoring": "echte-begeleiding",
            "begeleiding-soort": "coaching",
        }
    )
    assert r.outcome_id == "type-coaching" and r.conditional
    assert "anders telt het niet mee, omdat de begeleiding dan gewone dienstverlening" in r.summary
    assert "personeelsbudget en niet uit re-integratiegeld (criterium 2; aanname)" in r.summary
    for fmt in ESCALATION_FORMATS:
        text = render_escalation(r, fmt)
        assert "Wmo" not in text, fmt
    (alternative,) = r.open_points[0].alternatives
    assert alternative.outcome is not None
    assert alternative.outcome.id == "niet-srg-eigen-medewerkers"
    assert "Bij 'Als dat niet zo is': telt het niet mee" in render_escalation(r, "txt")


def test_an_alternative_never_states_an_unknown_doel_as_a_fact() -> None:
    """Doel and soort both "weet ik niet": each alternative marks the doel as assumed."""
    r = rationale(**{"doel": "weet-ik-niet", "soort": "weet-ik-niet"})
    assert r.counts is None
    text = render_escalation(r, "txt")
    assert (
        "Bij 'Een training, cursus of taalles': telt het mee als Training (code 42), "
        "doel 1 Re-integratie (doel aangenomen: niet bekend)"
    ) in text
    assert "doel 1 Re-integratie (doel aangenomen: niet bekend)" in r.summary


def test_split_funding_names_the_larger_part_not_the_wmo_as_the_alternative() -> None:
    r = rationale(
        **{
            "fin-budget": "deels",
            "soort": "begeleiding",
            "coaching-of-monitoring": "echte-begeleiding",
            "begeleiding-soort": "op-werkplek",
        }
    )
    assert r.outcome_id == "type-30" and r.conditional
    (alternative,) = r.open_points[0].alternatives
    assert alternative.outcome is not None and alternative.outcome.id == "niet-srg-deels"
    assert "anders telt het niet mee, omdat het grootste deel dan niet uit re-integratiegeld" in (
        r.summary
    )
