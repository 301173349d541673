"""Month arithmetic on date columns through day-number lookup tables.

Polars computes month ends and year/month/day parts per row through the calendar, which
costs tens of milliseconds per million rows each time. A table with one entry per day from
1800 to 2199 turns each into a single gather. Dates outside that range give null.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import polars as pl

FIRST_DAY = dt.date(1800, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)


@dataclass(frozen=True)
class _Tables:
    """Per day: (month as a running number) * 32 + day of the month; its month's first/last day.

    ``month_day_end`` is ``month_day`` with the last day of a month counted as day 31.
    """

    month_day: pl.Series
    month_day_end: pl.Series
    month_start: pl.Series
    month_end: pl.Series


def _padded(values: pl.Series) -> pl.Series:
    """``values`` with a null before and after, where out-of-range dates land."""
    edge = pl.Series([None], dtype=values.dtype)
    return pl.concat([edge, values, edge])


@cache
def _tables() -> _Tables:
    days = pl.date_range(FIRST_DAY, LAST_DAY, eager=True)
    month = (days.dt.year().cast(pl.Int32) * 12 + days.dt.month().cast(pl.Int32)) * 32
    day = days.dt.day().cast(pl.Int32)
    is_last = days == days.dt.month_end()
    return _Tables(
        month_day=_padded(month + day),
        month_day_end=_padded(
            month + pl.select(pl.when(is_last).then(31).otherwise(day)).to_series()
        ),
        month_start=_padded(days.dt.month_start()),
        month_end=_padded(days.dt.month_end()),
    )


def _lookup(table: pl.Series, date: pl.Expr) -> pl.Expr:
    """``table`` at the position of ``date``; null when the date is outside the table."""
    position = date.cast(pl.Int32) - ((FIRST_DAY - dt.date(1970, 1, 1)).days - 1)
    return pl.lit(table).gather(position.clip(0, table.len() - 1))


def month_end(date: pl.Expr) -> pl.Expr:
    """The last day of the month of ``date``."""
    return _lookup(_tables().month_end, date)


def month_start(date: pl.Expr) -> pl.Expr:
    """The first day of the month of ``date``."""
    return _lookup(_tables().month_start, date)


def last_day_of_month(day: dt.date | None) -> dt.date | None:
    """The last day of the month of ``day`` (None stays None)."""
    if day is None:
        return None
    following = day.replace(day=28) + dt.timedelta(days=4)
    return following - dt.timedelta(days=following.day)


def months_reached(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """The largest N with ``end`` on or after ``start`` + N months (a month end stays a month end).

    ``start`` + N months keeps the day of the month, or takes the month's last day when that
    day does not exist (31-01 + 1 month = 28-02 or 29-02). So a provision has run longer than
    N months (srg-facts §4: the end of the period falls after begindatum + N months - 1 day)
    exactly when ``months_reached(begindatum, end) >= N`` (``RowContext.longer_than``).

    The day part of the difference lies within -30..30, so floor division by 32 takes one
    month off exactly when the end day comes before the start day and is not a month's last.
    """
    tables = _tables()
    return (_lookup(tables.month_day_end, end) - _lookup(tables.month_day, start)) // 32
