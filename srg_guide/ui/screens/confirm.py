"""ConfirmDialog: ask yes or no before something is thrown away."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static


class ConfirmDialog(ModalScreen[bool]):
    """Returns True for "ja", False for "nee" or Escape."""

    TITLE = "Bevestigen"
    HELP = "Druk op j om door te gaan, of op n of Escape om niets te doen."
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "answer(True)", "Ja"),
        Binding("n,escape", "answer(False)", "Nee"),
    ]

    def __init__(self, question: str, detail: str, yes: str) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Label(self.question, classes="title", markup=False)
            yield Static(self.detail, markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(f"{self.yes} (j)", id="yes", variant="warning", compact=True)
                yield Button("Nee, terug (n)", id="no", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
