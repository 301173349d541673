"""ErrorScreen: a Dutch error message with file and line, instead of a traceback."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ErrorScreen(ModalScreen[None]):
    """Shows what went wrong and where; any key closes it."""

    TITLE = "Foutmelding"
    HELP = (
        "Er ging iets mis met een bestand. De melding noemt het bestand, de regel en het veld. "
        "Pas het bestand aan en probeer het opnieuw. Enter of Escape sluit deze melding."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "dismiss", "Sluiten")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.error_title = title
        self.error_message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="error-box"):
            yield Static(self.error_title, classes="title")
            yield Static(self.error_message, markup=False)
            yield Button("Sluiten", id="close", variant="primary")

    def on_button_pressed(self) -> None:
        self.dismiss()
