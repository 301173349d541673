"""OutcomeScreen: the verdict with code, doel and explanation; export or copy the rationale."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Label, Markdown, Static

from srg_guide.guidelines.markdown import make_parser
from srg_guide.tree.rationale import Rationale, build_rationale, render, to_markdown

if TYPE_CHECKING:
    from srg_guide.tree.session import TreeSession
    from srg_guide.ui.resources import Resources

VERDICTS: dict[bool | None, tuple[str, str]] = {
    True: ("Telt mee voor de SRG", "counts-yes"),
    False: ("Telt niet mee voor de SRG", "counts-no"),
    None: ("Nog niet te beslissen", "counts-unknown"),
}
RATIONALE_EXPORTS = (("Markdown", "md"), ("Platte tekst", "txt"), ("JSON", "json"))


class OutcomeScreen(Screen[str | None]):
    """Returns "new" for a new walk, "review" to change answers, None to stop."""

    TITLE = "Uitkomst"
    HELP = (
        "Dit is de uitkomst van de beslisboom, met het type voorziening, het doel inzet en "
        "de uitleg. Daaronder staat het pad: elke vraag met uw antwoord.\n\n"
        "Met e slaat u de onderbouwing op (Markdown, tekst of JSON) of downloadt u die in de "
        "browser; met k kopieert u hem. Een dossiernummer is niet verplicht en komt alleen in "
        "de onderbouwing, nooit in een opgeslagen sessie."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Onderbouwing opslaan"),
        Binding("k", "copy", "Kopiëren"),
        Binding("w", "review", "Wijzigen"),
        Binding("n", "new", "Opnieuw"),
        Binding("s", "save", "Sessie opslaan"),
        Binding("escape", "close", "Sluiten", show=False),
    ]

    def __init__(self, resources: Resources, session: TreeSession) -> None:
        super().__init__()
        self.resources = resources
        self.session = session

    def compose(self) -> ComposeResult:
        outcome = self.session.outcome
        counts = outcome.counts if outcome else None
        banner, verdict_class = VERDICTS[counts]
        yield Header()
        with VerticalScroll(id="outcome"):
            yield Static(banner, id="verdict", classes=verdict_class)
            yield Markdown(to_markdown(self.rationale()), parser_factory=make_parser)
            with Horizontal(classes="field"):
                yield Label("Dossier (optioneel)", classes="field-label")
                yield Input(placeholder="alleen voor de onderbouwing", id="case-reference")
        yield Footer()

    def rationale(self) -> Rationale:
        """The core's rationale for this session, with the case reference if one was typed."""
        reference = None
        if self.is_mounted:
            reference = self.query_one("#case-reference", Input).value.strip() or None
        return build_rationale(
            self.session,
            self.resources.codes,
            on=self.resources.options.as_of,
            case_reference=reference,
            library=self.resources.library,
        )

    def render_rationale(self, fmt: str) -> str:
        """The rationale in one of the core's formats (md, txt, json)."""
        return render(self.rationale(), fmt)

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_export(self) -> None:
        from srg_guide.ui.screens.export import ExportDialog, ExportFormat

        formats = [
            ExportFormat(label, fmt, partial(self.render_rationale, fmt))
            for label, fmt in RATIONALE_EXPORTS
        ]
        stem = f"onderbouwing-{self.session.outcome.id if self.session.outcome else 'srg'}"
        self.app.push_screen(ExportDialog("Onderbouwing opslaan", formats, stem, Path.cwd()))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(to_markdown(self.rationale()))
        self.notify("Onderbouwing gekopieerd (Markdown).")

    def action_save(self) -> None:
        from srg_guide.ui.sessions import new_session_path

        path = new_session_path()
        self.session.save(path)
        self.notify(f"Sessie opgeslagen ({path.name}).")

    def action_review(self) -> None:
        self.dismiss("review")

    def action_new(self) -> None:
        self.dismiss("new")

    def action_close(self) -> None:
        """Escape leaves the case-reference field first, then the screen."""
        if isinstance(self.focused, Input):
            self.query_one(VerticalScroll).focus()
            return
        self.dismiss(None)
