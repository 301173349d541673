"""DossierDialog: the optional dossier label and free-text remark of one walk."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

MAX_LENGTH = 200


class DossierDialog(ModalScreen[tuple[str, str]]):
    """Returns (dossier, remark); Enter, Escape and the button all keep what was typed."""

    TITLE = "Dossier en opmerking"
    HELP = (
        "Het dossier (bijvoorbeeld een zaaknummer) komt in de onderbouwing, in de bestandsnaam "
        "van een export en op het startscherm. De opmerking komt in de onderbouwing en de "
        "escalatienotitie. Beide zijn niet verplicht. Een BSN wordt altijd gemaskeerd.\n\n"
        "Tab gaat naar het volgende veld. Enter of Escape sluit dit venster; wat u typte "
        "blijft bewaard."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "done", "Klaar")]

    def __init__(self, dossier: str, note: str) -> None:
        super().__init__()
        self.dossier = dossier
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="dossier-box"):
            yield Label("Dossier en opmerking", classes="title")
            yield Static("Niet verplicht. Geen persoonsgegevens: een BSN wordt gemaskeerd.")
            with Horizontal(classes="field"):
                yield Label("Dossier", classes="field-label")
                yield Input(
                    self.dossier, placeholder="bijv. zaaknummer", id="dossier", max_length=80
                )
            with Horizontal(classes="field"):
                yield Label("Opmerking", classes="field-label")
                yield Input(
                    self.note,
                    placeholder="komt in de onderbouwing",
                    id="note",
                    max_length=MAX_LENGTH,
                )
            yield Button("Klaar (Enter)", id="done", variant="primary", compact=True)

    @on(Input.Submitted)
    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        dossier = self.query_one("#dossier", Input).value.strip()
        note = self.query_one("#note", Input).value.strip()
        self.dismiss((dossier, note))
