"""Column mappings in YAML (catalogue, CBS vertaaltabel) and reading a CSV or XLSX by them."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path, os_reason
from srg_guide.locations import data_dir
from srg_guide.yamlfields import FieldReader
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
    """Read a mapping file; one error lists every unknown or missing field with line and key."""
    read = FieldReader(display_path(path))
    data = read.document(load_yaml(path), "een kolomindeling")
    columns = read.named_texts(data, "columns", required + optional, required=required)
    options = read.mapping(data, "csv", required=False) or YamlMap()
    values = read.mapping(data, "values", required=False) or YamlMap()
    xlsx = read.mapping(data, "xlsx", required=False) or YamlMap()
    encoding = read.choice(options, "encoding", ENCODINGS, "csv", default="utf-8")
    delimiter = read.delimiter(options, at="csv")
    read.raise_problems()
    return ColumnMapping(
        name=str(data.get("name", path.stem)),
        path=read.source,
        columns=columns,
        delimiter=delimiter,
        encoding=encoding,
        sheet=read.text(xlsx, "sheet", "xlsx", required=False) or None,
        assumption=bool(data.get("assumption", False)),
        values={k: tuple(x.lower() for x in read.texts(values, k, "values")) for k in values},
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
        raise InputFileError(f"kan niet lezen ({os_reason(exc)})", Location(source)) from None
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
