"""Layout of a conversion file (tables/conversie.yaml): an assumption until confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import display_path
from srg_guide.locations import data_dir, table_file
from srg_guide.yamlfields import FieldReader
from srg_guide.yamlio import load_yaml

FILE_NAME = "conversie.yaml"
FIELDS = (
    "oud_registratienummer",
    "nieuw_registratienummer",
    "oud_gemeentecode",
    "nieuw_gemeentecode",
    "oud_berichtgevercode",
    "nieuw_berichtgevercode",
)
"""The fixed field names the conversion rules use, in file order."""


@dataclass(frozen=True)
class ConversionLayout:
    """Column header per field, the delimiter, and whether the layout is an assumption."""

    name: str
    path: str
    assumption: bool
    delimiter: str
    columns: dict[str, str]

    def notice(self) -> str | None:
        """The Dutch warning every conversion report carries while the layout is assumed."""
        if not self.assumption:
            return None
        return (
            f"De layout van het conversiebestand is een aanname van srg-guide ({self.path}), "
            "niet de CBS-layout. Vraag de echte layout op bij uw softwareleverancier "
            "(Richtlijnen SRG §3.6.2) en pas het bestand zo nodig aan."
        )


def load_conversion_layout(tables: Path | str | None = None) -> ConversionLayout:
    """Read tables/conversie.yaml; one error lists every problem with file, line and key."""
    path = table_file(FILE_NAME, tables) or data_dir("tables", tables) / FILE_NAME
    read = FieldReader(display_path(path))
    data = read.document(load_yaml(path), "de conversie-layout")
    columns = read.named_texts(data, "columns", FIELDS)
    delimiter = read.delimiter(data)
    read.raise_problems()
    return ConversionLayout(
        name=str(data.get("name") or FILE_NAME),
        path=read.source,
        assumption=data.get("assumption", True) is not False,
        delimiter=delimiter,
        columns={f: columns.get(f, f) for f in FIELDS},
    )
