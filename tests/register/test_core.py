"""The register core on both back ends: import merge, decisions as history, conflicts, staleness."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from srg_guide.register import (
    STALE,
    ConflictError,
    Register,
    Row,
    changed_node_ids,
    resume_session,
)
from srg_guide.register.model import CONDITIONAL, DECIDED, NOT_DECIDED
from tests.register.conftest import bump_tree
from tests.register.helpers import (
    CATALOGUE,
    NOT_COUNTED,
    TRAINING,
    VOLUNTEERING,
    context,
    decide,
    draft,
)


@pytest.fixture
def register(db_url: str) -> Register:
    reg = Register.open(db_url)
    reg.import_catalogue(CATALOGUE, "catalogus.csv")
    return reg


def test_reimport_merges_and_never_drops_a_decision(register: Register, trees_dir: Path) -> None:
    decide(register, trees_dir, "IN-01", NOT_COUNTED)
    rows = [Row(2, {"lokale_code": "TR-01", "naam": "Sollicitatietraining nieuw"})]
    summary = register.import_catalogue(rows, "catalogus-2.csv")
    assert (summary.added, summary.updated, summary.missing) == (0, 1, ("IN-01", "VW-01"))
    kept = register.entry("IN-01")
    assert kept.decision is not None and kept.decision.counts is False
    assert not kept.in_catalogue
    assert register.entry("TR-01").naam == "Sollicitatietraining nieuw"


def test_import_reports_every_bad_row(register: Register) -> None:
    rows = [Row(2, {"lokale_code": "A", "naam": "x"}), Row(5, {"lokale_code": "A"})]
    with pytest.raises(Exception) as caught:
        register.import_catalogue(rows, "cat.csv")
    text = str(caught.value)
    assert "cat.csv:5: naam: mag niet leeg zijn" in text
    assert 'cat.csv:5: lokale_code: "A" staat ook op regel 2' in text


def test_decisions_are_a_history_with_one_current(register: Register, trees_dir: Path) -> None:
    first = decide(register, trees_dir, "TR-01", TRAINING, decided_by="A. de Vries", note="eerste")
    second = decide(register, trees_dir, "TR-01", VOLUNTEERING)
    history = register.history("TR-01")
    assert [d.id for d in history] == [second.id, first.id]
    current = register.entry("TR-01").decision
    assert current is not None and current.id == second.id and current.type_code == "43"
    assert history[1].decided_by == "A. de Vries" and history[1].note == "eerste"
    assert history[1].rationale["outcome_id"] == "training"
    assert (current.tree_id, current.tree_version) == ("register-test", "1")
    assert len(current.tree_sha256) == 64


def test_a_stale_writer_loses_with_a_dutch_message(db_url: str, trees_dir: Path) -> None:
    alice, bob = Register.open(db_url), Register.open(db_url)
    alice.import_catalogue(CATALOGUE, "catalogus.csv")
    seen_by_bob = bob.entry("TR-01").version
    decide(alice, trees_dir, "TR-01", TRAINING, decided_by="Alice")
    with pytest.raises(ConflictError) as caught:
        bob.decide("TR-01", draft(trees_dir, VOLUNTEERING), expected_version=seen_by_bob)
    assert "intussen door Alice" in str(caught.value)
    assert "niet opgeslagen" in str(caught.value)
    assert [d.decided_by for d in alice.history("TR-01")] == ["Alice"]


def test_two_writers_at_once_lose_no_update(db_url: str, trees_dir: Path) -> None:
    Register.open(db_url).import_catalogue(CATALOGUE, "catalogus.csv")
    writers = [Register.open(db_url), Register.open(db_url)]
    version = writers[0].entry("TR-01").version
    drafts = [draft(trees_dir, TRAINING), draft(trees_dir, VOLUNTEERING)]
    barrier = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def write(index: int) -> None:
        barrier.wait()
        try:
            outcomes[index] = writers[index].decide(
                "TR-01", drafts[index], expected_version=version, decided_by=f"schrijver {index}"
            )
        except ConflictError as exc:
            outcomes[index] = exc

    threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost = [o for o in outcomes if isinstance(o, ConflictError)]
    assert len(lost) == 1
    history = writers[0].history("TR-01")
    assert len(history) == 1
    assert writers[0].entry("TR-01").decision == history[0]


def test_no_bsn_enters_the_register(register: Register, trees_dir: Path) -> None:
    rows = [Row(2, {"lokale_code": "X-1", "naam": "Traject voor 123456782"})]
    summary = register.import_catalogue(rows, "cat.csv")
    assert summary.masked == 1
    assert "123456782" not in register.entry("X-1").naam
    decision = decide(register, trees_dir, "TR-01", TRAINING, note="cliënt 123456782")
    assert "123456782" not in decision.note


def test_filtering_by_text_and_counts(register: Register, trees_dir: Path) -> None:
    decide(register, trees_dir, "IN-01", NOT_COUNTED)
    assert [e.lokale_code for e in register.entries("zes weken")] == ["TR-01"]
    assert [e.lokale_code for e in register.entries(counts=False)] == ["IN-01"]
    assert [e.status for e in register.entries()] == [DECIDED, NOT_DECIDED, NOT_DECIDED]


def test_changed_node_on_the_path_marks_the_decision_stale(
    register: Register, trees_dir: Path
) -> None:
    decide(register, trees_dir, "TR-01", TRAINING)
    decide(register, trees_dir, "IN-01", NOT_COUNTED)
    bump_tree(trees_dir, "Wat voor voorziening is het?", "Welke soort voorziening is het?")
    ctx = context(trees_dir)
    marked = {e.lokale_code: e for e in ctx.marked(register, register.entries())}
    assert marked["TR-01"].status == STALE
    assert marked["TR-01"].stale_reasons[0] == "beslisboom versie 1 → 2"
    assert "Welke soort voorziening is het?" in marked["TR-01"].stale_reasons[1]
    # IN-01's path (inzet -> telt-niet) did not change: not stale despite the new version.
    assert marked["IN-01"].status == DECIDED


def test_rewalking_starts_from_the_old_answers(register: Register, trees_dir: Path) -> None:
    old = decide(register, trees_dir, "TR-01", TRAINING)
    bump_tree(trees_dir, "Wat voor voorziening is het?", "Welke soort voorziening is het?")
    ctx = context(trees_dir)
    changed = changed_node_ids(register.basis([old.id])[old.id], ctx.tree, ctx.library)
    assert changed == {"soort"}
    session = resume_session(ctx.tree, old.answers, changed)
    assert session.current.id == "soort"
    assert session.kept_answer() == "training"
    assert [s.node_id for s in session.steps] == ["inzet"]


def test_unknown_answer_is_stored_as_conditional(register: Register, trees_dir: Path) -> None:
    decision = decide(register, trees_dir, "VW-01", {"inzet": "ja", "soort": "weet-ik-niet"})
    assert decision.conditional and decision.counts is None
    assert [p.split(" (mits")[0] for p in decision.open_points] == ["Wat voor voorziening is het?"]
    assert register.entry("VW-01").status == CONDITIONAL


def test_unknown_code_gets_a_dutch_message(register: Register) -> None:
    with pytest.raises(Exception, match="staat niet in het register"):
        register.entry("BESTAAT-NIET")
