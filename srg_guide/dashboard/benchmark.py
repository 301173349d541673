"""Where a gemeente stands among others, from a StatLine CSV the user downloaded (nothing fetched).

The CSV's columns are described in ``tables/benchmark/statline.yaml``, an assumed layout. Per
period: provisions per 1,000 inhabitants and per bijstand recipient, and each gemeente's place.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from srg_guide.errors import InputFileError, Location, display_path
from srg_guide.locations import table_file
from srg_guide.yamlio import load_yaml, read_text

REQUIRED = ("gemeentecode", "periode", "voorzieningen")
OPTIONAL = ("gemeente", "type", "inwoners", "bijstand")


@dataclass(frozen=True)
class Standing:
    """One gemeente in one period, with its ratios (None when a figure is missing)."""

    gemeentecode: str
    naam: str
    periode: str
    voorzieningen: int
    per_1000_inwoners: float | None
    per_bijstand: float | None
    plaats: int | None = None
    """Place by provisions per 1,000 inhabitants, highest first (1 = most)."""


@dataclass(frozen=True)
class Benchmark:
    """The comparison for the newest period in the file."""

    periode: str
    rows: list[Standing]
    source: str
    layout_name: str


def _code(text: str) -> str:
    """``GM0363`` or ``0363`` -> ``0363``."""
    text = text.strip()
    return text[2:] if text.upper().startswith("GM") else text


def _number(text: str, where: Location) -> int | None:
    text = text.strip().replace(".", "").replace(" ", "")
    if not text:
        return None
    if not text.isdigit():
        raise InputFileError(f'"{text}" is geen heel getal', where)
    return int(text)


def load_benchmark(
    path: Path, layout_path: Path | None = None, tables: str | None = None
) -> Benchmark:
    """Read the CSV with the (assumed) layout; per gemeente the sum over types, newest period."""
    layout_path = layout_path or table_file("benchmark/statline.yaml", tables)
    if layout_path is None:
        raise InputFileError("layout ontbreekt", Location("tables/benchmark/statline.yaml"))
    layout = load_yaml(layout_path)
    columns = layout.get("columns") or {}
    layout_source = display_path(layout_path)
    for name in REQUIRED:
        if not columns.get(name):
            raise InputFileError(
                f'kolom "{name}" ontbreekt', Location(layout_source, None, "columns")
            )
    delimiter = str((layout.get("csv") or {}).get("delimiter") or ";")
    source = display_path(path)
    reader = csv.DictReader(io.StringIO(read_text(path)), delimiter=delimiter)
    header = reader.fieldnames or []
    for name in REQUIRED:
        if columns[name] not in header:
            raise InputFileError(
                f'kolom "{columns[name]}" ({name}) staat niet in de kopregel', Location(source, 1)
            )
    present = {n: columns[n] for n in (*REQUIRED, *OPTIONAL) if columns.get(n) in header}
    totals: dict[tuple[str, str], list[int | None]] = {}
    names: dict[str, str] = {}
    for line, row in enumerate(reader, start=2):
        values = {name: row.get(column) or "" for name, column in present.items()}

        def get(name: str, values: dict[str, str] = values) -> str:
            return values.get(name, "")

        key = (get("periode").strip(), _code(get("gemeentecode")))
        count = _number(get("voorzieningen"), Location(source, line, present["voorzieningen"]))
        inwoners = _number(get("inwoners"), Location(source, line, present.get("inwoners")))
        bijstand = _number(get("bijstand"), Location(source, line, present.get("bijstand")))
        total = totals.setdefault(key, [0, inwoners, bijstand])
        total[0] = (total[0] or 0) + (count or 0)
        names[key[1]] = get("gemeente").strip()
    if not totals:
        raise InputFileError("geen regels met cijfers", Location(source))
    periode = max(p for p, _ in totals)
    rows = []
    for (p, code), (count, inwoners, bijstand) in totals.items():
        if p != periode:
            continue
        rows.append(
            Standing(
                code,
                names.get(code, ""),
                p,
                count or 0,
                round(1000 * (count or 0) / inwoners, 1) if inwoners else None,
                round((count or 0) / bijstand, 3) if bijstand else None,
            )
        )
    ranked = sorted(rows, key=lambda s: -(s.per_1000_inwoners or -1))
    placed = [
        Standing(**{**s.__dict__, "plaats": i if s.per_1000_inwoners is not None else None})
        for i, s in enumerate(ranked, start=1)
    ]
    return Benchmark(periode, placed, source, str(layout.get("name") or layout_source))
