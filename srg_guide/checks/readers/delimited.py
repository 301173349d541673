"""CSV reader: columns by header name (or layout order), one batch frame per 100,000 lines."""

from __future__ import annotations

import codecs
import csv
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import polars as pl

from srg_guide.checks.layout import Layout
from srg_guide.checks.readers.lines import BATCH_ROWS, line_batches
from srg_guide.checks.readers.scan import MAX_HEADER_BYTES, FileScan
from srg_guide.errors import InputFileError, Location, display_path


def _header(scan: FileScan, layout: Layout, encoding: str) -> list[str]:
    text = scan.first_line.decode(encoding, errors="replace").lstrip("\ufeff")
    try:
        cells = next(csv.reader([text], delimiter=layout.delimiter), [])
    except csv.Error:
        cells = text.split(layout.delimiter)
    return [cell.strip() for cell in cells]


def refuse_duplicate_columns(header: list[str], where: Location) -> None:
    """A column name twice in the header: which one holds the value is anyone's guess."""
    twice = [name for name, count in Counter(header).items() if name and count > 1]
    if twice:
        raise InputFileError(
            "deze kolommen staan meer dan één keer in de kopregel: " + ", ".join(twice),
            where,
        )


def column_indexes(
    path: Path, scan: FileScan, layout: Layout, encoding: str
) -> tuple[dict[str, int], int]:
    """Field name -> column index, and the number of columns a line must have."""
    if not layout.header:
        return {f.name: i for i, f in enumerate(layout.fields)}, len(layout.fields)
    if not scan.first_line_complete:
        raise InputFileError(
            f"de kopregel is langer dan {MAX_HEADER_BYTES // 1024} KiB; dat is geen kopregel "
            "van een levering. Staan de regeleinden goed?",
            Location(display_path(path), 1),
        )
    if not scan.first_line.removeprefix(codecs.BOM_UTF8).strip():
        raise InputFileError(
            "het bestand is leeg: er staat geen kopregel in (en geen records)",
            Location(display_path(path), 1),
        )
    header = _header(scan, layout, encoding)
    refuse_duplicate_columns(header, Location(display_path(path), 1))
    missing = [spec.column for spec in layout.fields if spec.column not in header]
    if missing:
        raise InputFileError(
            f"deze kolommen ontbreken in de kopregel: {', '.join(missing)} "
            f"(layout {layout.path}; is het scheidingsteken {layout.delimiter!r}?)",
            Location(display_path(path), 1),
        )
    return {s.name: header.index(s.column) for s in layout.fields}, len(header)


def csv_batches(
    path: Path, scan: FileScan, layout: Layout, encoding: str
) -> Iterator[pl.DataFrame]:
    """Batches with ``_line``, ``_width`` (number of fields) and one String column per field."""
    indexes, _ = column_indexes(path, scan, layout, encoding)
    skip = 1 if layout.header else 0
    if scan.has_quote:
        yield from _quoted_batches(path, layout, encoding, indexes, skip)
        return
    raw, parts = pl.col("raw"), pl.col("_parts")
    for batch in line_batches(path, scan, encoding):
        fields = (
            batch.filter(raw.is_not_null() & (pl.col("_line") > skip))
            .select("_line", raw.str.split(layout.delimiter).alias("_parts"))
            .select(
                "_line",
                parts.list.len().cast(pl.Int64).alias("_width"),
                *[parts.list.get(i, null_on_oob=True).alias(name) for name, i in indexes.items()],
            )
        )
        del batch
        yield fields
        del fields  # before the next block is read


def _quoted_batches(
    path: Path, layout: Layout, encoding: str, indexes: dict[str, int], skip: int
) -> Iterator[pl.DataFrame]:
    """The exact path for files with quotes: a record may span lines."""
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=layout.delimiter)
        for _ in range(skip):
            next(reader, None)

        def numbered() -> Iterator[tuple[int, list[str]]]:
            start = reader.line_num + 1
            for row in reader:
                if row:
                    yield start, row
                start = reader.line_num + 1

        rows_iter = numbered()
        try:
            while chunk := list(islice(rows_iter, BATCH_ROWS)):
                data: dict[str, list[object]] = {
                    "_line": [line for line, _ in chunk],
                    "_width": [len(row) for _, row in chunk],
                }
                for name, i in indexes.items():
                    data[name] = [row[i] if i < len(row) else None for _, row in chunk]
                schema = {"_line": pl.Int64, "_width": pl.Int64} | {n: pl.String for n in indexes}
                yield pl.DataFrame(data, schema=schema)
        except csv.Error as exc:
            raise InputFileError(
                f"CSV onleesbaar: {exc}", Location(display_path(path), reader.line_num)
            ) from None
