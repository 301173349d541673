"""PresenterScreen: a webinar view of the tree, one step per screen, answers revealed on a key.

Live walk: the presenter picks an answer with A-I (or 1-9); it is revealed with why.
Replay: a scenario supplies the answers; space first reveals the answer, then moves on.
Quiz: the audience guesses first; ``l`` opens a live room where they vote from a browser.
No case reference or other personal field is ever shown here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from srg_guide.errors import os_reason
from srg_guide.tree.model import Outcome, Question
from srg_guide.tree.scenario import answer_for
from srg_guide.tree.session import TreeSession
from srg_guide.ui.live_room import RoomKeeper
from srg_guide.ui.widgets.big_text import BigText
from srg_guide.ui.widgets.live_tally import LiveTally
from srg_guide.webinar.steps import step_at

if TYPE_CHECKING:
    from srg_guide.live.server import LiveServer
    from srg_guide.tree.scenario import Scenario
    from srg_guide.ui.resources import Resources

LETTERS = "ABCDEFGHI"
LIVE_REFRESH = 0.25  # seconds between tally redraws while votes come in


def choice_range(count: int) -> str:
    """ "A tot en met D" for four choices."""
    return f"A tot en met {LETTERS[count - 1]}" if count > 1 else "A"


def big_verdict(outcome: Outcome, *, conditional: bool) -> str:
    """The outcome in a few words for the block letters; never a bare "telt niet mee" for a
    traject or an activiteit (their authored verdict says what to deliver instead)."""
    if outcome.verdict:
        return {"traject": "Lever apart", "activiteit": "Niet apart"}.get(
            outcome.level or "", "Let op"
        )
    if outcome.counts is None:
        return "Nog open"
    words = "Telt mee" if outcome.counts else "Telt niet mee"
    return f"{words}, mits" if conditional else words


class PresenterScreen(Screen[None]):
    """Large, calm slides of a walk through the decision tree."""

    TITLE = "Presentatie"
    CSS_PATH = "presenter.tcss"
    HELP = (
        "Presentatiemodus voor een webinar: één stap per scherm, in grote letters.\n\n"
        "- **Spatie** of **pijl rechts**: toon het antwoord met de uitleg, daarna de volgende "
        "stap.\n"
        "- **Pijl links**: een stap terug.\n"
        "- **A, B, C, ...** (of 1, 2, 3, ...): kies zelf een antwoord; het wordt getoond met "
        "de uitleg.\n"
        "- **n**: het volgende voorbeeld.\n"
        "- **q**: quiz aan of uit: het publiek raadt eerst.\n"
        "- **l**: open een live zaal: het publiek stemt in de eigen browser met de zaalcode.\n\n"
        "Persoonlijke gegevens, zoals een dossiernummer, worden hier nooit getoond. "
        "Tip: in de browser (srg-guide serve) maakt Ctrl en + de letters nog groter."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,right", "next", "Verder"),
        Binding("left", "previous", "Terug"),
        Binding("n", "next_example", "Volgend voorbeeld"),
        Binding("q", "toggle_quiz", "Quiz aan/uit"),
        Binding("l", "open_room", "Live zaal"),
        Binding("escape", "close", "Sluiten"),
    ]

    def __init__(
        self,
        resources: Resources,
        scenario: Scenario | None = None,
        *,
        quiz: bool = False,
        examples: list[Scenario] | None = None,
        keeper: RoomKeeper | None = None,
    ) -> None:
        super().__init__()
        self.resources = resources
        self.scenario = scenario
        self.examples = examples or ([scenario] if scenario else [])
        self.quiz = quiz
        self.session = TreeSession(resources.tree)
        self.revealed = False
        self.finished = False
        self.picked: str | None = None
        options = resources.options
        self.keeper = keeper or RoomKeeper(options.live_host, options.live_port)
        self._owns_room = keeper is None
        self.live: LiveServer | None = None
        self._live_dirty = False
        self._room_step: tuple[int, str] | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="stage"):
            with VerticalScroll(id="slide-box"), Vertical(id="slide"):
                yield Static(id="slide-kicker", markup=False)
                yield BigText(id="slide-heading")
                yield Static(id="slide-title", markup=False)
                with Horizontal(id="slide-main"):
                    yield Static(id="slide-body", markup=False)
                    yield BigText(id="slide-answer")
                yield Static(id="slide-why", markup=False)
                yield Static(id="slide-prompt", markup=False)
            yield LiveTally(id="live")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#live").display = False
        self.set_interval(LIVE_REFRESH, self._refresh_live)
        self.show_step()
        if self.resources.options.live or self.keeper.server is not None:
            self.call_after_refresh(self.action_open_room)

    @property
    def planned_answer(self) -> str | None:
        """The answer to reveal: the scenario's, or the one the presenter picked."""
        if self.picked is not None:
            return self.picked
        if self.scenario is None:
            return None
        return answer_for(self.session.current, self.scenario.answers)

    # --- drawing -------------------------------------------------------------------------
    def show_step(self) -> None:
        """Draw the current slide from the session and the reveal state."""
        node = self.session.current
        source = f"Voorbeeld: {self.scenario.name}" if self.scenario else "Live"
        mode = " · quiz" if self.quiz else ""
        self._set("#slide-kicker", f"{source}{mode}")
        chosen = self.planned_answer if self.revealed else None
        step = step_at(self.session, chosen, self.resources.library, self.resources.codes)
        if isinstance(node, Outcome):
            self._show_outcome(node, step.verdict, step.why.lines())
            return
        self._set("#slide-title", node.text)
        body = Table.grid(padding=(0, 2, 0, 0), expand=True)
        body.add_column(width=3, no_wrap=True)
        body.add_column(ratio=1)
        roomy = not self.has_class("-narrow")
        for index, option in enumerate(node.choices):
            mark = LETTERS[index] if index < len(LETTERS) else ""
            if index and roomy:
                body.add_row("", "")
            if option.id == chosen:
                label = Text(f"{option.label}   ← antwoord", style="bold reverse")
                body.add_row(Text(f"► {mark}", style="bold reverse"), label)
            else:
                style = "dim" if chosen else ""
                body.add_row(Text(f"  {mark}", style=style), Text(option.label, style=style))
        self.query_one("#slide-body", Static).update(body)
        letter = ""
        if chosen is not None:
            ids = [o.id for o in node.choices]
            letter = LETTERS[ids.index(chosen)] if chosen in ids else ""
        self.query_one("#slide-answer", BigText).set_text(letter)
        heading = "Vraag" if isinstance(node, Question) else "Lees"
        self.query_one("#slide-heading", BigText).set_text(
            f"{heading} {len(self.session.steps) + 1}"
        )
        why = step.why.lines() if chosen is not None and isinstance(node, Question) else []
        self._set("#slide-why", "\n\n".join(["Waarom?", *why]) if why else "")
        self._set("#slide-prompt", self._prompt(revealed=chosen is not None))
        self._sync_room()

    def on_resize(self) -> None:
        self.show_step()

    def _prompt(self, *, revealed: bool) -> str:
        if revealed:
            return "Spatie: volgende stap"
        count = len(self.session.current.choices)
        if self.scenario is None or self.planned_answer is None:
            return f"Kies een antwoord met {choice_range(count)}"
        if self.quiz or self.live is not None:
            return f"Wat denkt u? Stem nu ({choice_range(count)}). Spatie: toon het antwoord"
        return "Spatie: toon het antwoord"

    def _show_outcome(self, outcome: Outcome, verdict: tuple[str, ...], why: list[str]) -> None:
        self.query_one("#slide-answer", BigText).set_text("")
        self._set("#slide-why", "")
        big = big_verdict(outcome, conditional=self.session.is_conditional)
        self.query_one("#slide-heading", BigText).set_text(big if self.revealed else "Uitkomst?")
        if not self.revealed:
            question = "Wat is de uitkomst? Telt het mee, en met welke code?"
            self._set("#slide-title", question if self.quiz else "De uitkomst")
            self._set("#slide-body", "")
            self._set("#slide-prompt", "Spatie: toon de uitkomst")
            return
        self._set("#slide-title", outcome.title)
        self._set("#slide-body", "\n\n".join(verdict))
        self._set("#slide-why", "\n\n".join(why))
        more = " · n: volgend voorbeeld" if self._next_example_index() is not None else ""
        self._set("#slide-prompt", f"Einde van dit voorbeeld{more} · Escape: sluiten")
        self.finished = True

    def _set(self, selector: str, text: str) -> None:
        self.query_one(selector, Static).update(text)

    # --- keys ----------------------------------------------------------------------------
    def action_next(self) -> None:
        """Reveal the answer, or go to the next step once it is shown."""
        node = self.session.current
        planned = self.planned_answer
        if isinstance(node, Outcome) or (not self.revealed and planned is not None):
            self.revealed = True
        elif self.revealed and planned is not None:
            self.session.answer(planned)
            self.revealed = False
            self.picked = None
        self.show_step()

    def on_key(self, event: events.Key) -> None:
        character = (event.character or "").upper()
        node = self.session.current
        if not character or isinstance(node, Outcome):
            return
        if character in LETTERS:
            index = LETTERS.index(character)
        elif character in "123456789":
            index = int(character) - 1
        else:
            return
        if index < len(node.choices):
            event.stop()
            self.picked = node.choices[index].id
            self.revealed = True
            self.show_step()

    def action_previous(self) -> None:
        if self.revealed:
            self.revealed = False
            self.picked = None
        elif self.session.steps:
            self.session.back()
        self.finished = False
        self.show_step()

    def _next_example_index(self) -> int | None:
        if self.scenario is None or self.scenario not in self.examples:
            return None
        index = self.examples.index(self.scenario) + 1
        return index if index < len(self.examples) else None

    def action_next_example(self) -> None:
        """Start the next example of the list from its first question."""
        index = self._next_example_index()
        if index is None:
            self.notify("Er is geen volgend voorbeeld.")
            return
        self.scenario = self.examples[index]
        self.session.restart()
        self.revealed = self.finished = False
        self.picked = None
        self.show_step()

    def action_toggle_quiz(self) -> None:
        self.quiz = not self.quiz
        self.show_step()

    # --- live room -----------------------------------------------------------------------
    async def action_open_room(self) -> None:
        """Open a live room in this app's event loop; participants join with the code."""
        if self.live is not None:
            return
        try:
            server = await self.keeper.open()
        except OSError as exc:
            self.notify(
                f"De live zaal kon niet openen op poort {self.keeper.port}: {os_reason(exc)}. "
                "Kies een andere poort met --port.",
                severity="error",
            )
            return
        self.live = server
        server.room.listeners.append(self._room_changed)
        self.query_one("#live").display = True
        self._room_step = None
        self.show_step()
        self._refresh_live(force=True)

    def _room_changed(self, _room: object, _kind: str) -> None:
        self._live_dirty = True

    def _refresh_live(self, force: bool = False) -> None:
        if self.live is None or not (self._live_dirty or force):
            return
        self._live_dirty = False
        from srg_guide.live.server import PUBLIC_WARNING

        warning = PUBLIC_WARNING if self.live.is_public else ""
        self.query_one(LiveTally).show_room(self.live.room, self.live.url, warning)

    def _sync_room(self) -> None:
        """Put the current question to the room, and reveal there what is revealed here."""
        if self.live is None:
            return
        node = self.session.current
        room = self.live.room
        if not isinstance(node, Question):
            return
        key = (len(self.session.steps), node.id)
        if key != self._room_step:
            room.show(node.text, [(o.id, o.label) for o in node.choices])
            self._room_step = key
        chosen = self.planned_answer if self.revealed else None
        if chosen is not None and room.reveal is None:
            step = step_at(self.session, chosen, self.resources.library)
            room.show_answer(chosen, " ".join(step.why.lines()))

    async def action_close(self) -> None:
        await self._stop_room()
        self.dismiss()

    async def on_unmount(self) -> None:
        await self._stop_room()

    async def _stop_room(self) -> None:
        """Leave the room; close it only when this screen opened it for itself."""
        if self.live is not None:
            server, self.live = self.live, None
            if self._room_changed in server.room.listeners:
                server.room.listeners.remove(self._room_changed)
            if self._owns_room:
                await self.keeper.close()
