"""SrgGuideApp: the Textual front end over the tree, guidelines and checks cores."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandPalette
from textual.screen import Screen

from srg_guide.errors import SrgGuideError
from srg_guide.ui.keys import help_keys
from srg_guide.ui.modes import MODES_BY_ID
from srg_guide.ui.options import AppOptions
from srg_guide.ui.palette import SearchProvider
from srg_guide.ui.resources import Resources
from srg_guide.ui.screens.home import HomeScreen
from srg_guide.ui.theme import LIGHT_THEME_NAME, SRG_LIGHT

LIGHT_THEME = LIGHT_THEME_NAME
DARK_THEME = "textual-dark"
PRELOAD_DELAY = 0.5  # seconds after the first screen is drawn

__all__ = ["AppOptions", "SrgGuideApp"]


class SrgGuideApp(App[None]):
    """Beslisboom, Richtlijnen, Bestandscontrole and presenter mode in one app."""

    TITLE = "srg-guide"
    SUB_TITLE = "Statistiek Re-integratie door Gemeenten"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {SearchProvider}

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Stoppen", show=False, priority=True),
        Binding("f1", "help", "Hulp"),
        Binding("f2", "toggle_theme", "Licht/donker", show=False),
        Binding("ctrl+p", "command_palette", "Zoeken", show=False, priority=True),
    ]

    def __init__(self, options: AppOptions | None = None) -> None:
        super().__init__()
        self.options = options or AppOptions()
        self.resources = Resources(self.options)
        self.register_theme(SRG_LIGHT)
        self.theme = DARK_THEME

    def get_default_screen(self) -> HomeScreen:
        return HomeScreen()

    def on_mount(self) -> None:
        if self.options.start != "home":
            self.call_later(self.open_mode, self.options.start)

    def on_ready(self) -> None:
        """The first screen is drawn: now warm the caches, so opening a mode is instant."""
        if self.options.start == "home":
            self.set_timer(PRELOAD_DELAY, self._preload)

    def _preload(self) -> None:
        self.run_worker(self.resources.preload, thread=True, group="preload", exit_on_error=False)

    def open_mode(self, mode: str) -> None:
        """Push the first screen of ``mode`` (an id in srg_guide.ui.modes.MODES)."""
        try:
            screen = MODES_BY_ID[mode].first_screen(self.resources)
        except SrgGuideError as exc:
            self.show_error(exc)
            return
        self.push_screen(screen)

    def open_target(self, target: str, module_id: str = "") -> None:
        """Open a search target: a module, ``code:22``, ``vraag:<id>`` or ``regel:<code>``."""
        from srg_guide.ui.screens.guideline import GuidelineScreen
        from srg_guide.ui.screens.question_preview import QuestionPreviewScreen

        kind, _, name = target.partition(":")
        try:
            if kind == "vraag":
                self.push_screen(QuestionPreviewScreen(self.resources, name))
            elif module_id or not name:
                self.push_screen(GuidelineScreen(self.resources, module_id or target))
            else:
                self.notify(f"{name}: hier hoort geen richtlijn bij.")
        except SrgGuideError as exc:
            self.show_error(exc)

    def resume_session(self, path: str) -> None:
        """Open a saved session where it was left."""
        from srg_guide.ui.screens.question import QuestionScreen
        from srg_guide.ui.sessions import Walk, load_walk, saved_labels

        try:
            session = load_walk(Path(path), self.resources.tree)
        except SrgGuideError as exc:
            self.show_error(exc)
            return
        if session.verdict is not None:
            session.back()
        dossier, note = saved_labels(Path(path))
        walk = Walk(session, Path(path), dossier, note)
        self.push_screen(QuestionScreen(self.resources, session, walk))

    @on(events.DeliveryComplete)
    def _export_delivered(self, event: events.DeliveryComplete) -> None:
        from srg_guide.ui.screens.export import DELIVERY_NAME

        if event.name == DELIVERY_NAME:
            where = f"Opgeslagen: {event.path}" if event.path else "Download gestart."
            self.notify(where, title="Exporteren")

    @on(events.DeliveryFailed)
    def _export_failed(self, event: events.DeliveryFailed) -> None:
        from srg_guide.ui.screens.export import DELIVERY_NAME

        if event.name == DELIVERY_NAME:
            self.notify("Het bestand kon niet worden geleverd.", severity="error")

    def show_error(self, exc: SrgGuideError) -> None:
        """A Dutch error dialog naming file and line; never a traceback."""
        from srg_guide.ui.screens.error import ErrorScreen

        self.push_screen(ErrorScreen(exc.title, str(exc)))

    def action_command_palette(self) -> None:
        """Ctrl+P: search everything, with a Dutch prompt."""
        if not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(
                CommandPalette(
                    placeholder="Zoek in richtlijnen, vragen, codes en controles...",
                    id="--command-palette",
                )
            )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The app's own commands in the palette, in Dutch."""
        yield SystemCommand("Hulp", "Uitleg en toetsen van dit scherm (F1)", self.action_help)
        yield SystemCommand(
            "Licht of donker", "Wissel het kleurenschema (F2)", self.action_toggle_theme
        )
        yield SystemCommand(
            "Thema kiezen", "Kies een ander kleurenschema", self.action_change_theme
        )
        yield SystemCommand(
            "Wat is er veranderd", "Wijzigingen in richtlijnen en beslisboom", self.action_changes
        )
        yield SystemCommand(
            "Infographic", "Traject, voorziening en activiteit", self.action_infographic
        )
        yield SystemCommand("Stoppen", "Sluit srg-guide (Ctrl+Q)", self.action_quit)

    def action_changes(self) -> None:
        """Open "Wat is er veranderd"."""
        from srg_guide.ui.screens.changes import ChangesScreen

        try:
            self.push_screen(ChangesScreen(self.resources))
        except SrgGuideError as exc:
            self.show_error(exc)

    def action_infographic(self) -> None:
        """Open the traject/voorziening/activiteit infographic."""
        from srg_guide.ui.screens.infographic import InfographicScreen

        self.push_screen(InfographicScreen(self.resources))

    def action_help(self) -> None:
        """Show the help of the current screen with its active keys, in Dutch."""
        from srg_guide.ui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        keys = help_keys(screen.active_bindings)
        title = str(getattr(screen, "TITLE", None) or screen.__class__.__name__)
        self.push_screen(HelpScreen(title, screen.HELP or "", keys))

    def action_toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME
