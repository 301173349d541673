"""Helpers for driving the app with Pilot: on the small fixture tree, or on bundled data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.pilot import Pilot

from srg_guide.ui import AppOptions, SrgGuideApp
from srg_guide.ui.screens.question import QuestionScreen

REPO_ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = REPO_ROOT / "scenarios"
# A small synthetic tree, so edits to trees/srg.yaml do not break the screen tests.
MINI_TREES = Path(__file__).resolve().parent / "data" / "trees"
MINI_SCENARIOS = Path(__file__).resolve().parent / "data" / "scenarios"
MINI_GUIDELINES = Path(__file__).resolve().parent / "data" / "guidelines"
# A fixed day keeps dates in rationales and snapshots stable.
TODAY = dt.date(2026, 3, 15)


def make_app(**options: object) -> SrgGuideApp:
    """The app on bundled data, pinned to TODAY."""
    options.setdefault("as_of", TODAY)
    return SrgGuideApp(AppOptions(**options))  # type: ignore[arg-type]


def make_mini_app(**options: object) -> SrgGuideApp:
    """The app on the fixture tree and guidelines (tests/ui/data), pinned to TODAY."""
    options.setdefault("trees", MINI_TREES)
    options.setdefault("guidelines", MINI_GUIDELINES)
    return make_app(**options)


@pytest.fixture
def app() -> SrgGuideApp:
    return make_app()


@pytest.fixture(autouse=True)
def _exports_in_tmp(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Exports go to a fresh folder, never the developer's documents."""
    folder = tmp_path_factory.mktemp("documenten")
    monkeypatch.setenv("SRG_GUIDE_EXPORTS", str(folder))
    return folder


async def answer(pilot: Pilot[None], option_id: str) -> None:
    """Press the digit of ``option_id`` on the current question."""
    screen = pilot.app.screen
    assert isinstance(screen, QuestionScreen), screen
    ids = [option.id for option in screen.session.current.choices]
    assert option_id in ids, f"{option_id} not in {ids}"
    await pilot.press(str(ids.index(option_id) + 1))
    await pilot.pause()


async def fill_labels(pilot: Pilot[None], dossier: str = "", note: str = "") -> None:
    """On the outcome screen: press d, fill the dossier and remark, press Enter."""
    from textual.widgets import Input

    from srg_guide.ui.screens.dossier import DossierDialog

    await pilot.press("d")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, DossierDialog), dialog
    dialog.query_one("#dossier", Input).value = dossier
    dialog.query_one("#note", Input).value = note
    await pilot.press("enter")
    await pilot.pause()


async def answer_all(pilot: Pilot[None], answers: dict[str, str]) -> None:
    """Answer questions (and read notes) until no answer is given for the current node."""
    while isinstance(pilot.app.screen, QuestionScreen):
        node = pilot.app.screen.session.current
        option_id = "verder" if node.kind == "note" else answers.get(node.id)
        if option_id is None:
            return
        await answer(pilot, option_id)


# Fixture tree: one voorziening, a jobcoach, doel 1.
MINI_JOBCOACH = {"inzet": "ja", "niveau": "voorziening", "doel": "werk", "soort": "jobcoach"}

# Shipped tree (trees/srg.yaml): a jobcoach on the workplace, type 30, doel 1.
JOBCOACH = {
    "inzet-betrokken": "gemeente",
    "niveau": "voorziening",
    "doel": "re-integratie",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
    "soort": "begeleiding",
    "coaching-of-monitoring": "echte-begeleiding",
    "begeleiding-soort": "op-werkplek",
}
