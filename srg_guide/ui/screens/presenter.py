"""PresenterScreen: a webinar view of the tree, one step per screen, answers revealed on a key.

Live: the presenter answers with 1-9. Replay: a scenario fixture supplies the answers and
each key press first reveals the answer, then moves on. Quiz: the audience votes first.
No case reference or other personal field is ever shown here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from srg_guide.tree.model import Outcome
from srg_guide.tree.scenario import answer_for
from srg_guide.tree.session import TreeSession

if TYPE_CHECKING:
    from srg_guide.tree.scenario import Scenario
    from srg_guide.ui.resources import Resources

LETTERS = "ABCDEFGHI"


class PresenterScreen(Screen[None]):
    """Large, calm slides of a walk through the decision tree."""

    TITLE = "Presentatie"
    HELP = (
        "Presentatiemodus voor een webinar: één stap per scherm, in grote letters.\n\n"
        "- **Spatie** of **pijl rechts**: toon het antwoord, en daarna de volgende stap.\n"
        "- **Pijl links**: een stap terug.\n"
        "- **1 tot en met 9**: kies zelf een antwoord (live, of als het voorbeeld er geen heeft).\n"
        "- **q**: quiz aan of uit: het publiek raadt eerst.\n\n"
        "Persoonlijke gegevens, zoals een dossiernummer, worden hier nooit getoond. "
        "Tip: in de browser (srg-guide serve) maakt Ctrl en + de letters nog groter."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,right", "next", "Verder"),
        Binding("left", "previous", "Terug"),
        Binding("q", "toggle_quiz", "Quiz aan/uit"),
        Binding("escape", "close", "Sluiten"),
    ]

    def __init__(
        self, resources: Resources, scenario: Scenario | None = None, *, quiz: bool = False
    ) -> None:
        super().__init__()
        self.resources = resources
        self.scenario = scenario
        self.quiz = quiz
        self.session = TreeSession(resources.tree)
        self.revealed = False
        self.finished = False

    def compose(self) -> ComposeResult:
        with Center(id="slide-box"), Vertical(id="slide"):
            yield Static(id="slide-kicker", markup=False)
            yield Static(id="slide-title", markup=False)
            yield Static(id="slide-body", markup=False)
            yield Static(id="slide-prompt", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.show_step()

    @property
    def planned_answer(self) -> str | None:
        """The scenario's answer to the current question, if replaying."""
        if self.scenario is None:
            return None
        return answer_for(self.session.current, self.scenario.answers)

    def show_step(self) -> None:
        """Draw the current slide from the session and the reveal state."""
        node = self.session.current
        step_number = len(self.session.steps) + 1
        source = f"Voorbeeld: {self.scenario.name}" if self.scenario else "Live"
        mode = " · quiz" if self.quiz else ""
        self._set("#slide-kicker", f"{source}{mode} · stap {step_number}")
        if isinstance(node, Outcome):
            self._show_outcome(node)
            return
        self._set("#slide-title", node.text)
        chosen = self.planned_answer if self.revealed else None
        body = Table.grid(padding=(0, 2, 0, 0), expand=True)
        body.add_column(width=3, no_wrap=True)
        body.add_column(ratio=1)
        roomy = not self.has_class("-narrow")
        for index, option in enumerate(node.choices):
            mark = LETTERS[index] if self.quiz else str(index + 1)
            if index and roomy:
                body.add_row("", "")
            if option.id == chosen:
                label = Text(f"{option.label}   ← antwoord", style="bold reverse")
                body.add_row(Text(f"► {mark}", style="bold reverse"), label)
            else:
                style = "dim" if chosen else ""
                body.add_row(Text(f"  {mark}", style=style), Text(option.label, style=style))
        self.query_one("#slide-body", Static).update(body)
        self._set("#slide-prompt", self._prompt(revealed=chosen is not None))

    def on_resize(self) -> None:
        self.show_step()

    def _prompt(self, *, revealed: bool) -> str:
        if revealed:
            return "Spatie: volgende stap"
        if self.scenario is None or self.planned_answer is None:
            return "Kies een antwoord met 1 tot en met 9"
        if self.quiz:
            return "Wat denkt u? Stem nu. Spatie: toon het antwoord"
        return "Spatie: toon het antwoord"

    def _show_outcome(self, outcome: Outcome) -> None:
        if not self.revealed:
            question = "Wat is de uitkomst? Telt het mee, en met welke code?"
            self._set("#slide-title", question if self.quiz else "De uitkomst")
            self._set("#slide-body", "")
            self._set("#slide-prompt", "Spatie: toon de uitkomst")
            return
        codes = self.resources.codes
        parts = [outcome.headline]
        entry = codes.get(outcome.type)
        if entry is not None:
            parts.append(f"Type voorziening: {entry.name} (code {entry.code_text})")
        doel = self.session.doel
        if doel and outcome.counts:
            parts.append(f"Doel inzet {doel}: {codes.doel_name(doel)}")
        parts.append(outcome.explanation)
        self._set("#slide-title", outcome.title)
        self._set("#slide-body", "\n\n".join(p for p in parts if p))
        self._set("#slide-prompt", "Einde van dit voorbeeld. Escape: sluiten")
        self.finished = True

    def _set(self, selector: str, text: str) -> None:
        self.query_one(selector, Static).update(text)

    def action_next(self) -> None:
        """Reveal the answer, or go to the next step once it is shown."""
        node = self.session.current
        if isinstance(node, Outcome) or (not self.revealed and self.planned_answer is not None):
            self.revealed = True
        elif self.revealed and self.planned_answer is not None:
            self.session.answer(self.planned_answer)
            self.revealed = False
        self.show_step()

    def on_key(self, event: events.Key) -> None:
        character = event.character
        node = self.session.current
        if not character or character not in "123456789" or isinstance(node, Outcome):
            return
        index = int(character) - 1
        if index < len(node.choices):
            self.session.answer(node.choices[index].id)
            self.revealed = False
            self.show_step()

    def action_previous(self) -> None:
        if self.revealed:
            self.revealed = False
        elif self.session.steps:
            self.session.back()
        self.finished = False
        self.show_step()

    def action_toggle_quiz(self) -> None:
        self.quiz = not self.quiz
        self.show_step()

    def action_close(self) -> None:
        self.dismiss()
