"""PresenterStartScreen: choose a live walk or a scenario to replay, with or without quiz."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from srg_guide.tree.scenario import Scenario, load_scenarios
from srg_guide.ui.live_room import RoomKeeper
from srg_guide.ui.screens.presenter import PresenterScreen
from srg_guide.ui.widgets.choice_list import ChoiceList

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources

LIVE = "live"


class PresenterStartScreen(Screen[None]):
    """Pick what to present, from a full-height list with a line of context per example."""

    TITLE = "Presentatie"
    CSS_PATH = "presenter.tcss"
    HELP = (
        "Kies **Live** om de beslisboom samen met het publiek te doorlopen, of kies een "
        "voorbeeld om stap voor stap af te spelen. Met q zet u de quiz aan: het publiek raadt "
        "dan eerst het antwoord. In de presentatie opent l een live zaal waarin het publiek "
        "stemt, en gaat n naar het volgende voorbeeld."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "toggle_quiz", "Quiz aan/uit"),
        Binding("escape", "close", "Sluiten", show=False),
    ]

    def __init__(self, resources: Resources, folder: Path | None, *, quiz: bool = False) -> None:
        super().__init__()
        self.resources = resources
        self.quiz = quiz
        self.keeper = RoomKeeper(resources.options.live_host, resources.options.live_port)
        self.scenarios: list[Scenario] = []
        if folder is not None and folder.is_dir():
            self.scenarios, _problems = load_scenarios(folder)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="presenter-start"):
            yield Static("Wat wilt u laten zien?", classes="title")
            yield Static(id="quiz-state", classes="muted")
            choices: list[tuple[str, ...]] = [
                (LIVE, "Live: de beslisboom samen doorlopen", "U kiest zelf de antwoorden.")
            ]
            for index, scenario in enumerate(self.scenarios):
                hint = " ".join(scenario.description.split()) or "Voorbeeld om af te spelen."
                choices.append((str(index), f"Voorbeeld {index + 1}: {scenario.name}", hint))
            yield ChoiceList(choices, id="presentations")
        yield Footer()

    def on_mount(self) -> None:
        self._show_quiz_state()
        self.query_one(ChoiceList).focus()

    def _show_quiz_state(self) -> None:
        state = "aan: het publiek raadt eerst" if self.quiz else "uit"
        self.query_one("#quiz-state", Static).update(f"Quiz {state} (toets q)")

    @on(ChoiceList.Chosen, "#presentations")
    def _presentation_chosen(self, message: ChoiceList.Chosen) -> None:
        message.stop()
        scenario = None if message.choice_id == LIVE else self.scenarios[int(message.choice_id)]
        self.app.push_screen(
            PresenterScreen(
                self.resources,
                scenario,
                quiz=self.quiz,
                examples=self.scenarios,
                keeper=self.keeper,
            )
        )

    def action_toggle_quiz(self) -> None:
        self.quiz = not self.quiz
        self._show_quiz_state()

    async def action_close(self) -> None:
        await self.keeper.close()
        self.dismiss()

    async def on_unmount(self) -> None:
        await self.keeper.close()
