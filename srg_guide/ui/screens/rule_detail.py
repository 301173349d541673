"""RuleDetailScreen: what a rule means, how to fix it, its guideline and the affected lines."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

if TYPE_CHECKING:
    from srg_guide.reports.view import Row, Section
    from srg_guide.ui.resources import Resources


class RuleDetailScreen(Screen[None]):
    """One rule of a finished check: meaning, fix, guideline link and affected lines."""

    TITLE = "Bevinding"
    HELP = (
        "Hier ziet u wat de controle nagaat, waarom dat telt en hoe u het herstelt in uw "
        "eigen systeem. De tabel toont de regels van het bestand met deze bevinding, met de "
        "sleutel (registratienummer voluit) en waarden die u helpen het record te vinden. "
        "Een BSN staat er alleen gemaskeerd in, een geboortedatum alleen als jaar. "
        "Druk op g voor de richtlijn, Escape voor terug."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Terug"),
        Binding("g", "guideline", "Richtlijn"),
    ]

    def __init__(self, resources: Resources, section: Section) -> None:
        super().__init__()
        self.resources = resources
        self.section = section

    def compose(self) -> ComposeResult:
        rule = self.section
        yield Header()
        with VerticalScroll(id="rule-detail"):
            yield Static(f"{rule.code}  {rule.title}", classes="title", markup=False)
            yield Static(f"Ernst: {rule.severity.value}   Aantal: {rule.count}", classes="muted")
            yield Static("Wat betekent dit?", classes="subtitle")
            yield Static(rule.meaning, markup=False)
            yield Static("Hoe herstelt u het?", classes="subtitle")
            yield Static(rule.fix, markup=False)
            if rule.guideline:
                name = rule.guideline_title or rule.guideline
                yield Static(f"Richtlijn: {name} (toets g)", classes="subtitle", markup=False)
            title = f"Regels in het bestand ({len(rule.rows)} van {rule.count})"
            yield Static(title, classes="subtitle")
            yield DataTable(id="lines", cursor_type="row", zebra_stripes=True)
            yield Static(id="line-message", classes="muted", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#lines", DataTable)
        table.add_columns("Regel", "Veld", "Sleutel", "Melding", "Waarden")
        for row in self.section.rows:
            values = [row.value] if row.value is not None else []
            values += [f"{label}: {value}" for label, value in row.details]
            cells = (_line_cell(row), row.field or "", row.key or "", row.message)
            table.add_row(*cells, "; ".join(values))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The whole message of the highlighted line, which the table may cut off."""
        row = self.section.rows[event.cursor_row]
        where = _where(row)
        self.query_one("#line-message", Static).update(
            f"{where[0].upper()}{where[1:]}: {row.message}"
        )

    def action_guideline(self) -> None:
        from srg_guide.ui.screens.guideline import GuidelineScreen

        if self.section.guideline:
            self.app.push_screen(GuidelineScreen(self.resources, self.section.guideline))

    def action_close(self) -> None:
        self.dismiss()


def _where(row: Row) -> str:
    """``regel 24 (vorige levering regel 23)``, as the text report says it."""
    where = "bestand" if row.line is None else f"regel {row.line}"
    if row.previous_line is not None:
        previous = f"vorige levering regel {row.previous_line}"
        where = previous if row.line is None else f"{where} ({previous})"
    return where


def _line_cell(row: Row) -> str:
    """The Regel column: the line, or for a record only in the previous delivery its line there."""
    if row.line is not None:
        return str(row.line)
    return "" if row.previous_line is None else f"vorige: {row.previous_line}"
