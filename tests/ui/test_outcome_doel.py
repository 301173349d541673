"""Outcome screen on the shipped tree: a doel resting on "weet ik niet" is shown as conditional."""

from __future__ import annotations

from textual.widgets import Static

from srg_guide.ui.screens.outcome import OutcomeScreen
from srg_guide.ui.screens.review import ReviewScreen

from .conftest import answer_all, make_app

TRAINING_DOEL_UNKNOWN = {
    "inzet-betrokken": "gemeente",
    "niveau": "voorziening",
    "doel": "weet-ik-niet",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
    "soort": "training",
}


async def test_the_outcome_screen_gives_the_doel_with_its_condition_and_doel_2() -> None:
    app = make_app()
    async with app.run_test(size=(110, 50)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await answer_all(pilot, TRAINING_DOEL_UNKNOWN)
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("b")
        await pilot.pause()
        outcome = app.screen
        assert isinstance(outcome, OutcomeScreen)
        summary = str(outcome.query_one("#conditional", Static).content)
        assert "anders telt het mee met doel 2 Participatie" in summary
        rationale = outcome.rationale()
        assert rationale.doel_condition is not None
        assert rationale.doel_alternatives == ("2 Participatie",)
        # the #rationale Static draws this Markdown
        markdown = outcome.render_rationale("md")
        assert "- Doel inzet: 1 Re-integratie (voorwaardelijk: mits" in markdown
