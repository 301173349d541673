"""Generated monthly deliveries for history and dashboard tests (synthetic data only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from srg_guide.locations import sample_tables
from srg_guide.sample import generate
from tests.checks.deliveries import NEW_CODES, example_params

PARAMS = example_params()
DATA_ARGS = ["--tables", str(sample_tables()), "--trees", str(NEW_CODES)]
"""CLI options for the tables the generator uses."""


def write_month(
    folder: Path,
    month: dt.date,
    *,
    rows: int = 80,
    seed: int = 1,
    defects: str | None = None,
    second_gemeente: str | None = None,
) -> Path:
    """A delivery for ``month``; with ``second_gemeente`` every other record moves there."""
    counts = {} if defects == "none" else None
    sample = generate(rows, seed, PARAMS, defects=counts, month=month)
    lines = sample.current
    if second_gemeente:
        lines = [lines[0]] + [
            second_gemeente.encode() + line[4:] if i % 2 and line.startswith(b"0363;") else line
            for i, line in enumerate(lines[1:])
        ]
    path = folder / f"levering-{month:%Y-%m}.csv"
    path.write_bytes(b"".join(lines))
    return path


def month_add(start: dt.date, n: int) -> dt.date:
    """The first day of the month ``n`` months after ``start``."""
    index = start.year * 12 + start.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


__all__ = ["DATA_ARGS", "PARAMS", "month_add", "write_month"]
