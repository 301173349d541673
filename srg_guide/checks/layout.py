"""Delivery-file layout: which fields exist, where they sit and what they hold (tables/layouts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import data_dir, table_file
from srg_guide.yamlio import YamlList, YamlMap, load_yaml

FIELD_TYPES = ("text", "digits", "date", "month", "code", "number", "bsn")
FORMATS = ("csv", "fixed")
ENCODINGS = ("auto", "utf-8", "cp1252")
DEFAULT_LAYOUT = "voorbeeld"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a delivery record."""

    name: str
    type: str
    column: str
    required: bool = False
    start: int | None = None
    length: int | None = None
    format: str | None = None
    codes: str | tuple[str, ...] | None = None
    digits: int | None = None
    minimum: float | None = None
    maximum: float | None = None

    @property
    def notation(self) -> str:
        """The date notation in JJJJ/MM/DD letters, with the default filled in."""
        return self.format or ("JJJJMM" if self.type == "month" else "JJJJMMDD")

    @property
    def date_pattern(self) -> str:
        """Regular expression a date or month value must match."""
        parts = re.split(r"(JJJJ|MM|DD)", self.notation)
        digits = {"JJJJ": r"\d{4}", "MM": r"\d{2}", "DD": r"\d{2}"}
        return "^" + "".join(digits.get(p, re.escape(p)) for p in parts) + "$"

    @property
    def strftime(self) -> str:
        """The notation as strftime codes; without DD the day (01) is appended."""
        out = self.notation.replace("JJJJ", "%Y").replace("MM", "%m").replace("DD", "%d")
        return out if "%d" in out else out + "%d"


@dataclass(frozen=True)
class Layout:
    """A layout file: format options and fields in record order."""

    name: str
    path: str
    format: str
    fields: tuple[FieldSpec, ...]
    assumption: bool = True
    delimiter: str = ";"
    header: bool = True
    encoding: str = "auto"
    record_length: int | None = None
    sheet: str | None = None

    @property
    def field_names(self) -> tuple[str, ...]:
        """Names of the fields in record order."""
        return tuple(f.name for f in self.fields)

    def only(self, *names: str) -> Layout:
        """The same layout restricted to the named fields."""
        return replace(self, fields=tuple(f for f in self.fields if f.name in names))

    def field(self, name: str) -> FieldSpec | None:
        """The field called ``name``, or None when the layout lacks it."""
        return next((f for f in self.fields if f.name == name), None)

    def has(self, *names: str) -> bool:
        """True when every named field is in the layout."""
        return all(self.field(n) is not None for n in names)


def resolve_layout_path(name_or_path: str | None, tables: Path | str | None = None) -> Path:
    """A layout given as a file path or as a name under tables/layouts/."""
    if name_or_path and (Path(name_or_path).suffix in (".yaml", ".yml") or "/" in name_or_path):
        return Path(name_or_path)
    name = f"layouts/{name_or_path or DEFAULT_LAYOUT}.yaml"
    return table_file(name, tables) or data_dir("tables", tables) / name


def load_layout(name_or_path: str | None = None, tables: Path | str | None = None) -> Layout:
    """Read and validate a layout; every problem names file, line and field."""
    path = resolve_layout_path(name_or_path, tables)
    source = display_path(path)
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise InputFileError("een layout moet een YAML-mapping zijn", Location(source, 1))

    def fail(where: Any, key: str, message: str) -> InputFileError:
        line = where.line_of(key) if isinstance(where, YamlMap) else None
        return InputFileError(message, Location(source, line, key))

    fmt = data.get("format", "csv")
    if fmt not in FORMATS:
        raise fail(data, "format", f"format moet een van {', '.join(FORMATS)} zijn")
    options = data.get(fmt) or YamlMap()
    if not isinstance(options, dict):
        raise fail(data, fmt, "moet een mapping zijn")
    encoding = options.get("encoding", "auto")
    if encoding not in ENCODINGS:
        raise fail(options, "encoding", f"encoding moet een van {', '.join(ENCODINGS)} zijn")
    raw_fields = data.get("fields")
    if not isinstance(raw_fields, YamlList) or not raw_fields:
        raise fail(data, "fields", "fields moet een lijst met velden zijn")
    fields = tuple(
        _field(item, fmt, raw_fields.line_of(i), source) for i, item in enumerate(raw_fields)
    )
    names = [f.name for f in fields]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise InputFileError(
                f'veld "{name}" staat er twee keer', Location(source, raw_fields.line_of(i), "name")
            )
    delimiter = str(options.get("delimiter", ";"))
    if fmt == "csv" and len(delimiter) != 1:
        raise fail(options, "delimiter", "het scheidingsteken moet één teken zijn")
    record_length = options.get("record_length")
    if fmt == "fixed":
        end = max((f.start or 0) + (f.length or 0) - 1 for f in fields)
        if not isinstance(record_length, int) or record_length < end:
            raise fail(options, "record_length", f"record_length moet minstens {end} zijn")
    xlsx = data.get("xlsx") or YamlMap()
    if not isinstance(xlsx, dict):
        raise fail(data, "xlsx", "moet een mapping zijn")
    sheet = xlsx.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise fail(xlsx, "sheet", "schrijf de naam van het werkblad als tekst")
    return Layout(
        name=str(data.get("name", path.stem)),
        path=source,
        format=fmt,
        fields=fields,
        assumption=bool(data.get("assumption", True)),
        delimiter=delimiter,
        header=bool(options.get("header", True)),
        encoding=encoding,
        record_length=record_length if fmt == "fixed" else None,
        sheet=str(sheet) if sheet else None,
    )


def _field(item: Any, fmt: str, line: int, source: str) -> FieldSpec:
    if not isinstance(item, YamlMap):
        raise InputFileError("een veld moet een mapping zijn", Location(source, line))

    def fail(key: str, message: str) -> InputFileError:
        return InputFileError(message, Location(source, item.line_of(key), key))

    name = item.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise fail("name", "name moet een naam in kleine letters zijn, zoals begindatum")
    kind = item.get("type", "text")
    if kind not in FIELD_TYPES:
        raise fail("type", f"type moet een van {', '.join(FIELD_TYPES)} zijn")
    start, length = item.get("start"), item.get("length")
    if fmt == "fixed" and not (
        isinstance(start, int) and isinstance(length, int) and start >= 1 and length >= 1
    ):
        raise fail("start", "bij vaste breedte heeft elk veld een start en length (vanaf 1)")
    codes = item.get("codes")
    if kind == "code":
        if isinstance(codes, list) and codes:
            codes = tuple(str(c) for c in codes)
        elif codes not in ("type", "doel"):
            raise fail("codes", 'codes moet "type", "doel" of een lijst met codes zijn')
    fmt_value = item.get("format")
    if (
        kind in ("date", "month")
        and fmt_value is not None
        and (not isinstance(fmt_value, str) or "JJJJ" not in fmt_value or "MM" not in fmt_value)
    ):
        raise fail("format", "een datumnotatie bevat JJJJ en MM, bijvoorbeeld JJJJMMDD")
    if kind == "number" and fmt_value not in (None, ",", "."):
        raise fail("format", 'bij een getal is format het decimaalteken: "," of "."')
    for key in ("min", "max", "digits"):
        value = item.get(key)
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)):
            raise fail(key, f"{key} moet een getal zijn")
    return FieldSpec(
        name=name,
        type=kind,
        column=str(item.get("column", name)),
        required=bool(item.get("required", False)),
        start=start if fmt == "fixed" else None,
        length=length if fmt == "fixed" else None,
        format=str(fmt_value) if fmt_value is not None else None,
        codes=codes if kind == "code" else None,
        digits=item.get("digits"),
        minimum=item.get("min"),
        maximum=item.get("max"),
    )
