"""CheckerScreen: pick a delivery file, check it in a worker, browse findings per rule."""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Label, ProgressBar, Static

from srg_guide.errors import SrgGuideError, display_path
from srg_guide.ui.messages import CheckCancelled, CheckFailed, CheckFinished, CheckProgress
from srg_guide.ui.widgets.findings_table import FindingsTable
from srg_guide.ui.widgets.path_input import PathInput

if TYPE_CHECKING:
    from srg_guide.checks.report import Report
    from srg_guide.reports.view import ReportView
    from srg_guide.ui.resources import Resources


# The reports core's formats as users know them: (label, file extension).
FORMAT_NAMES = {
    "text": ("Tekst", "txt"),
    "json": ("JSON", "json"),
    "html": ("HTML", "html"),
    "csv": ("CSV", "csv"),
    "xlsx": ("Excel (xlsx)", "xlsx"),
}
SHARED_HTML = "HTML om te delen (registratienummers als vz-1, vz-2, ...)"
QUARTER_HTML = "Kwartaaloverzicht (HTML)"


class _CancelRequested(Exception):
    """Raised from the progress callback when the user pressed the cancel key."""


class CheckerScreen(Screen[None]):
    """Bestandscontrole: the file check and its findings."""

    TITLE = "Bestandscontrole"
    HELP = (
        "Vul het pad naar het leverbestand in (pijltje rechts vult een bestandsnaam aan). "
        "Een bestand van de vorige maand en een eigen layout zijn niet verplicht.\n\n"
        "Druk op F5 of kies Controleren. Met Escape stopt u een lopende controle. "
        "Daarna ziet u per controle hoeveel bevindingen er zijn; kies een controle met Enter voor "
        "uitleg, herstel en de regels in het bestand. Controles die niet konden draaien staan "
        "eronder als niet uitgevoerd, met de reden. Met e slaat u het rapport op. "
        "Het bestand zelf wordt nooit gewijzigd."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f5,ctrl+r", "run", "Controleren"),
        Binding("escape", "cancel_or_close", "Stop/terug"),
        Binding("e", "export", "Rapport"),
    ]

    def __init__(self, resources: Resources, check_file: Path | None = None) -> None:
        super().__init__()
        self.resources = resources
        self.check_file = check_file
        self.report: Report | None = None
        self.view: ReportView | None = None
        self.cancel_event = threading.Event()
        self.running = False

    def compose(self) -> ComposeResult:
        from srg_guide.locations import bundled_sample

        first = self.check_file or bundled_sample()
        yield Header()
        with Vertical(id="check-form"):
            with Horizontal(classes="field"):
                yield Label("Leverbestand", classes="field-label")
                yield PathInput(display_path(first), id="file")
            with Horizontal(classes="field"):
                yield Label("Vorige maand", classes="field-label")
                yield PathInput(placeholder="optioneel: bestand van de vorige maand", id="previous")
            with Horizontal(classes="field"):
                yield Label("Layout", classes="field-label")
                yield PathInput(placeholder="optioneel: eigen layout (YAML)", id="layout")
            with Horizontal(id="check-actions"):
                yield Button("Controleren", id="run", variant="primary", compact=True)
                yield ProgressBar(id="progress", show_eta=False)
        yield Static("Nog niet gecontroleerd.", id="summary", markup=False)
        yield FindingsTable(id="findings")
        yield Footer()

    def _path(self, widget_id: str) -> Path | None:
        value = self.query_one(f"#{widget_id}", PathInput).value.strip()
        return Path(value).expanduser() if value else None

    @on(Button.Pressed, "#run")
    def action_run(self) -> None:
        """Start a check in a thread worker; the UI stays responsive."""
        if self.running:
            return
        path = self._path("file")
        if path is None:
            self.notify("Vul eerst het pad naar een leverbestand in.", severity="warning")
            return
        self.running = True
        self.cancel_event.clear()
        self.query_one("#progress", ProgressBar).update(total=None, progress=0)
        self.query_one("#summary", Static).update(f"Bezig met {path.name} ... (Escape stopt)")
        self.run_check(path, self._path("previous"), self._path("layout"))

    @work(thread=True, exclusive=True, group="check")
    def run_check(self, path: Path, previous: Path | None, layout: Path | None) -> None:
        """Run the core check; only posts messages back to the screen."""

        def progress(done: int, total: int) -> None:
            if self.cancel_event.is_set():
                raise _CancelRequested
            self.post_message(CheckProgress(done, total))

        try:
            report = self.resources.run_check(path, previous, layout, progress)
        except _CancelRequested:
            self.post_message(CheckCancelled())
        except SrgGuideError as exc:
            self.post_message(CheckFailed(exc.title, str(exc)))
        except Exception as exc:  # a bug in a rule must not end the app with a traceback
            self.post_message(CheckFailed("Onverwachte fout", f"{type(exc).__name__}: {exc}"))
        else:
            self.post_message(CheckFinished(report))

    def on_check_progress(self, message: CheckProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=message.total or None, progress=message.done)

    def on_check_finished(self, message: CheckFinished) -> None:
        from srg_guide.checks.finding import Severity
        from srg_guide.reports import make_view
        from srg_guide.reports.words import format_int, severity_count

        self.running = False
        self.report = message.report
        view = self.view = make_view(message.report)
        self.query_one("#progress", ProgressBar).update(total=1, progress=1)
        counts = ", ".join(severity_count(s, view.totals[s]) for s in Severity)
        name = Path(view.identity.input_file).name
        self.query_one("#summary", Static).update(
            f"{name}: {format_int(view.identity.row_count)} records. {counts}. {view.verdict()}"
        )
        table = self.query_one("#findings", FindingsTable)
        table.show_view(view)
        table.focus()

    def on_check_failed(self, message: CheckFailed) -> None:
        from srg_guide.privacy import safe_text
        from srg_guide.ui.screens.error import ErrorScreen

        title, text = safe_text(message.title), safe_text(message.message)  # e.g. a file name
        self._stopped(f"{title}: {text}")
        self.app.push_screen(ErrorScreen(title, text))

    def on_check_cancelled(self) -> None:
        self._stopped("Gestopt: De controle is gestopt.")

    def _stopped(self, summary: str) -> None:
        self.running = False
        self.query_one("#progress", ProgressBar).update(total=1, progress=0)
        self.query_one("#summary", Static).update(summary)

    @on(FindingsTable.RuleSelected, "#findings")
    def _rule_selected(self, message: FindingsTable.RuleSelected) -> None:
        from srg_guide.ui.screens.rule_detail import RuleDetailScreen

        if self.view is None:
            return
        for section in self.view.sections:
            if section.code == message.code:
                self.app.push_screen(RuleDetailScreen(self.resources, section))
        for item in self.view.not_run:
            if item.code == message.code:
                self.notify(self.view.not_run_line(item), title="Niet uitgevoerd")

    def action_cancel_or_close(self) -> None:
        if self.running:
            self.cancel_event.set()
        else:
            self.dismiss()

    def action_export(self) -> None:
        """Export the report in any format the reports core renders."""
        from srg_guide.reports import FORMATS, render
        from srg_guide.ui.screens.export import ExportDialog, ExportFormat

        report = self.report
        if report is None:
            self.notify("Er is nog geen rapport. Controleer eerst een bestand.", severity="warning")
            return
        formats = [
            ExportFormat(*FORMAT_NAMES[fmt], partial(render, report, fmt)) for fmt in FORMATS
        ]
        formats += [
            ExportFormat(
                SHARED_HTML, "html", partial(render, report, "html", audience="delen"), "-delen"
            ),
            ExportFormat(
                QUARTER_HTML, "html", partial(render, report, "html", quarter=True), "-kwartaal"
            ),
        ]
        from srg_guide.locations import user_exports_dir

        stem = f"rapport-{Path(report.identity.input_file).stem}"
        self.app.push_screen(ExportDialog("Rapport opslaan", formats, stem, user_exports_dir()))
