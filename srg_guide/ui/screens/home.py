"""HomeScreen: the three modes, presenter mode and recent sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from srg_guide.ui.modes import MODES
from srg_guide.ui.widgets.choice_list import ChoiceList

if TYPE_CHECKING:
    from srg_guide.ui.app import SrgGuideApp


class HomeScreen(Screen[None]):
    """Start screen: pick a mode or resume a saved session."""

    TITLE = "Start"
    HELP = (
        "srg-guide helpt gemeenten bij de **Statistiek Re-integratie door Gemeenten** (SRG) "
        "van het CBS.\n\n"
        "- **Beslisboom**: beantwoord vragen en krijg te zien of een voorziening meetelt, "
        "met type en doel.\n"
        "- **Richtlijnen**: lees de uitleg per onderwerp, met zoeken.\n"
        "- **Bestandscontrole**: controleer een leverbestand en bekijk de bevindingen.\n"
        "- **Presentatiemodus**: grote tekst, één stap per scherm, voor een webinar.\n"
        "- **Voorzieningenregister**: beoordeel elke lokale voorziening één keer, voor het "
        "hele team.\n"
        "- **Dashboard**: de aantallen van eerdere controles per maand en kwartaal.\n\n"
        "Kies met de cijfers 1 tot en met 6, of met de pijltjes en Enter. "
        "Met Ctrl+P zoekt u in alles: richtlijnen, vragen, codes en controles.\n\n"
        "**Bewaarde sessies**: elke beslisboom wordt na elk antwoord bewaard, zonder "
        "persoonsgegevens. Ga met Tab of de pijltjes naar de lijst en kies een sessie om verder "
        "te gaan; met Delete of x verwijdert u de gekozen sessie (na bevestiging)."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(mode.key, f"open('{mode.id}')", mode.title, show=False) for mode in MODES),
        Binding("delete,x", "delete_session", "Sessie verwijderen"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Static(
                "Hulp bij de Statistiek Re-integratie door Gemeenten (SRG) van het CBS.",
                classes="muted",
                id="intro",
            )
            yield Static("Wat wilt u doen?", classes="title")
            yield ChoiceList([(mode.id, mode.title, mode.summary) for mode in MODES], id="modes")
            yield Static(
                "Bewaarde sessies (dossier · datum · uitkomst)",
                classes="subtitle",
                id="recent-title",
            )
            yield ChoiceList(id="recent")
        yield Footer()

    def on_screen_resume(self) -> None:
        self.show_sessions()

    def show_sessions(self) -> None:
        """List the saved sessions, newest first; hide the list when there are none."""
        from srg_guide.ui.sessions import list_sessions

        saved = list_sessions()
        recent = self.query_one("#recent", ChoiceList)
        self.labels = {str(item.path): item.label for item in saved}
        recent.set_choices(list(self.labels.items()))
        recent.display = bool(saved)
        self.query_one("#recent-title").display = bool(saved)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "delete_session":
            return self.query_one("#recent", ChoiceList).has_focus
        return True

    def action_delete_session(self) -> None:
        """Delete the highlighted session, after a yes."""
        from pathlib import Path

        from srg_guide.ui.screens.confirm import ConfirmDialog
        from srg_guide.ui.sessions import delete_session

        recent = self.query_one("#recent", ChoiceList)
        if recent.highlighted is None:
            return
        option = recent.get_option_at_index(recent.highlighted)
        path = Path(str(option.id))

        def answered(yes: bool | None) -> None:
            if yes:
                delete_session(path)
                self.show_sessions()
                self.notify("Sessie verwijderd.")

        self.app.push_screen(
            ConfirmDialog(
                "Sessie verwijderen?",
                f"{self.labels.get(str(path), path.name)}\n\nDe antwoorden van deze sessie "
                "worden definitief verwijderd.",
                "Ja, verwijderen",
            ),
            answered,
        )

    @on(ChoiceList.Chosen, "#modes")
    def _mode_chosen(self, message: ChoiceList.Chosen) -> None:
        self.action_open(message.choice_id)

    @on(ChoiceList.Chosen, "#recent")
    def _session_chosen(self, message: ChoiceList.Chosen) -> None:
        # Back on this screen later, digits pick a mode again, not another session.
        self.query_one("#modes", ChoiceList).focus()
        self.srg_app.resume_session(message.choice_id)

    def action_open(self, mode: str) -> None:
        self.srg_app.open_mode(mode)

    @property
    def srg_app(self) -> SrgGuideApp:
        from srg_guide.ui.app import SrgGuideApp

        assert isinstance(self.app, SrgGuideApp)
        return self.app
