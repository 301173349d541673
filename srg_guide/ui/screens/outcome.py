"""OutcomeScreen: the verdict, its conditions and open points; export the rationale or a note.

The rationale is drawn as one Static (Rich Markdown), not a Markdown widget tree: the
screen then opens about as fast as a bare screen switch (see bench/ui_bench.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.markdown import Markdown as RichMarkdown
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static

from srg_guide.tree.escalation import needs_escalation, render_escalation
from srg_guide.tree.model import ACTION_WALK_PARTS
from srg_guide.tree.rationale import Rationale, build_rationale, render, to_markdown

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources
    from srg_guide.ui.sessions import Walk

EXPORT_FORMATS = (("Markdown", "md"), ("Platte tekst", "txt"), ("JSON", "json"))


def verdict_class(r: Rationale) -> str:
    """The banner colour: green counts, red does not, amber open, conditional or split."""
    if r.action == ACTION_WALK_PARTS:
        return "counts-split"
    if r.counts is None or r.conditional:
        return "counts-unknown"
    return "counts-yes" if r.counts else "counts-no"


class OutcomeScreen(Screen[str | None]):
    """Returns "new" for a new walk, "review" to change answers, None to stop."""

    TITLE = "Uitkomst"
    AUTO_FOCUS = "#outcome"  # the scrolling rationale: keys go to the screen's bindings
    HELP = (
        "Dit is de uitkomst van de beslisboom, met het type voorziening, het doel inzet en "
        "de uitleg. Hangt de uitkomst af van een open punt, dan staat erbij onder welke "
        "voorwaarde het meetelt en wat de uitkomst anders is. Daaronder staat het pad: elke "
        "vraag met uw antwoord.\n\n"
        "Met e slaat u de onderbouwing op, met x de escalatienotitie (bij open punten), met k "
        "kopieert u de onderbouwing. Bestanden gaan naar uw map Documenten; de naam bevat het "
        "dossier. Is het een traject, dan start v een beslisboom voor elk onderdeel.\n\n"
        "Met d vult u een dossier en een opmerking in. Ze zijn niet verplicht en komen in de "
        "onderbouwing en in de bewaarde sessie; een BSN wordt altijd gemaskeerd."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "export", "Onderbouwing opslaan"),
        Binding("x", "export_escalation", "Escalatienotitie"),
        Binding("v", "walk_parts", "Elk onderdeel"),
        Binding("k", "copy", "Kopiëren", show=False),
        Binding("w", "review", "Wijzigen"),
        Binding("n", "new", "Opnieuw"),
        Binding("d", "edit_dossier", "Dossier"),
        Binding("escape", "close", "Sluiten", show=False),
    ]

    def __init__(self, resources: Resources, walk: Walk) -> None:
        super().__init__()
        self.resources = resources
        self.walk = walk
        self.session = walk.session
        self.escalation = False

    def compose(self) -> ComposeResult:
        r = self.rationale()
        self.escalation = needs_escalation(r)
        yield Header()
        with VerticalScroll(id="outcome"):
            yield Static(r.headline, id="verdict", classes=verdict_class(r), markup=False)
            if r.conditional:
                yield Static(r.summary, id="conditional", markup=False)
            if r.action == ACTION_WALK_PARTS or self.escalation:
                with Horizontal(id="outcome-actions"):
                    if r.action == ACTION_WALK_PARTS:
                        yield Button(
                            "Start een beslisboom voor elk onderdeel (v)",
                            id="walk-parts",
                            variant="primary",
                            compact=True,
                        )
                    if self.escalation:
                        yield Button("Escalatienotitie opslaan (x)", id="escalation", compact=True)
            yield Static(RichMarkdown(to_markdown(r)), id="rationale")
            yield Static(self.labels_text(), id="labels", classes="muted", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.walk.autosave(self.notify)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only the actions that fit this outcome."""
        outcome = self.session.outcome
        if action == "walk_parts":
            return outcome is not None and outcome.action == ACTION_WALK_PARTS
        if action == "export_escalation":
            return self.escalation
        return True

    def rationale(self) -> Rationale:
        """The core's rationale for this session, with the dossier label and the remark."""
        return build_rationale(
            self.session,
            self.resources.codes,
            on=self.resources.options.as_of,
            case_reference=self.walk.dossier or None,
            library=self.resources.library,
            note=self.walk.note or None,
        )

    def render_rationale(self, fmt: str) -> str:
        """The rationale in one of the core's formats (md, txt, json)."""
        return render(self.rationale(), fmt)

    def render_escalation(self, fmt: str) -> str:
        """The escalation note in one of the core's formats (md, txt, json)."""
        return render_escalation(self.rationale(), fmt)

    # --- the dossier label and remark ---------------------------------------------------
    def labels_text(self) -> str:
        """One line under the rationale: the dossier and remark, and how to change them."""
        dossier = self.walk.dossier or "geen"
        note = self.walk.note or "geen"
        return f"Dossier: {dossier} · Opmerking: {note} · d: invullen of wijzigen"

    def action_edit_dossier(self) -> None:
        from srg_guide.ui.screens.dossier import DossierDialog
        from srg_guide.ui.sessions import clean_label

        def done(labels: tuple[str, str] | None) -> None:
            if labels is None:
                return
            labels = (clean_label(labels[0]), clean_label(labels[1]))  # a BSN never shows
            if labels == (self.walk.dossier, self.walk.note):
                return
            self.walk.dossier, self.walk.note = labels
            self.walk.autosave(self.notify)
            self.query_one("#labels", Static).update(self.labels_text())
            self.query_one("#rationale", Static).update(RichMarkdown(to_markdown(self.rationale())))

        self.app.push_screen(DossierDialog(self.walk.dossier, self.walk.note), done)

    # --- actions ----------------------------------------------------------------------
    def _export(self, title: str, kind: str, render_fn: Callable[[str], str]) -> None:
        from srg_guide.locations import user_exports_dir
        from srg_guide.ui.screens.export import ExportDialog, ExportFormat
        from srg_guide.ui.sessions import export_stem

        formats = [
            ExportFormat(label, fmt, partial(render_fn, fmt)) for label, fmt in EXPORT_FORMATS
        ]
        outcome = self.session.outcome
        stem = export_stem(kind, self.walk.dossier, outcome.id if outcome else "srg")
        self.app.push_screen(ExportDialog(title, formats, stem, user_exports_dir()))

    def action_export(self) -> None:
        self.walk.autosave(self.notify)
        self._export("Onderbouwing opslaan", "onderbouwing", self.render_rationale)

    @on(Button.Pressed, "#escalation")
    def action_export_escalation(self) -> None:
        self.walk.autosave(self.notify)
        self._export("Escalatienotitie opslaan", "escalatie", self.render_escalation)

    @on(Button.Pressed, "#walk-parts")
    def action_walk_parts(self) -> None:
        """A new walk for one part of the traject; Escape there comes back here for the next."""
        from srg_guide.ui.screens.question import QuestionScreen
        from srg_guide.ui.sessions import Walk

        part = self.session.part_session()
        dossier = f"{self.walk.dossier} onderdeel".strip()
        self.app.push_screen(QuestionScreen(self.resources, part, Walk(part, dossier=dossier)))

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(to_markdown(self.rationale()))
        self.notify("Onderbouwing gekopieerd (Markdown).")

    def action_review(self) -> None:
        self.dismiss("review")

    def action_new(self) -> None:
        """Ask first: a new walk clears these answers from the screen."""
        from srg_guide.ui.screens.confirm import ConfirmDialog

        def answered(yes: bool | None) -> None:
            if yes:
                self.dismiss("new")

        self.app.push_screen(
            ConfirmDialog(
                "Opnieuw beginnen?",
                "De antwoorden van deze beslisboom verdwijnen van het scherm. De sessie blijft "
                "bewaard op het startscherm, met deze uitkomst.",
                "Ja, opnieuw beginnen",
            ),
            answered,
        )

    def action_close(self) -> None:
        self.walk.autosave(self.notify)
        self.dismiss(None)
