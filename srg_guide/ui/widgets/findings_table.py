"""FindingsTable: one row per rule with its count; picking a row posts RuleSelected."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from srg_guide.checks.report import Report
from srg_guide.ui.messages import RuleSelected

SEVERITY_LABELS = {"fout": "FOUT", "waarschuwing": "waarsch.", "signaal": "signaal"}


class FindingsTable(DataTable[str]):
    """Findings grouped by rule, most severe first; empty rules are left out."""

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

    def show_report(self, report: Report) -> None:
        """Fill the table from a report."""
        self.clear()
        results = [r for r in report.results if r.count]
        results.sort(key=lambda r: (r.rule.severity.rank, -r.count, r.rule.code))
        for result in results:
            rule = result.rule
            self.add_row(
                rule.code,
                SEVERITY_LABELS.get(rule.severity.value, rule.severity.value),
                f"{result.count:>6}",
                rule.title,
                key=rule.code,
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(RuleSelected(event.row_key.value))
