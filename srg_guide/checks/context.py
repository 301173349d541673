"""What rules see: typed columns per batch (RowContext), the whole file (FileState) and a
conversion file with both deliveries (ConversionState)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from srg_guide.checks.calendar import last_day_of_month, month_end, months_reached
from srg_guide.checks.conversion_layout import FIELDS as CONVERSION_FIELDS
from srg_guide.checks.layout import FieldSpec, Layout
from srg_guide.checks.params import AowAge, Params
from srg_guide.checks.report import ConversionPair

KEY_FIELDS = ("registratienummer", "gemeentecode", "berichtgevercode")
TRACKING_FIELDS = (*KEY_FIELDS, "bsn", "type_voorziening", "begindatum", "einddatum")
"""Kept per record to compare two months; the renumbering pairs (history) read every one."""
REGISTER_FIELDS = ("lokale_code", "type_voorziening")
CONVERSION_REQUIRED = CONVERSION_FIELDS[:2]
"""The old and the new registratienummer: every conversion line needs both."""


def date_column(name: str) -> str:
    """Name of the parsed-date column of field ``name``."""
    return f"{name}__date"


def number_column(name: str) -> str:
    """Name of the parsed-number column of field ``name``."""
    return f"{name}__num"


# Common-subexpression elimination costs more planning per batch than it saves on ~30k rows.
PER_BATCH = pl.QueryOptFlags(comm_subexpr_elim=False)

MONTH_END = "__month_end"
MONTHS = "__months"
MAX_MONTHS = "__max_months"
DURATION_FIELDS = ("type_voorziening", "begindatum", "einddatum")
"""What the duration columns (and SRG305) read."""


def prepare_exprs(
    layout: Layout, reporting_month: dt.date | None, params: Params | None = None
) -> list[list[pl.Expr]]:
    """Expression stages: text without surrounding blanks (empty -> null), typed columns, then
    month end and durations. A field of only spaces is empty, as in a fixed-width file."""
    present = [_present(s.name) for s in layout.fields]
    typed: list[pl.Expr] = []
    for spec in layout.fields:
        raw = pl.col(spec.name)
        if spec.type in ("date", "month"):
            text = raw if "DD" in spec.notation else raw + "01"
            # Digits-only notations need only a length check; chrono checks the digits.
            shape_ok = (
                raw.str.len_bytes() == len(spec.notation)
                if spec.notation.isalpha()
                else raw.str.contains(spec.date_pattern)
            )
            typed.append(
                pl.when(shape_ok)
                .then(text.str.to_date(spec.strftime, strict=False))
                .alias(date_column(spec.name))
            )
        elif spec.type == "number":
            # Only the layout's decimal mark; no thousands separator, no sign other than "-".
            text = raw.str.replace(",", ".", literal=True) if spec.format == "," else raw
            pattern = rf"^-?\d+({re.escape(spec.format or '.')}\d+)?$"
            typed.append(
                pl.when(raw.str.contains(pattern))
                .then(text.cast(pl.Float64, strict=False))
                .alias(number_column(spec.name))
            )
    month = layout.field("verslagmaand")
    fallback = pl.lit(reporting_month, dtype=pl.Date)
    if month and month.type == "month":
        last_day = month_end(pl.coalesce(pl.col(date_column("verslagmaand")), fallback))
    else:
        # No verslagmaand column: one literal for every row (rules needing it do not run).
        last_day = pl.lit(last_day_of_month(reporting_month), dtype=pl.Date)
    stages = [present, typed, [last_day.alias(MONTH_END)]]
    if params is not None and layout.has(*DURATION_FIELDS):
        until = pl.min_horizontal(pl.col(date_column("einddatum")), pl.col(MONTH_END))
        limit = pl.col("type_voorziening").replace_strict(
            params.max_months, default=None, return_dtype=pl.Int32
        )
        stages.append(
            [
                months_reached(pl.col(date_column("begindatum")), until).alias(MONTHS),
                limit.alias(MAX_MONTHS),
            ]
        )
    return stages


def _present(name: str) -> pl.Expr:
    """The field's text without leading and trailing spaces or tabs; null when nothing is left."""
    text = pl.col(name).str.strip_chars(" \t")
    return pl.when(text.str.len_bytes() > 0).then(text).alias(name)


def _chunk_sums(weights: tuple[int, int, int]) -> pl.Series:
    """Weighted digit sum of every three-digit chunk 000-999."""
    return pl.Series(
        [sum(int(d) * w for d, w in zip(f"{v:03d}", weights, strict=True)) for v in range(1000)],
        dtype=pl.Int32,
    )


# The elfproef weights 9..2 and -1, in three lookup tables of three digits each: one
# lookup per chunk is far cheaper than eight integer divisions per row.
_ELFPROEF_CHUNKS = (_chunk_sums((9, 8, 7)), _chunk_sums((6, 5, 4)), _chunk_sums((3, 2, -1)))


def elfproef(digits: pl.Expr) -> pl.Expr:
    """True where ``digits`` (nine digits) passes the BSN elfproef."""
    parsed = digits.str.to_integer(strict=False)
    number = parsed.clip(0, 999_999_999)
    chunks = (number // 1_000_000, number // 1000 % 1000, number % 1000)
    total = pl.sum_horizontal(
        pl.lit(table).gather(chunk) for table, chunk in zip(_ELFPROEF_CHUNKS, chunks, strict=True)
    )
    return (total % 11 == 0) & parsed.is_between(1, 999_999_999)


@dataclass
class RowContext:
    """Column expressions and settings for row rules."""

    layout: Layout
    params: Params
    expected_width: int | None
    reporting_month: dt.date | None
    may_have_bad_bytes: bool = True

    def has(self, *names: str) -> bool:
        """True when the layout has every named field."""
        return self.layout.has(*names)

    def raw(self, name: str) -> pl.Expr:
        """The stripped text of a field; null when empty."""
        return pl.col(name)

    def date(self, name: str) -> pl.Expr:
        """The parsed date of a date or month field; null when empty or invalid."""
        return pl.col(date_column(name))

    def number(self, name: str) -> pl.Expr:
        """The parsed value of a number field; null when empty or invalid."""
        return pl.col(number_column(name))

    @property
    def month_end(self) -> pl.Expr:
        """Last day of the record's verslagmaand (the file's when the record's is unusable)."""
        return pl.col(MONTH_END)

    def codes(self, spec: FieldSpec) -> list[str]:
        """Allowed values of a code field."""
        if spec.codes == "type":
            return sorted(self.params.type_codes)
        if spec.codes == "doel":
            return sorted(self.params.doel_codes)
        return list(spec.codes or ())

    def longer_than(self, months: pl.Expr | int) -> pl.Expr:
        """True when the provision has run longer than ``months`` months (srg-facts §4).

        The period runs from begindatum through the earlier of einddatum and the last day of
        the verslagmaand; it is longer than N months when its end falls after begindatum +
        N months - 1 day. The duration rule and the spiegel's buckets both use this.
        """
        return pl.col(MONTHS) >= months

    def max_months(self) -> pl.Expr:
        """The maximum duration for the record's type (tables/durations.yaml), or null."""
        return pl.col(MAX_MONTHS)

    def aow_date(self) -> pl.Expr:
        """The date the person reaches AOW age, from the dated table by birth date."""
        birth = self.date("geboortedatum")
        return self._by_aow_row(lambda age: birth.dt.offset_by(f"{age.years}y{age.months}mo"))

    def aow_age_label(self) -> pl.Expr:
        """The AOW age for the birth date in words, e.g. "66 jaar en 4 maanden"."""
        return self._by_aow_row(lambda age: pl.lit(age.label))

    def aow_assumed(self) -> pl.Expr:
        """True where the AOW-age row for the birth date is marked as an aanname (not confirmed)."""
        return self._by_aow_row(lambda age: pl.lit(not age.confirmed))

    def _by_aow_row(self, value: Callable[[AowAge], pl.Expr]) -> pl.Expr:
        """``value`` of the first row of the AOW table whose birth dates hold the record's."""
        birth = self.date("geboortedatum")
        expr: Any = pl
        for age in self.params.aow_ages:
            expr = expr.when(birth.is_between(age.born_from, age.born_until)).then(value(age))
        return expr.otherwise(None) if expr is not pl else pl.lit(None, dtype=pl.Date)


@dataclass
class FileState:
    """Tracking columns of the whole file (and of the previous month's file when given)."""

    params: Params
    layout: Layout
    current: pl.DataFrame
    previous: pl.DataFrame | None = None
    reporting_month: dt.date | None = None
    previous_month: dt.date | None = None
    pairs: list[ConversionPair] = field(default_factory=list)
    """Likely renumbered provisions (history.renumber_pairs), filled by the runner when the
    layout has every field of ``TRACKING_FIELDS``; empty otherwise."""
    register: pl.DataFrame | None = None
    """The voorzieningenregister (lokale_code, decided, counts, type_code) with --register."""
    register_rows: pl.DataFrame | None = None
    """Records with a local code joined with the register (register_join.joined), once."""
    record_count: int | None = None


@dataclass
class ConversionLine:
    """One line of a conversion file (fields as in ``conversion_layout.FIELDS``); empty is None."""

    line: int
    width: int
    values: dict[str, str | None]


@dataclass
class ConversionState:
    """The conversion lines and the tracking keys of both deliveries."""

    lines: list[ConversionLine]
    previous: pl.DataFrame
    current: pl.DataFrame

    def matches(self, line: ConversionLine, side: str) -> pl.DataFrame:
        """Records with the old (``side`` "oud", last month) or new ("nieuw", this month)
        registratienummer and codes of ``line``."""
        frame = self.previous if side == "oud" else self.current
        condition = pl.col("registratienummer") == line.values[f"{side}_registratienummer"]
        for name in ("gemeentecode", "berichtgevercode"):
            value = line.values[f"{side}_{name}"]
            if value is not None:
                condition = condition & (pl.col(name) == value)
        return frame.filter(condition)
