"""ChangesScreen: "Wat is er veranderd", built from the dated guideline and tree versions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown

from srg_guide.guidelines.markdown import make_parser

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources


def changes_markdown(resources: Resources) -> str:
    """The page's Markdown from the library's versions, the trees and the scenario folder."""
    from srg_guide.changes.report import whats_new_markdown
    from srg_guide.locations import data_dir
    from srg_guide.tree import load_scenarios
    from srg_guide.tree.loader import load_trees

    options = resources.options
    trees = load_trees(data_dir("trees", options.trees)).trees
    folder = options.scenarios or data_dir("scenarios")
    scenarios = load_scenarios(folder)[0] if folder.is_dir() else None
    return whats_new_markdown(resources.library.all_versions, trees, scenarios)


class ChangesScreen(Screen[None]):
    """What changed between the dated versions, paragraph by paragraph."""

    TITLE = "Wat is er veranderd"
    HELP = (
        "Per richtlijnmodule met meer versies: welke paragrafen zijn toegevoegd, verwijderd of "
        "gewijzigd. Per beslisboom met meer versies: welke voorbeelden een andere uitkomst "
        "krijgen, en door welke vraag."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Sluiten")]

    def __init__(self, resources: Resources) -> None:
        super().__init__()
        self.resources = resources

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Markdown(changes_markdown(self.resources), parser_factory=make_parser)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss()
