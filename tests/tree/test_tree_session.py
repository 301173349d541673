"""TreeSession: answer, back, change with kept answers, review, escalation, save/load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from srg_guide.errors import InputFileError, SrgGuideError
from srg_guide.tree import (
    ESCALATION_ID,
    UNKNOWN_OPTION_ID,
    Note,
    Question,
    Tree,
    TreeSession,
    load_session,
    load_tree,
)

REPO = Path(__file__).resolve().parents[2]

TO_TRAINING = [
    ("inzet-betrokken", "gemeente"),
    ("inzet-vorm", "anders"),
    ("fin-budget", "reintegratiebudget"),
    ("herleidbaar", "ja"),
    ("niveau", "voorziening"),
    ("type-groep", "training"),
    ("doel-42", "re-integratie"),
]


@pytest.fixture(scope="module")
def tree() -> Tree:
    return load_tree(REPO / "trees" / "srg.yaml")


def walk(session: TreeSession, steps: list[tuple[str, str]]) -> None:
    for question_id, option_id in steps:
        assert session.current.id == question_id
        session.answer(option_id)


def test_a_walk_ends_in_review_then_verdict(tree: Tree) -> None:
    session = TreeSession(tree)
    assert session.current.id == "inzet-betrokken"
    walk(session, TO_TRAINING)
    assert session.in_review
    assert session.verdict is None
    assert session.outcome is not None and session.outcome.code == "42"
    assert session.confirm().id == "type-42-re-integratie"
    assert not session.in_review
    assert session.verdict is not None and session.verdict.doel == "1"
    assert [s.node_id for s in session.steps] == [q for q, _ in TO_TRAINING]


def test_back_undoes_the_confirmation_then_the_last_answer(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.confirm()
    session.back()
    assert session.in_review
    session.back()
    assert session.current.id == "doel-42"
    assert session.kept_answer() == "re-integratie"


def test_back_at_the_start_stays_at_the_start(tree: Tree) -> None:
    session = TreeSession(tree)
    assert session.back().id == "inzet-betrokken"


def test_change_keeps_later_answers_that_are_still_on_the_path(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.change("inzet-betrokken")
    assert session.current.id == "inzet-betrokken"
    assert session.kept_answer() == "gemeente"
    session.answer("externe-partij")
    assert isinstance(session.current, Note)
    session.answer("verder")
    final = session.replay_kept()
    assert final.id == "type-42-re-integratie"
    assert session.answers["inzet-betrokken"] == "externe-partij"


def test_replay_stops_at_a_question_without_a_kept_answer(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.change("type-groep")
    session.answer("vrijwilligerswerk")
    assert session.replay_kept().id == "doel-43"
    assert session.kept_answer() is None


def test_change_of_a_question_not_on_the_path_is_refused(tree: Tree) -> None:
    session = TreeSession(tree)
    with pytest.raises(SrgGuideError, match="staat niet op het pad"):
        session.change("fin-budget")


def test_weet_ik_niet_escalates_and_lists_the_open_question(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, [("inzet-betrokken", "gemeente"), ("inzet-vorm", "anders")])
    session.answer(UNKNOWN_OPTION_ID)
    assert session.current.id == ESCALATION_ID
    assert session.outcome is not None and session.outcome.counts is None
    assert [q.id for q in session.unresolved] == ["fin-budget"]


def test_an_unknown_choice_is_refused_in_dutch(tree: Tree) -> None:
    session = TreeSession(tree)
    with pytest.raises(SrgGuideError, match='"misschien" is geen keuze'):
        session.answer("misschien")
    walk(session, TO_TRAINING)
    with pytest.raises(SrgGuideError, match="al bij een uitkomst"):
        session.answer("ja")


def test_confirm_before_an_outcome_is_refused(tree: Tree) -> None:
    with pytest.raises(SrgGuideError):
        TreeSession(tree).confirm()


def test_every_question_node_is_a_question_with_text(tree: Tree) -> None:
    for question in tree.questions:
        assert isinstance(question, Question) and question.text


def test_save_and_load_round_trip_without_personal_data(tree: Tree, tmp_path: Path) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.confirm()
    target = tmp_path / "sessie.yaml"
    session.save(target)
    data = yaml.safe_load(target.read_text())
    assert set(data) == {"format", "tree", "answers", "kept", "confirmed"}
    assert data["tree"]["sha256"] == tree.sha256
    loaded = load_session(target, tree)
    assert loaded.verdict is not None and loaded.verdict.id == "type-42-re-integratie"


def test_a_session_that_no_longer_fits_the_tree_gives_a_dutch_error(
    tree: Tree, tmp_path: Path
) -> None:
    target = tmp_path / "sessie.yaml"
    data = TreeSession(tree).to_dict()
    data["answers"] = [{"question": "inzet-betrokken", "answer": "bestaat-niet"}]
    data["tree"]["sha256"] = "0" * 64
    target.write_text(yaml.safe_dump(data))
    with pytest.raises(InputFileError, match="veranderd"):
        load_session(target, tree)


def test_a_file_that_is_not_a_session_is_refused(tree: Tree, tmp_path: Path) -> None:
    target = tmp_path / "iets.yaml"
    target.write_text("- gewoon een lijst\n")
    with pytest.raises(InputFileError, match="geen srg-guide-sessie"):
        load_session(target, tree)
