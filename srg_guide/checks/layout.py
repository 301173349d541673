"""Delivery-file layout: which fields exist, where they sit and what they hold (tables/layouts)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from srg_guide.errors import display_path
from srg_guide.locations import data_dir, table_file
from srg_guide.yamlfields import FieldReader
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
    """Read and validate a layout; one error lists every problem with file, line and field."""
    path = resolve_layout_path(name_or_path, tables)
    read = FieldReader(display_path(path))
    data = read.document(load_yaml(path), "een layout")
    fmt = read.choice(data, "format", FORMATS, default="csv")
    options = read.mapping(data, fmt, required=False) or YamlMap()
    encoding = read.choice(options, "encoding", ENCODINGS, fmt, default="auto")
    delimiter = read.delimiter(options, at=fmt) if fmt == "csv" else ";"
    fields = _fields(read, data, fmt)
    record_length = options.get("record_length") if fmt == "fixed" else None
    if fmt == "fixed" and fields:
        end = max((f.start or 0) + (f.length or 0) - 1 for f in fields)
        if not isinstance(record_length, int) or record_length < end:
            read.problem_at(options, "record_length", fmt, f"moet minstens {end} zijn")
    xlsx = read.mapping(data, "xlsx", required=False) or YamlMap()
    sheet = read.text(xlsx, "sheet", "xlsx", required=False) or None
    read.raise_problems()
    return Layout(
        name=str(data.get("name", path.stem)),
        path=read.source,
        format=fmt,
        fields=fields,
        assumption=bool(data.get("assumption", True)),
        delimiter=delimiter,
        header=bool(options.get("header", True)),
        encoding=encoding,
        record_length=record_length,
        sheet=sheet,
    )


def _fields(read: FieldReader, data: YamlMap, fmt: str) -> tuple[FieldSpec, ...]:
    """The fields in record order; a field with problems is left out (and its problems noted)."""
    items = read.items(data, "fields")
    if not items and "fields" in data and isinstance(data["fields"], YamlList):
        read.problem_at(data, "fields", "", "geef ten minste één veld")
    fields: list[FieldSpec] = []
    for index, item in items:
        before = len(read.problems)
        spec = _field(read, item, fmt, f"fields[{index}]")
        if len(read.problems) > before:
            continue
        if spec.name in (f.name for f in fields):
            read.problem_at(
                item, "name", f"fields[{index}]", f'veld "{spec.name}" staat er twee keer'
            )
        fields.append(spec)
    return tuple(fields)


def _field(read: FieldReader, item: YamlMap, fmt: str, at: str) -> FieldSpec:
    name = item.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        read.problem_at(item, "name", at, "moet een naam in kleine letters zijn, zoals begindatum")
    kind = read.choice(item, "type", FIELD_TYPES, at, default="text")
    start = read.integer(item, "start", at, required=fmt == "fixed", minimum=1)
    length = read.integer(item, "length", at, required=fmt == "fixed", minimum=1)
    codes = _codes(read, item, at) if kind == "code" else None
    fmt_value = _notation(read, item, kind, at)
    digits = read.integer(item, "digits", at, required=False)
    minimum = read.number(item, "min", at, required=False)
    maximum = read.number(item, "max", at, required=False)
    return FieldSpec(
        name=str(name),
        type=kind,
        column=str(item.get("column", name)),
        required=bool(item.get("required", False)),
        start=start if fmt == "fixed" else None,
        length=length if fmt == "fixed" else None,
        format=fmt_value,
        codes=codes,
        digits=digits,
        minimum=minimum,
        maximum=maximum,
    )


def _codes(read: FieldReader, item: YamlMap, at: str) -> str | tuple[str, ...] | None:
    codes = item.get("codes")
    if isinstance(codes, list) and codes:
        return tuple(str(c) for c in codes)
    if codes in ("type", "doel"):
        return str(codes)
    read.problem_at(item, "codes", at, 'moet "type", "doel" of een lijst met codes zijn')
    return None


def _notation(read: FieldReader, item: YamlMap, kind: str, at: str) -> str | None:
    """The date notation of a date or month, or the decimal mark of a number."""
    value = item.get("format")
    if value is None:
        return None
    if kind in ("date", "month") and (
        not isinstance(value, str) or "JJJJ" not in value or "MM" not in value
    ):
        read.problem_at(
            item, "format", at, "een datumnotatie bevat JJJJ en MM, bijvoorbeeld JJJJMMDD"
        )
    elif kind == "number" and value not in (",", "."):
        read.problem_at(item, "format", at, 'bij een getal is format het decimaalteken: "," of "."')
    return str(value)
