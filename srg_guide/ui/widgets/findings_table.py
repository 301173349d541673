"""FindingsTable: one row per rule with its count; picking a row posts RuleSelected."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from srg_guide.ui.messages import RuleSelected

if TYPE_CHECKING:
    from srg_guide.reports.view import ReportView

SEVERITY_LABELS = {"fout": "FOUT", "waarschuwing": "waarsch.", "signaal": "signaal"}


class FindingsTable(DataTable[str]):
    """Findings grouped by rule, most severe first (the view's order); empty rules left out."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Details", show=True),
    ]

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_column("Code", key="code")
        self.add_column("Ernst", key="severity")
        self.add_column("Aantal", key="count")
        self.add_column("Regel", key="title")

    def show_view(self, view: ReportView) -> None:
        """Fill the table from the reports core's privacy-safe view of a report."""
        self.clear()
        for section in view.with_findings:
            self.add_row(
                section.code,
                SEVERITY_LABELS.get(section.severity.value, section.severity.value),
                f"{section.count:>6}",
                section.title,
                key=section.code,
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(RuleSelected(event.row_key.value))
