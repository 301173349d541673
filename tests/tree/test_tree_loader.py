"""Loading trees: the shipped tree, broken trees with file:line messages, versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.errors import ProblemsError, SrgGuideError
from srg_guide.tree import (
    ESCALATION_ID,
    UNKNOWN_OPTION_ID,
    Note,
    Outcome,
    Question,
    load_tree,
    load_trees,
    open_tree,
    parse_tree,
    tree_in_force,
)

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "trees"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))


def expected_message(path: Path) -> str:
    """The first line of a fixture reads ``# expect: LINE: FIELD: MESSAGE``."""
    first = path.read_bytes().split(b"\n", 1)[0].decode()
    expect = first.removeprefix("# expect: ")
    return f"{path.name}:{expect}" if expect[:1].isdigit() else expect


def test_shipped_tree_loads_with_questions_notes_and_outcomes() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    assert tree.id == "srg"
    assert tree.valid_from <= dt.date.today()
    assert tree.start == "inzet-betrokken"
    assert len(tree.sha256) == 64
    assert {type(n) for n in tree.nodes.values()} == {Question, Note, Outcome}
    assert isinstance(tree.node(ESCALATION_ID), Outcome)


def test_every_question_offers_weet_ik_niet_last() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    for question in tree.questions:
        unknown = question.choices[-1]
        assert unknown.id == UNKNOWN_OPTION_ID
        assumed = question.assumed_option
        assert unknown.next == (assumed.next if assumed else ESCALATION_ID)
        assert UNKNOWN_OPTION_ID not in {o.id for o in question.options}


def test_weet_ik_niet_goes_on_wherever_an_answer_can_be_assumed() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    escalating = {q.id for q in tree.questions if q.assumed_option is None}
    assert escalating == {
        "eigen-initiatief-soort",
        "soort",
        "subsidie-soort",
        "werkplek-soort",
        "begeleiding-soort",
        "aanpassing-soort",
        "activering-soort",
    }


def test_there_are_at_least_twelve_kinds_of_broken_tree() -> None:
    assert len(BROKEN) >= 12


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_tree_names_file_line_and_field(path: Path) -> None:
    with pytest.raises(ProblemsError) as caught:
        load_tree(path)
    shown = [str(p) for p in caught.value.problems]
    assert any(expected_message(path) in line for line in shown), shown
    assert all(p.where.line for p in caught.value.problems)


def test_loader_collects_every_problem_not_just_the_first() -> None:
    text = """
id: x
title: X
version: "1"
valid_from: 2025-01-01
start: a
nodes:
  a:
    kind: question
    options:
      - {id: ja, label: Ja, next: nergens}
  b:
    kind: outcome
    counts: misschien
    title: B
"""
    with pytest.raises(ProblemsError) as caught:
        parse_tree(text, "x.yaml")
    shown = "\n".join(str(p) for p in caught.value.problems)
    assert "x.yaml:9: nodes.a.text: ontbreekt" in shown
    assert 'x.yaml:11: nodes.a.options[0].next: onbekende node "nergens"' in shown
    assert "x.yaml:14: nodes.b.counts: moet ja (true) of nee (false) zijn" in shown


def test_a_tree_may_define_its_own_escalation_outcome() -> None:
    text = """
id: x
title: X
version: "1"
valid_from: 2025-01-01
start: a
nodes:
  a: {kind: question, text: "Vraag?", options: [{id: ja, label: Ja, next: b}]}
  b: {kind: outcome, counts: false, title: Klaar}
  weet-ik-niet: {kind: outcome, title: Bel de SRG-specialist}
"""
    tree = parse_tree(text)
    assert tree.node(ESCALATION_ID).title == "Bel de SRG-specialist"


def test_load_trees_skips_codes_yaml_and_picks_the_version_in_force() -> None:
    result = load_trees(FIXTURES / "versions")
    assert result.problems == []
    assert sorted(t.version for t in result.trees) == ["2024", "2025"]
    assert tree_in_force(result.trees, dt.date(2025, 6, 30)).version == "2024"
    assert tree_in_force(result.trees, dt.date(2025, 7, 1)).version == "2025"
    with pytest.raises(SrgGuideError, match="geen beslisboom geldig op 2023-12-31"):
        tree_in_force(result.trees, dt.date(2023, 12, 31))


def test_load_trees_reports_broken_files_and_duplicate_versions() -> None:
    broken = load_trees(FIXTURES / "broken")
    assert broken.trees == []
    assert len(broken.problems) >= len(BROKEN)
    same_version = load_trees(FIXTURES / "lint")
    assert [Path(t.source).name for t in same_version.trees] == ["clean.yaml"]
    assert all("dezelfde valid_from" in p.message for p in same_version.problems)


def test_open_tree_refuses_a_folder_with_a_broken_tree() -> None:
    with pytest.raises(ProblemsError):
        open_tree(FIXTURES / "broken")
    assert open_tree(FIXTURES / "versions", dt.date(2024, 5, 1)).version == "2024"


def test_the_tree_marked_default_is_used_when_a_folder_holds_several() -> None:
    text = """
id: {id}
title: {id}
version: "1"
valid_from: {day}
start: a
nodes:
  a: {{kind: outcome, counts: false, title: Klaar}}
"""
    main = parse_tree(text.format(id="hoofd", day="2025-01-01") + "default: true\n")
    newer = parse_tree(text.format(id="proef", day="2025-06-01"))
    assert main.default and not newer.default
    assert tree_in_force([newer, main], dt.date(2025, 7, 1)).id == "hoofd"
    assert tree_in_force([newer, main], dt.date(2025, 7, 1), tree_id="proef").id == "proef"
