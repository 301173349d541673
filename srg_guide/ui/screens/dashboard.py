"""DashboardScreen: the stored history per month and the quarter tables, as in the HTML page."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from srg_guide.errors import SrgGuideError

if TYPE_CHECKING:
    from srg_guide.dashboard import Dashboard
    from srg_guide.ui.resources import Resources

MONTH_COLUMNS = ("Gemeente", "Maand", "Signalen", "Gestart", "Gestopt", "Lopend", "Te lang")
SERIES = (
    ("totaal", "signalen"),
    ("stroom", "gestart"),
    ("stroom", "gestopt"),
    ("stroom", "lopend"),
)


class DashboardScreen(Screen[None]):
    """The quality of the deliveries over months and quarters, per gemeente."""

    TITLE = "Dashboard"
    HELP = (
        "Het dashboard toont de aantallen van eerdere controles: signalen, gestarte, gestopte "
        "en lopende voorzieningen en voorzieningen langer dan de maximale duur, per maand en "
        "per kwartaal. Elke controle slaat haar aantallen op (geen persoonsgegevens).\n\n"
        '"niet uitgevoerd" betekent dat een controle niet kon draaien: het aantal is onbekend.\n\n'
        "Een HTML-pagina met grafieken maakt u met `srg-guide dashboard`; eerdere leveringen "
        "leest u in met `srg-guide history import MAP`."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Terug")]

    def __init__(self, resources: Resources, dashboard: Dashboard | None = None) -> None:
        super().__init__()
        self.resources = resources
        self.dashboard = dashboard

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="dashboard"):
            yield Static("", id="dashboard-summary")
            yield Static("Kwartaaloverzicht (zoals de kwartaalmail van het CBS)", classes="title")
            yield DataTable(id="quarter", zebra_stripes=True, cursor_type="row")
            yield Static("Per maand", classes="title")
            yield DataTable(id="months", zebra_stripes=True, cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        if self.dashboard is None:
            from srg_guide.dashboard import dashboard_from_database

            try:
                options = self.resources.options
                self.dashboard = dashboard_from_database(
                    options.db,
                    tables=str(options.tables) if options.tables else None,
                    trees=str(options.trees) if options.trees else None,
                )
            except SrgGuideError as exc:
                self.query_one("#dashboard-summary", Static).update(f"{exc.title}: {exc}")
                return
        self._fill(self.dashboard)

    def _fill(self, dashboard: Dashboard) -> None:
        from srg_guide.dashboard.figures import left_out_summary, month_label, quarter_of, shown

        summary = self.query_one("#dashboard-summary", Static)
        if not dashboard.months:
            summary.update(
                "Nog geen historie. Draai een controle, of lees eerdere leveringen in met "
                "srg-guide history import MAP."
            )
        else:
            first, last = month_label(dashboard.months[0]), month_label(dashboard.months[-1])
            left_out = left_out_summary(dashboard)
            summary.update(
                f"{len(dashboard.gemeenten)} gemeente(n), {len(dashboard.months)} verslagmaanden: "
                f"{first} tot en met {last}." + (f"\nLet op: {left_out}" if left_out else "")
            )
        # Numbers first, the long labels of the mail last, so the counts stay in view.
        quarter = self.query_one("#quarter", DataTable)
        width = max((len(t.quarters) for t in dashboard.quarter_tables), default=0)
        quarters = sorted({quarter_of(m) for m in dashboard.months})[-width:] if width else []
        quarter.add_columns("Gemeente", *quarters, "Signalering kwaliteit")
        for table in dashboard.quarter_tables:
            pad = [""] * (width - len(table.quarters))
            if table.quarters != quarters:
                quarter.add_row(table.gemeente, *pad, *table.quarters, "kwartaal")
            for code, label, values in table.quality:
                quarter.add_row(
                    table.gemeente, *pad, *[shown(v) for v in values], f"{code} {label}"
                )
            for label, limit, values in table.durations:
                quarter.add_row(
                    table.gemeente,
                    *pad,
                    *[shown(v) for v in values],
                    f"{label}: langer dan {limit} maanden",
                )
        months = self.query_one("#months", DataTable)
        months.add_columns(*MONTH_COLUMNS)
        for gemeente in dashboard.gemeenten:
            series = [dashboard.series(soort, name, gemeente) for soort, name in SERIES]
            over = _over_max(dashboard, gemeente)
            for month in sorted(series[0]):
                months.add_row(
                    gemeente,
                    month,
                    *[shown(s.get(month)) for s in series],
                    shown(over.get(month)),
                )

    def action_close(self) -> None:
        self.dismiss()


def _over_max(dashboard: Dashboard, gemeente: str) -> dict[str, int | None]:
    """Month -> provisions past their maximum, over all types (None: not run)."""
    totals: dict[str, int | None] = {}
    for point in dashboard.points:
        if point["soort"] != "overmax" or point["gemeente"] != gemeente:
            continue
        month, value = point["maand"], point["waarde"]
        before = totals.get(month, 0)
        totals[month] = None if value is None or before is None else before + value
    return totals
