"""Helpers for driving the app with Pilot on the bundled tree, guidelines and tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from srg_guide.ui import AppOptions, SrgGuideApp
from srg_guide.ui.screens.question import QuestionScreen

REPO_ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = REPO_ROOT / "scenarios"
# A fixed day keeps dates in rationales and snapshots stable.
TODAY = dt.date(2026, 3, 15)


def make_app(**options: object) -> SrgGuideApp:
    """The app on bundled data, pinned to TODAY."""
    options.setdefault("as_of", TODAY)
    return SrgGuideApp(AppOptions(**options))  # type: ignore[arg-type]


@pytest.fixture
def app() -> SrgGuideApp:
    return make_app()


async def answer(pilot: Pilot[None], option_id: str) -> None:
    """Press the digit of ``option_id`` on the current question."""
    screen = pilot.app.screen
    assert isinstance(screen, QuestionScreen), screen
    ids = [option.id for option in screen.session.current.choices]
    assert option_id in ids, f"{option_id} not in {ids}"
    await pilot.press(str(ids.index(option_id) + 1))
    await pilot.pause()


async def answer_all(pilot: Pilot[None], answers: dict[str, str]) -> None:
    """Answer questions (and read notes) until no answer is given for the current node."""
    while isinstance(pilot.app.screen, QuestionScreen):
        node = pilot.app.screen.session.current
        option_id = "verder" if node.kind == "note" else answers.get(node.id)
        if option_id is None:
            return
        await answer(pilot, option_id)


JOBCOACH = {
    "inzet-betrokken": "gemeente",
    "inzet-vorm": "anders",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
    "niveau": "voorziening",
    "type-groep": "begeleiding",
    "begeleiding-soort": "op-werkplek",
    "doel-30": "re-integratie",
}
