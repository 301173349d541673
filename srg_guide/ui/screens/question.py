"""QuestionScreen: one question of the decision tree, with its options and cited guideline."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Markdown, Static

from srg_guide.guidelines.links import classify, split_reference
from srg_guide.guidelines.markdown import make_parser
from srg_guide.tree.model import UNKNOWN_OPTION_ID, Outcome
from srg_guide.ui.widgets.breadcrumb import Breadcrumb
from srg_guide.ui.widgets.choice_list import ChoiceList

if TYPE_CHECKING:
    from srg_guide.tree.session import TreeSession
    from srg_guide.ui.resources import Resources
    from srg_guide.ui.screens.review import ReviewResult
    from srg_guide.ui.sessions import Walk


class QuestionScreen(Screen[None]):
    """Walk the tree: answer, go back, review and change answers, reach an outcome."""

    TITLE = "Beslisboom"
    AUTO_FOCUS = "#choices"  # never a table in the guideline pane: digits must answer
    HELP = (
        "Beantwoord de vraag met de cijfers 1 tot en met 9, of met de pijltjes en Enter. "
        "Weet u het antwoord niet? Kies **Weet ik niet**: de boom gaat zo mogelijk verder en "
        "noteert een open punt. De uitkomst zegt dan onder welke voorwaarde het meetelt, en "
        "met x slaat u een escalatienotitie op om voor te leggen.\n\n"
        "Met Backspace of pijl links gaat u een vraag terug; uw antwoorden blijven bewaard "
        "en worden opnieuw voorgesteld. Met o ziet u alle antwoorden en kunt u er een wijzigen. "
        "Met g leest u de richtlijn bij deze vraag.\n\n"
        "Elk antwoord wordt meteen bewaard. Met Escape gaat u naar het startscherm; daar staat "
        "deze sessie en kunt u later verder gaan."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("backspace,left,t", "back", "Terug"),
        Binding("g", "guideline", "Richtlijn"),
        Binding("o", "review", "Overzicht"),
        Binding("s", "save", "Opslaan", show=False),
        Binding("escape", "close", "Startscherm"),
    ]

    def __init__(
        self, resources: Resources, session: TreeSession, walk: Walk | None = None
    ) -> None:
        from srg_guide.ui.sessions import Walk

        super().__init__()
        self.resources = resources
        self.session = session
        self.walk = walk or Walk(session)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Breadcrumb(id="breadcrumb", markup=False)
        with Horizontal(id="question-layout"):
            with Vertical(id="question-pane"):
                yield Static(id="question-text", markup=False)
                yield Static(id="question-help", classes="muted", markup=False)
                yield ChoiceList(id="choices")
            with VerticalScroll(id="guideline-pane"):
                yield Static(id="guideline-title", classes="subtitle", markup=False)
                yield Markdown(
                    id="guideline-paragraph", parser_factory=make_parser, open_links=False
                )
                yield Static("g: lees de hele richtlijn", classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        for problem in self.resources.tree_problems:
            self.notify(str(problem), title="Beslisboom overgeslagen", severity="warning")
        self.after_step()  # a resumed session may already be at its outcome

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.refresh_question()

    def refresh_question(self) -> None:
        """Redraw from the session: the current question or note, its options, its guideline."""
        node = self.session.current
        if isinstance(node, Outcome):
            return
        self.query_one(Breadcrumb).show([step.answer for step in self.session.steps])
        self.query_one("#question-text", Static).update(node.text)
        help_text = self.query_one("#question-help", Static)
        help_text.update(node.help)
        help_text.display = bool(node.help)
        choices = self.query_one("#choices", ChoiceList)
        choices.set_choices(
            [(option.id, option.label) for option in node.choices],
            highlight=self.session.kept_answer(),
        )
        choices.focus()
        self._show_guideline(node.guidelines)

    def _show_guideline(self, references: tuple[str, ...]) -> None:
        """The first cited paragraph: its title and its text, not the module's opening."""
        pane = self.query_one("#guideline-pane")
        paragraph = self.resources.library.paragraph(references[0]) if references else None
        pane.display = paragraph is not None
        if paragraph is None:
            return
        self.query_one("#guideline-title", Static).update(f"Uit de richtlijn: {paragraph.title}")
        self.query_one("#guideline-paragraph", Markdown).update(paragraph.markdown)
        pane.scroll_home(animate=False)

    @on(Markdown.LinkClicked, "#guideline-paragraph")
    def _paragraph_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """A link in the cited paragraph opens that guideline (or a type's module)."""
        from srg_guide.ui.screens.guideline import GuidelineScreen

        event.stop()
        references = self.session.current.guidelines
        module_id = split_reference(references[0])[0] if references else ""
        target = self.resources.guideline_for_link(classify(event.href, "", 0, module_id))
        if target is not None:
            self.app.push_screen(GuidelineScreen(self.resources, target))

    @on(ChoiceList.Chosen, "#choices")
    def _answer_chosen(self, message: ChoiceList.Chosen) -> None:
        message.stop()
        asked = self.session.current
        text = "" if isinstance(asked, Outcome) else " ".join(asked.text.split())
        self.session.answer(message.choice_id)
        self.walk.autosave(self.notify)
        if message.choice_id == UNKNOWN_OPTION_ID and not isinstance(self.session.current, Outcome):
            self.notify(
                f"Open punt genoteerd: {text} De uitkomst zegt onder welke voorwaarde het meetelt.",
                title="Weet ik niet",
            )
        self.after_step()

    def after_step(self) -> None:
        """Show the next question, or the review once an outcome is reached."""
        if self.session.in_review:
            self.action_review()
        else:
            self.refresh_question()

    def action_back(self) -> None:
        if not self.session.steps:
            self.dismiss()
            return
        self.session.back()
        self.walk.autosave(self.notify)
        self.refresh_question()

    def action_review(self) -> None:
        from srg_guide.ui.screens.review import ReviewScreen

        if self.session.steps:
            self.app.push_screen(ReviewScreen(self.resources, self.walk), self._reviewed)

    def _reviewed(self, result: ReviewResult | None) -> None:
        if result is not None and result.after_outcome is not None:
            self._outcome_closed(result.after_outcome)
            return
        if result is not None and result.change:
            self.session.change(result.change)
            self.walk.autosave(self.notify)
        elif self.session.in_review:
            self.session.back()
        self.refresh_question()

    def _outcome_closed(self, go_on: str) -> None:
        from srg_guide.ui.sessions import Walk

        if go_on == "new":
            self.session.restart()
            self.walk = Walk(self.session)  # the old walk stays saved with its outcome
            self.refresh_question()
        elif go_on == "review":
            self.session.back()
            self.walk.autosave(self.notify)
            self.action_review()
        else:
            self.dismiss()

    def action_guideline(self) -> None:
        from srg_guide.ui.screens.guideline import GuidelineScreen

        node = self.session.current
        if node.guidelines:
            self.app.push_screen(GuidelineScreen(self.resources, node.guidelines[0]))

    def action_save(self) -> None:
        self.walk.autosave(self.notify)
        self.notify(f"Sessie bewaard op het startscherm ({self.walk.path}).")

    def action_close(self) -> None:
        """Escape: the answers are saved already; say so when there are any."""
        self.walk.autosave(self.notify)
        if self.walk.path.exists():
            self.notify("Uw antwoorden zijn bewaard. Ga verder via het startscherm.")
        self.dismiss()
