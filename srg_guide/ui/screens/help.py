"""HelpScreen: F1 on any screen shows that screen's help text and the keys that work there."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Markdown


class HelpScreen(ModalScreen[None]):
    """Modal with the help of the screen below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "dismiss", "Sluiten"),
    ]

    def __init__(self, title: str, text: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.help_title = title
        self.help_text = text
        self.keys = keys

    def compose(self) -> ComposeResult:
        rows = "\n".join(f"| `{key}` | {label} |" for key, label in self.keys)
        table = f"\n\n## Toetsen\n\n| toets | wat |\n|---|---|\n{rows}\n" if rows else ""
        with VerticalScroll(id="help-box"):
            yield Markdown(f"# Hulp: {self.help_title}\n\n{self.help_text}{table}")
        yield Footer()
