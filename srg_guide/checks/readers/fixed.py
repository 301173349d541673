"""Fixed-width reader: fields cut at the layout's positions; ``_width`` is the line length."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from srg_guide.checks.layout import Layout
from srg_guide.checks.readers.lines import line_batches
from srg_guide.checks.readers.scan import FileScan


def fixed_batches(
    path: Path, scan: FileScan, layout: Layout, encoding: str
) -> Iterator[pl.DataFrame]:
    """Batches with ``_line``, ``_width`` and one String column per field."""
    raw = pl.col("raw")
    for batch in line_batches(path, scan, encoding):
        fields = batch.filter(raw.is_not_null()).select(
            "_line",
            raw.str.len_chars().cast(pl.Int64).alias("_width"),
            *[
                raw.str.slice((f.start or 1) - 1, f.length).str.strip_chars(" ").alias(f.name)
                for f in layout.fields
            ],
        )
        del batch
        yield fields
        del fields  # before the next block is read
