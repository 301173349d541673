"""Readers: one per file format, each yielding batch frames of raw String fields.

Every batch has ``_line`` (line in the file), ``_width`` (fields or characters on that
line) and one column per layout field. Nothing is loaded whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from srg_guide.checks.layout import Layout
from srg_guide.checks.readers.delimited import column_indexes, csv_batches
from srg_guide.checks.readers.fixed import fixed_batches
from srg_guide.checks.readers.scan import FileScan, refuse_unreadable_text, scan_file
from srg_guide.checks.readers.xlsx import xlsx_batches
from srg_guide.inputs import local_copy

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class Source:
    """An opened delivery: its scan, expected width and batch iterator."""

    path: Path
    scan: FileScan
    encoding: str
    expected_width: int | None
    batches: Iterator[pl.DataFrame]

    @property
    def may_have_bad_bytes(self) -> bool:
        """False when no byte of the file is invalid in its encoding (so no U+FFFD appears)."""
        if self.encoding == "utf-8":
            return self.scan.bad_utf8
        return self.encoding == "cp1252" and not self.scan.cp1252_ok


def open_source(path: Path, layout: Layout) -> Source:
    """Scan ``path`` and prepare the reader that fits its suffix and the layout."""
    path = local_copy(path)  # a pipe is read once, into a private copy
    scan = scan_file(path)
    if path.suffix.lower() in XLSX_SUFFIXES:
        return Source(path, scan, "xlsx", None, xlsx_batches(path, layout))
    refuse_unreadable_text(path, scan)
    encoding = scan.encoding if layout.encoding == "auto" else layout.encoding
    if layout.format == "fixed":
        width = layout.record_length or 0
        return Source(path, scan, encoding, width, fixed_batches(path, scan, layout, encoding))
    _, width = column_indexes(path, scan, layout, encoding)
    return Source(path, scan, encoding, width, csv_batches(path, scan, layout, encoding))


__all__ = ["FileScan", "Source", "open_source"]
