"""Month arithmetic through lookup tables agrees with the calendar."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from srg_guide.checks import calendar


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` + ``months`` months; a day the month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    following = dt.date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return dt.date(year, month + 1, min(day.day, (following - dt.timedelta(days=1)).day))


def reached(start: dt.date, end: dt.date) -> int:
    """Largest N with end >= start + N months, by trying (the definition, not a formula)."""
    n = (end.year - start.year) * 12 + end.month - start.month + 1
    while add_months(start, n) > end:
        n -= 1
    return n


def _next_month_start(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


DAYS = [
    dt.date(2024, 1, 31),
    dt.date(2024, 2, 29),
    dt.date(2023, 2, 28),
    dt.date(2024, 2, 28),
    dt.date(2026, 12, 31),
    dt.date(2026, 4, 30),
    dt.date(2026, 4, 29),
    dt.date(1800, 1, 1),
    dt.date(2199, 12, 31),
    dt.date(1950, 6, 15),
]


@pytest.mark.parametrize("start", DAYS)
@pytest.mark.parametrize("end", DAYS)
def test_months_reached_and_month_bounds(start: dt.date, end: dt.date) -> None:
    frame = pl.DataFrame({"s": [start], "e": [end]})
    row = frame.select(
        calendar.months_reached(pl.col("s"), pl.col("e")).alias("months"),
        calendar.month_start(pl.col("e")).alias("first"),
        calendar.month_end(pl.col("e")).alias("last"),
    ).row(0)
    last = _next_month_start(end) - dt.timedelta(days=1)
    assert row == (reached(start, end), end.replace(day=1), last)


def test_every_start_day_over_three_years_agrees_with_the_definition() -> None:
    starts = pl.date_range(dt.date(2023, 1, 1), dt.date(2024, 12, 31), eager=True)
    ends = [dt.date(2024, 2, 28), dt.date(2024, 2, 29), dt.date(2025, 2, 28), dt.date(2025, 4, 30)]
    frame = pl.DataFrame({"s": starts}).join(pl.DataFrame({"e": ends}), how="cross")
    got = frame.select(calendar.months_reached(pl.col("s"), pl.col("e"))).to_series().to_list()
    assert got == [reached(s, e) for s, e in frame.iter_rows()]


def test_last_day_of_month() -> None:
    assert calendar.last_day_of_month(dt.date(2024, 2, 10)) == dt.date(2024, 2, 29)
    assert calendar.last_day_of_month(dt.date(2025, 12, 31)) == dt.date(2025, 12, 31)
    assert calendar.last_day_of_month(None) is None


def test_dates_outside_the_tables_and_nulls_give_null() -> None:
    frame = pl.DataFrame(
        {"d": [dt.date(1799, 12, 31), dt.date(2200, 1, 1), None]}, schema={"d": pl.Date}
    )
    out = frame.select(
        calendar.month_end(pl.col("d")).alias("end"),
        calendar.months_reached(pl.col("d"), pl.lit(dt.date(2000, 1, 1))).alias("months"),
    )
    assert out.null_count().row(0) == (3, 3)
