"""ExportDialog: pick a format, then save to a path, download (when served) or copy."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from srg_guide.atomic import write_atomic
from srg_guide.errors import SrgGuideError

# Name given to our deliveries, so the app can report on exactly these.
DELIVERY_NAME = "srg-guide-export"


@dataclass(frozen=True)
class ExportFormat:
    """One way to export: a label, a file extension and the core function that renders it."""

    label: str
    extension: str
    render: Callable[[], str | bytes]
    name_part: str = ""
    """Added to the suggested file name, so a report to share never gets the local one's name."""


class ExportDialog(ModalScreen[Path | None]):
    """Export something the core renders; returns the saved path (None when not saved)."""

    TITLE = "Exporteren"
    HELP = (
        "Kies een formaat met de pijltjes en Enter. **Opslaan** schrijft het bestand naar het "
        "pad in het invoerveld: standaard uw map Documenten, met het dossier in de naam. "
        "**Downloaden** geeft het bestand aan de browser als u de app via "
        "srg-guide serve gebruikt. **Kopiëren** zet tekst op het klembord. Enter in het "
        "invoerveld slaat ook op."
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Sluiten")]

    def __init__(self, title: str, formats: list[ExportFormat], stem: str, folder: Path) -> None:
        super().__init__()
        self.export_title = title
        self.formats = formats
        self.stem = stem
        self.folder = folder
        self._suggested = self._path_for(formats[0])

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label(self.export_title, classes="title")
            with RadioSet(id="format"):
                for index, export_format in enumerate(self.formats):
                    yield RadioButton(export_format.label, value=index == 0)
            yield Label("Opslaan als:")
            yield Input(str(self._suggested), id="path")
            with Horizontal(id="export-buttons"):
                yield Button("Opslaan", id="save", variant="primary")
                yield Button("Downloaden", id="download")
                yield Button("Kopiëren", id="copy")
                yield Button("Sluiten", id="close")

    def _path_for(self, export_format: ExportFormat) -> Path:
        return self.folder / f"{self.stem}{export_format.name_part}.{export_format.extension}"

    @property
    def chosen(self) -> ExportFormat:
        index = self.query_one("#format", RadioSet).pressed_index
        return self.formats[max(index, 0)]

    @on(RadioSet.Changed, "#format")
    def _format_changed(self) -> None:
        """A suggested name follows the format; a name the user typed keeps all but its suffix."""
        path_input = self.query_one("#path", Input)
        if path_input.value == str(self._suggested):
            self._suggested = self._path_for(self.chosen)
            path_input.value = str(self._suggested)
        else:
            path_input.value = str(Path(path_input.value).with_suffix(f".{self.chosen.extension}"))

    @on(Button.Pressed, "#save")
    @on(Input.Submitted, "#path")
    def save(self) -> None:
        """Write the chosen format atomically to the path in the input."""
        # absolute(): "-" is a file here, never the terminal the app is drawn on
        path = Path(self.query_one("#path", Input).value).expanduser().absolute()
        try:
            write_atomic(path, self.chosen.render())
        except SrgGuideError as exc:
            self.notify(str(exc), title=exc.title, severity="error")
            return
        self.app.notify(f"Opgeslagen: {path}", title="Exporteren", timeout=10)
        self.dismiss(path)

    @on(Button.Pressed, "#download")
    def download(self) -> None:
        """A browser download when served; in a terminal, the file goes to the path's folder."""
        data = self.chosen.render()
        path = Path(self.query_one("#path", Input).value).expanduser()
        folder, name = path.parent, path.name
        if isinstance(data, bytes):
            self.app.deliver_binary(
                io.BytesIO(data), save_directory=folder, save_filename=name, name=DELIVERY_NAME
            )
        else:
            self.app.deliver_text(
                io.StringIO(data), save_directory=folder, save_filename=name, name=DELIVERY_NAME
            )

    @on(Button.Pressed, "#copy")
    def copy(self) -> None:
        """Put the text on the clipboard (formats that are text only)."""
        data = self.chosen.render()
        if isinstance(data, bytes):
            self.notify("Dit formaat kan niet gekopieerd worden; kies Opslaan.", severity="warning")
            return
        self.app.copy_to_clipboard(data)
        self.notify("Gekopieerd naar het klembord.")

    @on(Button.Pressed, "#close")
    def close(self) -> None:
        self.dismiss(None)
