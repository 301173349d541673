"""The tree data for the clickable walk carries the cited paragraph, not just the module."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from srg_guide.guidelines import load_library
from srg_guide.site.data import tree_data
from srg_guide.tree.codes import codes_for
from srg_guide.tree.model import Option, Outcome, Question, Tree


def _tree() -> Tree:
    question = Question(
        "q",
        "Is het een werkplek?",
        (Option("ja", "Ja", "uit"),),
        guidelines=("type-29#lijkt-erop-maar-telt-niet", "type-29"),
    )
    outcome = Outcome("uit", True, "Telt mee", type="overige-werkplekken", guidelines=("type-29",))
    return Tree("t", "Test", "1", dt.date(2025, 1, 1), "q", {"q": question, "uit": outcome})


def test_cited_paragraph_has_its_own_link_title_and_excerpt() -> None:
    data = tree_data(_tree(), load_library(), codes_for())
    paragraph, whole = data["nodes"]["q"]["guidelines"]
    assert paragraph["href"] == "type-29.html#lijkt-erop-maar-telt-niet"
    assert paragraph["title"].endswith("– Lijkt erop, maar telt niet")
    assert paragraph["excerpt"] == "Deze gevallen tellen niet als type 29:"
    assert whole["href"] == "type-29.html" and whole["excerpt"].startswith("Andere werkplekken")


def test_outcome_carries_code_and_type_name() -> None:
    outcome = tree_data(_tree(), load_library(), codes_for())["nodes"]["uit"]
    assert (outcome["code"], outcome["code_name"]) == ("29", "Overige werkplekken")


def test_a_type_without_a_known_code_shows_no_invented_code() -> None:
    tree = _tree()
    outcome = Outcome("uit", True, "Telt mee", type="lks-pw")
    tree.nodes["uit"] = outcome
    data = tree_data(tree, load_library(), codes_for())["nodes"]["uit"]
    assert data["code"] == "(code niet ingesteld)"


def test_every_question_offers_weet_ik_niet_and_the_escalation_exists() -> None:
    nodes = tree_data(_tree(), load_library(), codes_for())["nodes"]
    assert [c["id"] for c in nodes["q"]["choices"]][-1] == "weet-ik-niet"
    assert nodes["weet-ik-niet"]["kind"] == "outcome"


def test_the_walk_data_carries_what_open_points_need() -> None:
    """Unknown rules, grey-area conditions, doel values and the phrase per doel (as the app)."""
    from srg_guide.tree import load_tree
    from srg_guide.tree.rationale import verdict_phrase

    tree = load_tree(Path(__file__).resolve().parents[2] / "trees" / "srg.yaml")
    codes = codes_for(tree.path)
    data = tree_data(tree, load_library(), codes)
    doel = data["nodes"]["doel"]
    assert doel["records"] == "doel" and doel["unknown"]["assume"] == "re-integratie"
    assert [c.get("value") for c in doel["choices"]] == ["1", "2", None]
    own_staff = next(
        c for c in data["nodes"]["fin-budget"]["choices"] if c["id"] == "eigen-medewerkers"
    )
    assert own_staff["condition"]["otherwise"] == "niet-srg-eigen-medewerkers"
    assert data["nodes"]["subsidie-soort"]["unknown"] is None  # escalates
    training = data["nodes"]["type-42"]
    assert training["phrases"]["2"] == verdict_phrase(tree.node("type-42"), "2", codes)  # type: ignore[arg-type]
    assert data["doel_names"] == {"1": "Re-integratie", "2": "Participatie"}
