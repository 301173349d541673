"""Month arithmetic through lookup tables agrees with the calendar."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from srg_guide.checks import calendar


def _months(start: dt.date, end: dt.date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months - (end.day < start.day)


def _next_month_start(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


DAYS = [
    dt.date(2024, 1, 31),
    dt.date(2024, 2, 29),
    dt.date(2023, 2, 28),
    dt.date(2026, 12, 31),
    dt.date(1800, 1, 1),
    dt.date(2199, 12, 31),
    dt.date(1950, 6, 15),
]


@pytest.mark.parametrize("start", DAYS)
@pytest.mark.parametrize("end", DAYS)
def test_whole_months_and_month_bounds(start: dt.date, end: dt.date) -> None:
    frame = pl.DataFrame({"s": [start], "e": [end]})
    row = frame.select(
        calendar.whole_months(pl.col("s"), pl.col("e")).alias("months"),
        calendar.month_start(pl.col("e")).alias("first"),
        calendar.month_end(pl.col("e")).alias("last"),
    ).row(0)
    last = _next_month_start(end) - dt.timedelta(days=1)
    assert row == (_months(start, end), end.replace(day=1), last)


def test_dates_outside_the_tables_and_nulls_give_null() -> None:
    frame = pl.DataFrame(
        {"d": [dt.date(1799, 12, 31), dt.date(2200, 1, 1), None]}, schema={"d": pl.Date}
    )
    out = frame.select(
        calendar.month_end(pl.col("d")).alias("end"),
        calendar.whole_months(pl.col("d"), pl.lit(dt.date(2000, 1, 1))).alias("months"),
    )
    assert out.null_count().row(0) == (3, 3)
