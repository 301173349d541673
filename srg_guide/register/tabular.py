"""Column mappings in YAML (catalogue, CBS vertaaltabel) and reading a CSV or XLSX by them."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir
from srg_guide.yamlio import YamlMap, load_yaml

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
ENCODINGS = ("utf-8", "cp1252")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of the user's file holds which of our fields."""

    name: str
    path: str
    columns: dict[str, str]
    delimiter: str = ";"
    encoding: str = "utf-8"
    sheet: str | None = None
    assumption: bool = False
    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    """One data row: its line in the file and the mapped values (empty cells left out)."""

    line: int
    values: dict[str, str]


def bundled_mapping(name: str, tables: Path | str | None = None) -> Path:
    """A mapping shipped under tables/register/."""
    return data_dir("tables", tables) / "register" / f"{name}.yaml"


def load_mapping(path: Path, required: tuple[str, ...], optional: tuple[str, ...]) -> ColumnMapping:
    """Read a mapping file; unknown or missing fields name file, line and key."""
    source = display_path(path)
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise InputFileError("moet een YAML-mapping zijn", Location(source, 1))
    columns = data.get("columns")
    if not isinstance(columns, YamlMap):
        raise InputFileError(
            "columns ontbreekt", Location(source, data.line_of("columns"), "columns")
        )
    for key in columns:
        if key not in required + optional:
            known = ", ".join(required + optional)
            raise InputFileError(
                f'onbekend gegeven "{key}"; bekend zijn {known}',
                Location(source, columns.line_of(key), f"columns.{key}"),
            )
    for key in required:
        if not columns.get(key):
            raise InputFileError(
                "verplichte kolom ontbreekt",
                Location(source, columns.line_of(key), f"columns.{key}"),
            )
    options = data.get("csv") or YamlMap()
    values = data.get("values") or YamlMap()
    for key, part in (("csv", options), ("values", values)):
        if not isinstance(part, YamlMap):
            raise InputFileError("moet een mapping zijn", Location(source, data.line_of(key), key))
    encoding = str(options.get("encoding", "utf-8"))
    if encoding not in ENCODINGS:
        raise InputFileError(
            f"encoding moet een van {', '.join(ENCODINGS)} zijn",
            Location(source, options.line_of("encoding"), "csv.encoding"),
        )
    delimiter = str(options.get("delimiter", ";"))
    if len(delimiter) != 1:
        raise InputFileError(
            "het scheidingsteken moet één teken zijn",
            Location(source, options.line_of("delimiter"), "csv.delimiter"),
        )
    return ColumnMapping(
        name=str(data.get("name", path.stem)),
        path=source,
        columns={k: str(v) for k, v in columns.items() if v},
        delimiter=delimiter,
        encoding=encoding,
        sheet=((data.get("xlsx") or {}).get("sheet") or None),
        assumption=bool(data.get("assumption", False)),
        values={str(k): tuple(str(x).lower() for x in v or ()) for k, v in values.items()},
        required=required,
    )


def read_rows(path: Path, mapping: ColumnMapping) -> list[Row]:
    """Every non-empty row of a CSV or XLSX, by the mapping; optional columns may be absent."""
    source = display_path(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        header, body = _xlsx(path, mapping, source)
    else:
        header, body = _csv(path, mapping, source)
    missing = [
        column
        for name, column in mapping.columns.items()
        if name in mapping.required and column not in header
    ]
    if missing:
        raise InputFileError(
            f"deze kolommen ontbreken in de kopregel: {', '.join(missing)} "
            f"(kolomindeling {mapping.path})",
            Location(source, 1),
        )
    indexes = {
        name: header.index(column) for name, column in mapping.columns.items() if column in header
    }
    rows = []
    for line, cells in body:
        values = {}
        for name, index in indexes.items():
            text = _text(cells[index]) if index < len(cells) else ""
            if text:
                values[name] = text
        if values:
            rows.append(Row(line, values))
    return rows


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value).strip()


def _csv(
    path: Path, mapping: ColumnMapping, source: str
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = path.read_text(encoding=mapping.encoding)
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"geen geldige {mapping.encoding}-tekst (byte {exc.start})", Location(source)
        ) from None
    except OSError as exc:
        raise InputFileError(f"kan niet lezen ({exc.strerror})", Location(source)) from None
    reader = csv.reader(text.lstrip("\ufeff").splitlines(), delimiter=mapping.delimiter)
    try:
        numbered = [(number, row) for number, row in enumerate(reader, start=1)]
    except csv.Error as exc:
        raise InputFileError(f"CSV onleesbaar: {exc}", Location(source, reader.line_num)) from None
    if not numbered:
        raise InputFileError("het bestand is leeg", Location(source))
    header = [cell.strip() for cell in numbered[0][1]]
    return header, numbered[1:]


def _xlsx(
    path: Path, mapping: ColumnMapping, source: str
) -> tuple[list[str], list[tuple[int, list[Any]]]]:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        if mapping.sheet and mapping.sheet not in names:
            raise InputFileError(f'werkblad "{mapping.sheet}" ontbreekt', Location(source))
        rows = list(book.get_sheet_by_name(mapping.sheet or names[0]).iter_rows())
    except InputFileError:
        raise
    except Exception as exc:  # calamine raises several private error types
        raise InputFileError(f"geen leesbaar Excel-bestand ({exc})", Location(source)) from None
    if not rows:
        raise InputFileError("het werkblad is leeg", Location(source))
    header = [_text(cell) for cell in rows[0]]
    return header, [(number, list(row)) for number, row in enumerate(rows[1:], start=2)]
