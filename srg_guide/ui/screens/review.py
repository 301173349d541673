"""ReviewScreen: all answers on one screen; change any of them, or confirm the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from srg_guide.ui.widgets.choice_list import ChoiceList

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources
    from srg_guide.ui.sessions import Walk


@dataclass(frozen=True)
class ReviewResult:
    """A question to change, or how the outcome screen (opened from here) was left."""

    change: str | None = None
    after_outcome: str | None = None


class ReviewScreen(Screen[ReviewResult | None]):
    """Returns a ReviewResult, or None when closed with Escape.

    Confirming opens the outcome on top of this screen: one screen switch, not two.
    """

    TITLE = "Overzicht van uw antwoorden"
    HELP = (
        "Hier staan al uw antwoorden. Kies een antwoord (cijfer of Enter) om het te wijzigen; "
        "de antwoorden daarna blijven bewaard en worden opnieuw voorgesteld.\n\n"
        "Klopt alles? Druk op b om de uitkomst te bevestigen. Escape gaat terug naar de vraag."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "confirm", "Bevestigen"),
        Binding("escape", "close", "Terug", show=False),
    ]

    def __init__(self, resources: Resources, walk: Walk) -> None:
        super().__init__()
        self.resources = resources
        self.walk = walk
        self.session = walk.session

    def compose(self) -> ComposeResult:
        outcome = self.session.outcome
        yield Header()
        with Vertical(id="review"):
            yield Static("Controleer uw antwoorden", classes="title")
            yield Static("Kies een antwoord om het te wijzigen.", classes="muted")
            yield ChoiceList(
                [
                    (step.node_id, _one_line(step.text), f"→ {step.answer}")
                    for step in self.session.steps
                    if not step.is_note
                ],
                id="steps",
            )
            if outcome is not None:
                condition = (
                    " (voorwaardelijk: zie de open punten)" if self.session.is_conditional else ""
                )
                yield Static(
                    f"Uitkomst: {outcome.title}{condition}", classes="subtitle", markup=False
                )
                yield Button(
                    "Klopt, toon de uitkomst (b)", id="confirm", variant="primary", compact=True
                )
            else:
                yield Static(
                    "Er is nog geen uitkomst: beantwoord eerst de vragen.", classes="muted"
                )
        yield Footer()

    @on(ChoiceList.Chosen, "#steps")
    def _step_chosen(self, message: ChoiceList.Chosen) -> None:
        message.stop()
        self.dismiss(ReviewResult(change=message.choice_id))

    @on(Button.Pressed, "#confirm")
    def action_confirm(self) -> None:
        if self.session.outcome is None:
            self.notify("Er is nog geen uitkomst.", severity="warning")
            return
        from srg_guide.ui.screens.outcome import OutcomeScreen

        self.session.confirm()
        self.app.push_screen(OutcomeScreen(self.resources, self.walk), self._outcome_closed)

    def _outcome_closed(self, go_on: str | None) -> None:
        self.dismiss(ReviewResult(after_outcome=go_on or "close"))

    def action_close(self) -> None:
        self.dismiss(None)


def _one_line(text: str) -> str:
    return " ".join(text.split())
