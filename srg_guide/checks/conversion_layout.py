"""Layout of a conversion file (tables/conversie.yaml): an assumption until confirmed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir, table_file
from srg_guide.yamlio import YamlMap, load_yaml

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
    """Read tables/conversie.yaml; every problem names file, line and key."""
    path = table_file(FILE_NAME, tables) or data_dir("tables", tables) / FILE_NAME
    source = display_path(path)
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise InputFileError("de conversie-layout moet een YAML-mapping zijn", Location(source, 1))
    columns = data.get("columns")
    if not isinstance(columns, YamlMap):
        raise InputFileError(
            "columns moet per veld een kolomnaam geven",
            Location(source, data.line_of("columns") if "columns" in data else 1, "columns"),
        )
    unknown = sorted(set(columns) - set(FIELDS))
    if unknown:
        raise InputFileError(
            f'onbekend veld "{unknown[0]}"; bekend zijn {", ".join(FIELDS)}',
            Location(source, columns.line_of(unknown[0]), unknown[0]),
        )
    delimiter = str(data.get("delimiter", ";"))
    if len(delimiter) != 1:
        raise InputFileError(
            "het scheidingsteken moet één teken zijn",
            Location(source, data.line_of("delimiter"), "delimiter"),
        )
    return ConversionLayout(
        name=str(data.get("name") or FILE_NAME),
        path=source,
        assumption=data.get("assumption", True) is not False,
        delimiter=delimiter,
        columns={f: str(columns.get(f) or f) for f in FIELDS},
    )
