"""Physical lines of a text file in batches: column ``raw`` and 1-based ``_line``.

The file is read in blocks of a few MiB cut at a newline, so memory stays flat. UTF-8
blocks are split into lines by polars (fast); other encodings are decoded in Python.
Bad bytes become U+FFFD, never an exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl

from srg_guide.checks.readers.scan import FileScan

BLOCK_BYTES = 2 << 20
BATCH_ROWS = 100_000
_SCHEMA = {"_line": pl.Int64, "raw": pl.String}


def _blocks(path: Path) -> Iterator[bytes]:
    """Blocks of whole lines (the last one may lack its newline)."""
    carry = b""
    with path.open("rb") as handle:
        while data := handle.read(BLOCK_BYTES):
            data = carry + data
            cut = data.rfind(b"\n") + 1
            carry = data[cut:]
            if cut:
                yield data[:cut]
    if carry:
        yield carry + b"\n"


def _python_lines(block: bytes, encoding: str) -> list[str | None]:
    text = block.decode(encoding, errors="replace")
    return [line.rstrip("\r") or None for line in text.split("\n")[:-1]]


def line_batches(path: Path, scan: FileScan, encoding: str) -> Iterator[pl.DataFrame]:
    """Batches of every line (blank lines as null ``raw``), in file order."""
    first = 1
    fast = encoding == "utf-8" and not scan.has_unit_separator
    for block in _blocks(path):
        count = block.count(b"\n")
        frame = None
        if fast:
            frame = pl.read_csv(
                block,
                has_header=False,
                separator="\x1f",
                quote_char=None,
                infer_schema=False,
                new_columns=["raw"],
                encoding="utf8-lossy",
            )
            if b"\r" in block:
                frame = frame.with_columns(pl.col("raw").str.strip_suffix("\r"))
        if frame is None or frame.height != count:
            frame = pl.DataFrame({"raw": _python_lines(block, encoding)}, schema={"raw": pl.String})
        frame = frame.with_columns(
            pl.int_range(first, first + count, dtype=pl.Int64).alias("_line")
        ).select(list(_SCHEMA))
        first += count
        del block
        yield frame
        del frame  # before the next block is read
