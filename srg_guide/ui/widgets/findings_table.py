"""FindingsTable: a row per controle with its count, then those not run; picks post RuleSelected."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable

if TYPE_CHECKING:
    from srg_guide.reports.view import ReportView


class FindingsTable(DataTable[str]):
    """Findings per controle, most severe first (the view's order), then "niet uitgevoerd"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Details", show=True),
    ]

    class RuleSelected(Message):
        """A rule row was picked."""

        def __init__(self, table: FindingsTable, code: str) -> None:
            super().__init__()
            self.table = table
            self.code = code

        @property
        def control(self) -> FindingsTable:
            """The table the row was picked in."""
            return self.table

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_column("Code", key="code")
        self.add_column("Ernst", key="severity")
        self.add_column("Aantal", key="count")
        self.add_column("Controle", key="title")

    def show_view(self, view: ReportView) -> None:
        """Fill the table from the reports core's privacy-safe view of a report."""
        self.clear()
        for section in view.with_findings:
            self.add_row(
                section.code,
                section.severity.value,  # fout, waarschuwing, signaal: the words of every report
                f"{section.count:>6}",
                section.title,
                key=section.code,
            )
        for item in view.not_run:
            self.add_row(
                item.code,
                "niet uitgevoerd",
                f"{'–':>6}",
                f"{item.title}: {item.reason}",
                key=item.code,
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.RuleSelected(self, event.row_key.value))
