"""XLSX reader via python-calamine: the first row names the columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import polars as pl

from srg_guide.checks.layout import FieldSpec, Layout
from srg_guide.checks.readers.delimited import refuse_duplicate_columns
from srg_guide.checks.readers.lines import BATCH_ROWS
from srg_guide.checks.readers.xlsx_limits import check_xlsx_limits
from srg_guide.errors import InputFileError, Location, display_path


def _cell_text(value: Any, spec: FieldSpec) -> str | None:
    """A cell as the text the layout expects (dates in the layout's notation)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        fmt = spec.notation.replace("JJJJ", "%Y").replace("MM", "%m").replace("DD", "%d")
        return value.strftime(fmt)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float) and spec.format == ",":
        return str(value).replace(".", ",")
    return str(value).strip()


def xlsx_batches(path: Path, layout: Layout) -> Iterator[pl.DataFrame]:
    """Batches with ``_line`` (the sheet row), ``_width`` and one String column per field."""
    from python_calamine import CalamineWorkbook  # only loaded for workbooks

    source = display_path(path)
    check_xlsx_limits(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        if layout.sheet and layout.sheet not in names:
            raise InputFileError(f'werkblad "{layout.sheet}" ontbreekt', Location(source))
        sheet = book.get_sheet_by_name(layout.sheet or names[0])
        rows = iter(sheet.iter_rows())
        header = [str(c).strip() for c in next(rows, [])]
    except InputFileError:
        raise
    except Exception as exc:  # calamine raises several private error types
        raise InputFileError(f"geen leesbaar Excel-bestand ({exc})", Location(source)) from None
    refuse_duplicate_columns(header, Location(source, 1))
    missing = [spec.column for spec in layout.fields if spec.column not in header]
    if missing:
        raise InputFileError(
            f"deze kolommen ontbreken in de kopregel: {', '.join(missing)}", Location(source, 1)
        )
    specs = [(spec, header.index(spec.column)) for spec in layout.fields]
    schema = {"_line": pl.Int64, "_width": pl.Int64} | {s.name: pl.String for s, _ in specs}
    line = 2
    while chunk := list(islice(rows, BATCH_ROWS)):
        data: dict[str, list[Any]] = {
            "_line": list(range(line, line + len(chunk))),
            "_width": [len(header)] * len(chunk),
        }
        for spec, i in specs:
            data[spec.name] = [_cell_text(r[i] if i < len(r) else None, spec) for r in chunk]
        line += len(chunk)
        frame = pl.DataFrame(data, schema=schema)
        yield frame.filter(pl.any_horizontal(pl.col(s.name).is_not_null() for s, _ in specs))
