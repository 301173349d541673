"""Physical lines of a text file in batches: column ``raw`` and 1-based ``_line``.

UTF-8 files go through polars' streaming CSV scanner (one column per line, fast);
other encodings are decoded in Python. Bad bytes become U+FFFD, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import polars as pl

from srg_guide.checks.readers.scan import FileScan

BATCH_ROWS = 100_000


def line_batches(path: Path, scan: FileScan, encoding: str) -> Iterator[pl.DataFrame]:
    """Batches of every line (blank lines as null ``raw``), in file order."""
    if encoding == "utf-8" and not scan.has_unit_separator:
        frame = pl.scan_csv(
            path,
            has_header=False,
            separator="\x1f",
            quote_char=None,
            infer_schema=False,
            new_columns=["raw"],
            encoding="utf8-lossy",
        ).with_row_index("_line", offset=1)
        for batch in frame.collect_batches(chunk_size=BATCH_ROWS):
            yield batch.with_columns(pl.col("_line").cast(pl.Int64))
        return
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        first = 1
        while chunk := list(islice(handle, BATCH_ROWS)):
            raw = [line.rstrip("\r\n") or None for line in chunk]
            yield pl.DataFrame(
                {"_line": range(first, first + len(raw)), "raw": raw},
                schema={"_line": pl.Int64, "raw": pl.String},
            )
            first += len(raw)
