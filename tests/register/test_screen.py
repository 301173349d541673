"""The Register screen through Pilot, on both back ends: filter, detail, beoordeel, stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from srg_guide.register import Register
from srg_guide.ui import AppOptions, SrgGuideApp
from srg_guide.ui.screens.error import ErrorScreen
from srg_guide.ui.screens.outcome import OutcomeScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.screens.register import RegisterScreen
from srg_guide.ui.screens.review import ReviewScreen
from tests.register.conftest import bump_tree
from tests.register.helpers import CATALOGUE, TRAINING, decide
from tests.ui.conftest import answer


@pytest.fixture
def register(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Register:
    monkeypatch.setenv("SRG_GUIDE_DB", db_url)
    reg = Register.open(db_url)
    reg.import_catalogue(CATALOGUE, "catalogus.csv")
    return reg


def _app(trees_dir: Path) -> SrgGuideApp:
    return SrgGuideApp(AppOptions(trees=trees_dir, start="register", as_of=dt.date(2026, 3, 15)))


def _rows(screen: RegisterScreen) -> list[str]:
    table = screen.query_one("#entries", DataTable)
    return [str(key.value) for key in table.rows]


async def _walk_to_outcome(pilot, answers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    while isinstance(pilot.app.screen, QuestionScreen):
        await answer(pilot, answers[pilot.app.screen.session.current.id])
    assert isinstance(pilot.app.screen, ReviewScreen)
    await pilot.press("b")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OutcomeScreen)
    await pilot.press("escape")
    await pilot.pause()


async def test_filter_and_detail(register: Register, trees_dir: Path) -> None:
    decide(register, trees_dir, "TR-01", TRAINING, decided_by="Piet")
    app = _app(trees_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegisterScreen)
        assert _rows(screen) == ["IN-01", "TR-01", "VW-01"]
        table = screen.query_one("#entries", DataTable)
        doel = [str(c) for c in table.get_row("TR-01")]
        # Doel is person-level: a decision without a fixed doel does not state one as a fact.
        assert "per persoon vast te stellen" in doel, doel
        await pilot.press("down")
        detail = str(screen.query_one("#detail", Static).render())
        assert "Status: beslist" in detail and "door Piet" in detail
        assert "Wat voor voorziening is het? -> Een training" in detail
        screen.query_one("#filter", Input).value = "vrijwillig"
        await pilot.pause()
        assert _rows(screen) == ["VW-01"]


async def test_beoordeel_walks_and_saves(register: Register, trees_dir: Path) -> None:
    app = _app(trees_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegisterScreen)
        screen.query_one("#decider", Input).value = "Anna"
        screen.query_one("#entries", DataTable).focus()
        await pilot.press("down", "b")
        await pilot.pause()
        await _walk_to_outcome(pilot, TRAINING)
        assert app.screen is screen
    decision = register.entry("TR-01").decision
    assert decision is not None and decision.type_code == "42" and decision.decided_by == "Anna"


async def test_opnieuw_beoordelen_a_stale_entry(register: Register, trees_dir: Path) -> None:
    decide(register, trees_dir, "TR-01", TRAINING)
    bump_tree(trees_dir, "Wat voor voorziening is het?", "Welk soort voorziening is het?")
    app = _app(trees_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegisterScreen)
        await pilot.press("down")
        assert "opnieuw beoordelen" in str(screen.query_one("#detail", Static).render())
        await pilot.press("o")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, QuestionScreen)
        assert question.session.current.id == "soort"  # the first answer was kept
        await _walk_to_outcome(pilot, TRAINING)
    assert len(register.history("TR-01")) == 2
    assert register.entry("TR-01").decision.tree_version == "2"  # type: ignore[union-attr]


async def test_a_lost_update_shows_a_dutch_dialog(register: Register, trees_dir: Path) -> None:
    app = _app(trees_dir)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("down", "b")
        await pilot.pause()
        decide(register, trees_dir, "TR-01", TRAINING, decided_by="Bram")  # a colleague first
        await _walk_to_outcome(pilot, TRAINING)
        error = app.screen
        assert isinstance(error, ErrorScreen)
        assert "intussen door Bram" in error.error_message
    assert [d.decided_by for d in register.history("TR-01")] == ["Bram"]
