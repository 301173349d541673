"""TreeSession: answer, back, change with kept answers, review, escalation, save/load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from srg_guide.errors import InputFileError, SrgGuideError
from srg_guide.tree import (
    ACTION_WALK_PARTS,
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
    ("niveau", "voorziening"),
    ("doel", "re-integratie"),
    ("fin-budget", "reintegratiebudget"),
    ("herleidbaar", "ja"),
    ("soort", "training"),
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
    assert session.outcome is not None and session.outcome.type == "training"
    assert session.confirm().id == "type-42"
    assert not session.in_review
    assert session.doel == "1"
    assert [s.node_id for s in session.steps] == [q for q, _ in TO_TRAINING]


def test_back_undoes_the_confirmation_then_the_last_answer(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.confirm()
    session.back()
    assert session.in_review
    session.back()
    assert session.current.id == "soort"
    assert session.kept_answer() == "training"


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
    assert final.id == "type-42"
    assert session.answers["inzet-betrokken"] == "externe-partij"


def test_replay_stops_at_a_question_without_a_kept_answer(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING)
    session.change("soort")
    session.answer("activering")
    assert session.replay_kept().id == "activering-soort"
    assert session.kept_answer() is None


def test_change_of_a_question_not_on_the_path_is_refused(tree: Tree) -> None:
    session = TreeSession(tree)
    with pytest.raises(SrgGuideError, match="staat niet op het pad"):
        session.change("fin-budget")


def test_weet_ik_niet_keeps_walking_and_records_an_open_point(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING[:3])
    session.answer(UNKNOWN_OPTION_ID)
    assert session.current.id == "herleidbaar"  # as if re-integratiebudget was chosen
    walk(session, TO_TRAINING[4:])
    assert session.outcome is not None and session.outcome.id == "type-42"
    assert session.is_conditional
    (point,) = session.open_points
    assert point.question_id == "fin-budget" and point.is_unknown
    assert point.assumed is not None and "re-integratiebudget" in point.assumed
    assert "re-integratiegeld" in point.condition
    outcomes = {a.option_id: a.outcome.id if a.outcome else None for a in point.alternatives}
    assert outcomes["inburgering-onderwijs"] == "niet-srg-inburgering"
    assert outcomes["ander-budget"] == "niet-srg-wmo"
    assert outcomes["subsidie"] is None  # that branch asks a question the walk never answered
    assert [q.id for q in session.unresolved] == ["fin-budget"]


def test_a_question_without_an_assumption_escalates_with_every_alternative(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, TO_TRAINING[:5])
    session.answer(UNKNOWN_OPTION_ID)
    assert session.current.id == ESCALATION_ID
    assert session.outcome is not None and session.outcome.counts is None
    (point,) = session.open_points
    assert point.question_id == "soort" and point.assumed is None
    reached = {a.option_id: a.outcome.id for a in point.alternatives if a.outcome}
    assert reached["training"] == "type-42"
    assert reached["anders"] == "type-98"


def test_a_grey_answer_is_an_open_point_with_its_stated_alternative(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, [*TO_TRAINING[:3], ("fin-budget", "eigen-medewerkers"), ("herleidbaar", "ja")])
    walk(
        session,
        [
            ("soort", "begeleiding"),
            ("coaching-of-monitoring", "echte-begeleiding"),
            ("begeleiding-soort", "coaching"),
        ],
    )
    (point,) = session.open_points
    assert not point.is_unknown and "personeelsbudget" in point.answer
    assert point.ask == "het CBS (SZ_SRG@cbs.nl)"
    # the stated alternative is the staff-budget outcome, not the Wmo / other-budget answer
    assert [(a.option_id, a.outcome.id if a.outcome else None) for a in point.alternatives] == [
        ("niet-srg-eigen-medewerkers", "niet-srg-eigen-medewerkers")
    ]


def test_an_open_point_that_changes_nothing_is_not_material(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, [*TO_TRAINING[:3], ("fin-budget", UNKNOWN_OPTION_ID), ("herleidbaar", "ja")])
    walk(session, [("soort", "begeleiding"), ("coaching-of-monitoring", "monitoring")])
    assert session.outcome is not None and session.outcome.id == "niet-srg-monitoring"
    assert session.open_points == []
    assert [p.question_id for p in session.all_open_points] == ["fin-budget"]
    assert not session.is_conditional


def test_doel_comes_from_the_answer_and_an_unknown_doel_gives_both(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, [*TO_TRAINING[:2], ("doel", UNKNOWN_OPTION_ID), *TO_TRAINING[3:]])
    assert session.doel == "1"
    (point,) = session.open_points
    assert [(a.outcome.id if a.outcome else None, a.doel) for a in point.alternatives] == [
        ("type-42", "2")
    ]


def test_lks_with_doel_participatie_warns_but_counts(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(
        session,
        [
            ("inzet-betrokken", "gemeente"),
            ("niveau", "voorziening"),
            ("doel", "participatie"),
            ("fin-budget", "subsidie"),
            ("subsidie-soort", "lks-pw"),
        ],
    )
    assert session.outcome is not None and session.outcome.counts is True
    assert any("Doel inzet 2" in w for w in session.warnings)
    session.change("doel")
    session.answer("re-integratie")
    session.replay_kept()
    assert not any("Doel inzet 2" in w for w in session.warnings)


def test_a_traject_offers_a_walk_for_each_part(tree: Tree) -> None:
    session = TreeSession(tree)
    walk(session, [("inzet-betrokken", "externe-partij")])
    session.answer("verder")
    walk(session, [("niveau", "traject")])
    outcome = session.outcome
    assert outcome is not None and outcome.action == ACTION_WALK_PARTS
    assert outcome.headline.startswith("Lever dit niet als één record")
    part = session.part_session()
    assert part is not session and part.current.id == "doel"
    assert part.answers == {"inzet-betrokken": "externe-partij", "niveau": "voorziening"}
    assert session.part_session().steps == part.steps  # each call: a fresh walk


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
    assert loaded.verdict is not None and loaded.verdict.id == "type-42"


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
