"""QuestionPreviewScreen: one tree question seen from a guideline, with a way back."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from srg_guide.errors import SrgGuideError
from srg_guide.tree.model import Outcome

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources


class QuestionPreviewScreen(Screen[None]):
    """Shows a question of the decision tree, its options and the guidelines it cites."""

    TITLE = "Vraag uit de beslisboom"
    HELP = (
        "Deze vraag uit de beslisboom gebruikt de richtlijn die u las. Escape brengt u terug "
        "naar de richtlijn. Met b start u de beslisboom vanaf het begin."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Terug naar richtlijn"),
        Binding("b", "start_tree", "Beslisboom starten"),
    ]

    def __init__(self, resources: Resources, question_id: str) -> None:
        super().__init__()
        self.resources = resources
        nodes = resources.tree.nodes
        if question_id not in nodes or isinstance(nodes[question_id], Outcome):
            raise SrgGuideError("Onbekende vraag", f'vraag "{question_id}" staat niet in de boom')
        self.node = nodes[question_id]

    def compose(self) -> ComposeResult:
        node = self.node
        assert not isinstance(node, Outcome)
        options = "\n".join(f"{n}. {o.label}" for n, o in enumerate(node.choices, 1))
        library = self.resources.library
        cited = "; ".join(library.title_of(ref) for ref in node.guidelines) or "geen"
        yield Header()
        with VerticalScroll(id="preview"):
            yield Static(node.text, id="preview-question", classes="title", markup=False)
            if node.help:
                yield Static(node.help, classes="muted", markup=False)
            yield Static("Antwoorden", classes="subtitle")
            yield Static(options, markup=False)
            yield Static(f"Richtlijnen bij deze vraag: {cited}", classes="subtitle", markup=False)
        yield Footer()

    def action_start_tree(self) -> None:
        from srg_guide.tree.session import TreeSession
        from srg_guide.ui.screens.question import QuestionScreen

        self.app.push_screen(QuestionScreen(self.resources, TreeSession(self.resources.tree)))

    def action_close(self) -> None:
        self.dismiss()
