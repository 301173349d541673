"""RuleDetailScreen: what a rule means, how to fix it, its guideline and the affected lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from srg_guide.privacy import mask_bsns_in_text

if TYPE_CHECKING:
    from srg_guide.checks.report import RuleResult
    from srg_guide.ui.resources import Resources


class RuleDetailScreen(Screen[None]):
    """One rule of a finished check: meaning, fix, guideline link and affected lines."""

    TITLE = "Bevinding"
    HELP = (
        "Hier ziet u wat de regel controleert, waarom dat telt en hoe u het herstelt in uw "
        "eigen systeem. De tabel toont de regels van het bestand met deze bevinding. "
        "Een BSN is altijd gemaskeerd. Druk op g voor de richtlijn, Escape voor terug."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Terug"),
        Binding("g", "guideline", "Richtlijn"),
    ]

    def __init__(self, resources: Resources, result: RuleResult) -> None:
        super().__init__()
        self.resources = resources
        self.result = result

    def compose(self) -> ComposeResult:
        rule = self.result.rule
        yield Header()
        with VerticalScroll(id="rule-detail"):
            yield Static(f"{rule.code}  {rule.title}", classes="title", markup=False)
            yield Static(
                f"Ernst: {rule.severity.value}   Aantal: {self.result.count}", classes="muted"
            )
            yield Static("Wat betekent dit?", classes="subtitle")
            yield Static(rule.meaning, markup=False)
            yield Static("Hoe herstelt u het?", classes="subtitle")
            yield Static(rule.fix, markup=False)
            if rule.guideline:
                yield Static(f"Richtlijn: {rule.guideline} (toets g)", classes="subtitle")
            shown = len(self.result.findings)
            title = f"Regels in het bestand ({shown} van {self.result.count})"
            yield Static(title, classes="subtitle")
            yield DataTable(id="lines", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#lines", DataTable)
        table.add_columns("Regel", "Veld", "Melding", "Waarde")
        for finding in self.result.findings:
            table.add_row(
                str(finding.line or ""),
                finding.field or "",
                mask_bsns_in_text(finding.message),
                mask_bsns_in_text(finding.value or ""),
            )

    def action_guideline(self) -> None:
        from srg_guide.ui.screens.guideline import GuidelineScreen

        if self.result.rule.guideline:
            self.app.push_screen(GuidelineScreen(self.resources, self.result.rule.guideline))

    def action_close(self) -> None:
        self.dismiss()
