"""GuidelineScreen: table of contents, search as you type, one rendered module, history."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Markdown, OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import get_current_worker

from srg_guide.errors import SrgGuideError
from srg_guide.guidelines.display import module_markdown
from srg_guide.guidelines.links import classify, split_reference
from srg_guide.guidelines.markdown import make_parser
from srg_guide.ui.widgets.choice_list import ChoiceList

if TYPE_CHECKING:
    from srg_guide.guidelines.citations import Question
    from srg_guide.guidelines.model import Module
    from srg_guide.ui.resources import Resources


class GuidelineScreen(Screen[None]):
    """Read guideline modules; links lead to other modules, type codes and tree questions."""

    TITLE = "Richtlijnen"
    HELP = (
        "Links staat de inhoud, rechts de uitleg. Typ in het zoekveld om te zoeken "
        "(kleine typefouten mogen). Kies een onderwerp met de pijltjes en Enter.\n\n"
        "Onder een onderwerp staat in welke vragen van de beslisboom het wordt gebruikt; "
        "kies er een om die vraag te zien. Met Alt+pijl links en rechts gaat u terug en vooruit."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Sluiten"),
        Binding("alt+left,ctrl+left", "history_back", "Vorige"),
        Binding("alt+right,ctrl+right", "history_forward", "Volgende"),
        Binding("slash,ctrl+f", "focus_search", "Zoeken"),
    ]

    def __init__(self, resources: Resources, reference: str | None = None) -> None:
        super().__init__()
        self.resources = resources
        self.library = resources.library
        self.history: list[str] = []
        self.future: list[str] = []
        self.current: str | None = None
        self.first_reference = reference

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="toc-pane"):
                yield Input(placeholder="Zoeken... ( / )", id="search", compact=True)
                yield OptionList(id="toc")
            with VerticalScroll(id="page"):
                yield Markdown(id="module", parser_factory=make_parser, open_links=False)
                yield Static("Gebruikt in vraag", classes="subtitle", id="cited-title")
                yield ChoiceList(id="cited-by")
        yield Footer()

    def on_mount(self) -> None:
        problems = self.library.problems
        if problems:
            more = f" (en nog {len(problems) - 1})" if len(problems) > 1 else ""
            self.notify(f"{problems[0]}{more}", title="Richtlijn overgeslagen", severity="warning")
        self.show_contents()
        first = self.first_reference or self._first_module_id()
        if first:
            self.open(first)
        self.query_one("#toc").focus()

    def _first_module_id(self) -> str | None:
        contents = self.library.table_of_contents()
        return contents[0][1][0].id if contents and contents[0][1] else None

    def show_contents(self) -> None:
        """Fill the left pane with the grouped table of contents."""
        toc = self.query_one("#toc", OptionList)
        toc.clear_options()
        for group, modules in self.library.table_of_contents():
            toc.add_option(Option(Text(group, style="bold"), disabled=True))
            for module in modules:
                toc.add_option(Option(_indented(module.title), id=module.id))

    def show_hits(self, hits: list[tuple[str, str]]) -> None:
        """Show search hits (reference, label) in the left pane."""
        toc = self.query_one("#toc", OptionList)
        toc.clear_options()
        if not hits:
            toc.add_option(Option("Niets gevonden", disabled=True))
        for reference, label in hits:
            toc.add_option(Option(Text(label), id=reference))
        toc.highlighted = 0 if hits else None

    def open(self, reference: str, *, remember: bool = True) -> None:
        """Show the module (and paragraph) named by ``reference``."""
        module_id, anchor = split_reference(reference)
        module = self.library.get(module_id)
        if module is None:
            self.notify(f"Onderwerp {module_id} bestaat niet.", severity="warning")
            return
        if remember and self.current is not None and self.current != reference:
            self.history.append(self.current)
            self.future.clear()
        self.current = reference
        self.sub_title = module.title
        self._highlight_in_contents(module.id)
        self._render_module(module, anchor)

    def _highlight_in_contents(self, module_id: str) -> None:
        toc = self.query_one("#toc", OptionList)
        try:
            toc.highlighted = toc.get_option_index(module_id)
        except OptionDoesNotExist:
            return

    def _render_module(self, module: Module, anchor: str | None) -> None:
        citations = self.resources.citations
        questions = [q for q in citations.cited_by(module.id) if q.kind != "outcome"]
        cited = self.query_one("#cited-by", ChoiceList)
        cited.set_choices([_cited_choice(q, module) for q in questions])
        cited.display = bool(questions)
        self.query_one("#cited-title").display = bool(questions)
        self.query_one("#page", VerticalScroll).scroll_home(animate=False)
        section = module.section(anchor) if anchor else None
        heading = module.sections.index(section) if section else None
        self._show_module(module_markdown(module, citations, closing_section=False), heading)

    @work(group="module")
    async def _show_module(self, text: str, heading: int | None) -> None:
        """Render the module; once it is mounted, scroll to the cited paragraph's heading."""
        await self.query_one("#module", Markdown).update(text)
        if heading is not None:
            self.call_after_refresh(self._goto_heading, heading)

    def _goto_heading(self, index: int) -> None:
        """Scroll the ``index``-th heading of the module (its sections in order) to the top."""
        headings = self.query_one("#module", Markdown).query_children("MarkdownHeader")
        if index < len(headings):
            headings[index].scroll_visible(top=True, animate=False)

    @on(OptionList.OptionSelected, "#toc")
    def _toc_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.open(event.option.id)

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value.strip():
            self.run_search(event.value)
        else:
            self.show_contents()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.query_one("#toc").focus()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, text: str) -> None:
        """Search guidelines in the core index (off the UI thread) and list the hits."""
        try:
            hits = self.resources.search_guidelines(text)
        except SrgGuideError as exc:
            self.app.call_from_thread(self.notify, str(exc), title=exc.title, severity="error")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_hits, hits)

    @on(Markdown.LinkClicked)
    def _link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        link = classify(event.href, "", 0, self.current_module_id)
        target = self.resources.guideline_for_link(link)
        if target is not None:
            self.open(target)
        elif link.kind == "question":
            self.show_question(link.target)
        elif link.kind == "infographic":
            from srg_guide.ui.screens.infographic import InfographicScreen

            self.app.push_screen(InfographicScreen(self.resources, link.target))
        elif link.kind == "external":
            self.app.open_url(link.target)

    @property
    def current_module_id(self) -> str:
        return split_reference(self.current or "")[0]

    @on(ChoiceList.Chosen, "#cited-by")
    def _question_chosen(self, message: ChoiceList.Chosen) -> None:
        message.stop()
        self.show_question(message.choice_id)

    def show_question(self, question_id: str) -> None:
        """Open a tree question that cites this guideline; Escape comes back here."""
        from srg_guide.ui.app import SrgGuideApp

        if isinstance(self.app, SrgGuideApp):
            self.app.open_target(f"vraag:{question_id}")

    def action_history_back(self) -> None:
        if self.history and self.current:
            self.future.append(self.current)
            self.open(self.history.pop(), remember=False)

    def action_history_forward(self) -> None:
        if self.future and self.current:
            self.history.append(self.current)
            self.open(self.future.pop(), remember=False)

    def action_focus_search(self) -> None:
        self.query_one("#search").focus()

    def action_close(self) -> None:
        self.dismiss()


def _indented(title: str) -> Table:
    """A contents entry whose wrapped lines stay indented under its first."""
    grid = Table.grid(padding=0, expand=True)
    grid.add_column(width=2)
    grid.add_column(ratio=1)
    grid.add_row("", title)
    return grid


def _cited_choice(question: Question, module: Module) -> tuple[str, ...]:
    """(id, question on one line[, "bij: Kop" for the paragraph it cites])."""
    anchors = {r.anchor for r in question.guidelines if r.module_id == module.id and r.anchor}
    titles = [s.title for s in module.sections if s.anchor in anchors]
    text = " ".join(question.text.split())
    return (question.id, text, f"bij: {', '.join(titles)}") if titles else (question.id, text)
