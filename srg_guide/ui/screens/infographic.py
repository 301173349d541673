"""InfographicScreen: the traject/voorziening/activiteit infographic drawn with Rich panels.

The same YAML as the SVG; under the drawing the text version, for screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from srg_guide.errors import SrgGuideError
from srg_guide.infographic import Infographic, load_infographics

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources

DEFAULT_INFOGRAPHIC = "traject-voorziening-activiteit"


def drawing(infographic: Infographic) -> RenderableType:
    """Nested panels: the traject holds the voorzieningen, which hold the activiteiten."""
    levels = infographic.levels
    traject, provision, activity = levels["traject"], levels["voorziening"], levels["activiteit"]
    row = Table.grid(padding=(0, 1), expand=True)
    for _ in infographic.example:
        row.add_column(ratio=1)
    boxes = []
    for item in infographic.example:
        lines = [Text(item.name, style="bold", overflow="fold")]
        lines += [Text(f"· {name}", style="italic", overflow="fold") for name in item.activities]
        boxes.append(
            Panel(Group(*lines), title=provision.name, title_align="left", border_style="green")
        )
    row.add_row(*boxes)
    sent = "naar het CBS" if traject.delivered else "niet naar het CBS"
    guess = " (aanname van srg-guide)" if activity.assumption else ""
    activity_sent = "naar het CBS" if activity.delivered else "niet naar het CBS"
    legend = Text(f"· = {activity.name.lower()}, {activity_sent}{guess}", style="italic")
    traject_panel = Panel(
        Group(row, legend),
        title=f"{traject.name}: {infographic.example_traject} ({sent})",
        title_align="left",
        border_style="magenta",
    )
    records = [Text(infographic.cbs_record, style="bold")]
    records += [Text(f"{n}. {item.name}") for n, item in enumerate(infographic.example, 1)]
    records += [Text(f"• {name}", style="dim") for name in infographic.cbs_fields]
    cbs = Panel(Group(*records), title=infographic.cbs_name, border_style="blue")
    layout = Table.grid(padding=(0, 1), expand=True)
    layout.add_column(ratio=3)
    layout.add_column(width=3, vertical="middle")
    layout.add_column(ratio=1)
    layout.add_row(traject_panel, Text("──▶", style="bold blue"), cbs)
    return layout


class InfographicScreen(Screen[None]):
    """One infographic, drawn in the terminal, with its text version."""

    TITLE = "Infographic"
    HELP = (
        "Een traject bevat voorzieningen, een voorziening bevat activiteiten. Alleen de "
        "voorzieningen gaan naar het CBS. Onder de tekening staat dezelfde uitleg als tekst."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Sluiten")]

    def __init__(self, resources: Resources, infographic_id: str = DEFAULT_INFOGRAPHIC) -> None:
        super().__init__()
        self.resources = resources
        self.infographic_id = infographic_id

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="infographic"):
            yield Static(id="infographic-drawing")
            yield Static(id="infographic-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        try:
            found = load_infographics(self.resources.options.guidelines)
        except SrgGuideError as exc:
            self.app.show_error(exc)  # type: ignore[attr-defined]
            return
        infographic = found.get(self.infographic_id)
        if infographic is None:
            self.query_one("#infographic-text", Static).update(
                f'Infographic "{self.infographic_id}" niet gevonden in guidelines/infographics/.'
            )
            return
        self.query_one("#infographic-drawing", Static).update(drawing(infographic))
        self.query_one("#infographic-text", Static).update("\n" + infographic.as_text())

    def action_close(self) -> None:
        self.dismiss()
