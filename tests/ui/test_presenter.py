"""Presenter mode: replay a scenario fixture step by step, reveal on a key, quiz variant."""

from __future__ import annotations

import pytest
from rich.console import Console
from textual.widgets import Static

from srg_guide.tree.scenario import load_scenario
from srg_guide.ui.screens.presenter import PresenterScreen
from srg_guide.ui.screens.presenter_start import PresenterStartScreen

from .conftest import MINI_SCENARIOS, make_mini_app

SCENARIO = MINI_SCENARIOS / "01-jobcoach.yaml"


def plain(widget: Static) -> str:
    """What a Static shows, as plain text (its content may be a Rich table)."""
    console = Console(width=200, color_system=None)
    with console.capture() as captured:
        console.print(widget.content)
    return captured.get()


def slide(screen: PresenterScreen) -> str:
    return "\n".join(
        plain(screen.query_one(selector, Static))
        for selector in ("#slide-kicker", "#slide-title", "#slide-body", "#slide-prompt")
    )


@pytest.mark.parametrize("quiz", [False, True])
async def test_replay_reveals_each_answer_then_moves_on(quiz: bool) -> None:
    scenario = load_scenario(SCENARIO)
    app = make_mini_app(start="presentatie", scenarios=SCENARIO, quiz=quiz)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        visited = []
        for _ in range(40):
            node = screen.session.current
            if node.kind == "outcome":
                break
            text = slide(screen)
            assert node.text in text
            assert "← antwoord" not in text  # not revealed yet
            if quiz:
                assert "Stem nu" in text and "  A  " in text
            await pilot.press("space")
            revealed = slide(screen)
            planned = screen.planned_answer
            label = next(o.label for o in node.choices if o.id == planned)
            assert f"{label}   ← antwoord" in revealed
            visited.append(node.id)
            await pilot.press("space")
        assert "De uitkomst" in slide(screen) or "Wat is de uitkomst" in slide(screen)
        await pilot.press("space")
        final = slide(screen)
        assert screen.session.outcome is not None
        assert screen.session.outcome.id == scenario.expect["outcome"]
        assert "Type voorziening: 30 Jobcoach/begeleiding op de werkplek" in final
        assert "Einde van dit voorbeeld" in final
        assert [q for q in scenario.answers if q in visited] == list(scenario.answers)


async def test_back_hides_the_answer_again() -> None:
    app = make_mini_app(start="presentatie", scenarios=SCENARIO)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        await pilot.press("space", "space", "space")
        assert len(screen.session.steps) == 1 and screen.revealed
        await pilot.press("left")
        assert not screen.revealed
        await pilot.press("left")
        assert screen.session.steps == []


async def test_start_screen_lists_scenarios_and_live_walk() -> None:
    app = make_mini_app(start="presentatie", scenarios=MINI_SCENARIOS)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, PresenterStartScreen)
        assert len(start.scenarios) == 2
        await pilot.press("q")  # quiz on
        await pilot.press("1")  # live
        await pilot.pause()
        live = app.screen
        assert isinstance(live, PresenterScreen)
        assert live.scenario is None and live.quiz
        assert "Kies een antwoord met A tot en met" in slide(live)
        await pilot.press("a", "space")
        assert len(live.session.steps) == 1
