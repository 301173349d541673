"""The spiegel: counts per type and doel, starts, ends and durations, summed over batches."""

from __future__ import annotations

from collections import Counter

import polars as pl

from srg_guide.checks import calendar
from srg_guide.checks.context import RowContext
from srg_guide.checks.report import MIRROR_FIELDS_MISSING, MONTH_UNREADABLE, Mirror, TypeMirror

DURATION_BUCKETS = ((6, "0-6"), (12, "7-12"), (24, "13-24"), (60, "25-60"))
LONGEST_BUCKET = "meer dan 60"
_BUCKET_LABELS = [label for _, label in DURATION_BUCKETS] + [LONGEST_BUCKET]


class MirrorCounter:
    """Adds up mirror counts group by group (see ``keys``); ``mirror()`` gives the result."""

    def __init__(self, ctx: RowContext) -> None:
        self.ctx = ctx
        self.per_type_doel: Counter[tuple[str, str]] = Counter()
        self.started: Counter[str] = Counter()
        self.ended: Counter[str] = Counter()
        self.running: Counter[str] = Counter()
        self.over_max: Counter[str] = Counter()
        self.durations: Counter[str] = Counter()
        layout = ctx.layout
        self.enabled = layout.has("type_voorziening", "doel_inzet", "begindatum", "einddatum")

    def keys(self) -> list[pl.Expr]:
        """Group-by keys of a batch: type, doel and a small number packing the flags.

        Bits 0-3 hold started, ended, running and over the maximum; from bit 4 up, the
        duration bucket plus one (0: unknown). The same "longer than N months" as SRG305: a
        bucket "7-12" is longer than 6 months. ``count`` unpacks them.
        """
        ctx = self.ctx
        month_start = calendar.month_start(ctx.month_end)
        begin, end = ctx.date("begindatum"), ctx.date("einddatum")
        flags = [
            begin.is_between(month_start, ctx.month_end),
            end.is_between(month_start, ctx.month_end),
            end.is_null() | (end > ctx.month_end),
            ctx.longer_than(ctx.max_months()),
        ]
        bucket = pl.when(ctx.longer_than(0).is_not_null()).then(
            pl.sum_horizontal([ctx.longer_than(top) for top, _ in DURATION_BUCKETS]) + 1
        )
        packed = pl.sum_horizontal(
            *[flag.fill_null(False).cast(pl.Int32) * (1 << bit) for bit, flag in enumerate(flags)],
            bucket.fill_null(0).cast(pl.Int32) * 16,
        )
        return [
            pl.col("type_voorziening").fill_null("?"),
            pl.col("doel_inzet").fill_null("?"),
            packed.alias("packed"),
        ]

    def count(self, code: str, doel: str, bits: int, n: int) -> None:
        """Add ``n`` records of one group of ``keys``."""
        self.per_type_doel[(code, doel)] += n
        self.started[code] += n if bits & 1 else 0
        self.ended[code] += n if bits & 2 else 0
        self.running[code] += n if bits & 4 else 0
        self.over_max[code] += n if bits & 8 else 0
        if bits >> 4:
            self.durations[_BUCKET_LABELS[(bits >> 4) - 1]] += n

    def mirror(self, previous_per_type: dict[str, int] | None) -> Mirror:
        """The finished spiegel; ``previous_per_type`` adds month-over-month counts.

        Counts that cannot be made (no readable verslagmaand, or a layout without the fields
        the spiegel groups by) are None with the reason, never 0.
        """
        not_counted = (
            MIRROR_FIELDS_MISSING
            if not self.enabled
            else MONTH_UNREADABLE
            if self.ctx.reporting_month is None
            else None
        )
        month_known = not_counted is None
        types = sorted({code for code, _ in self.per_type_doel})
        rows = [self._type_row(code, month_known, previous_per_type) for code in types]
        doel_totals: Counter[str] = Counter()
        for (_, doel), n in self.per_type_doel.items():
            doel_totals[doel] += n
        names = self.ctx.params.type_codes
        return Mirror(
            types=rows,
            per_doel=dict(sorted(doel_totals.items())),
            started=sum(self.started.values()) if month_known else None,
            ended=sum(self.ended.values()) if month_known else None,
            running=sum(self.running.values()) if month_known else None,
            duration_months={label: self.durations[label] for label in _BUCKET_LABELS}
            if month_known
            else None,
            previous_total=None if previous_per_type is None else sum(previous_per_type.values()),
            doel_names=dict(self.ctx.params.doel_codes),
            maxima=[
                (code, names.get(code, "onbekend type"), months)
                for code, months in sorted(self.ctx.params.max_months.items())
            ],
            not_counted=not_counted,
        )

    def _type_row(
        self, code: str, month_known: bool, previous_per_type: dict[str, int] | None
    ) -> TypeMirror:
        """The spiegel row of one type; counts that need the verslagmaand None without it."""
        params = self.ctx.params
        per_doel = {d: n for (c, d), n in sorted(self.per_type_doel.items()) if c == code}
        max_months = params.max_months.get(code)

        def by_month(counter: Counter[str]) -> int | None:
            return counter[code] if month_known else None

        return TypeMirror(
            code=code,
            name=params.type_codes.get(code, "onbekend type"),
            code_source=next((t.code_source for t in params.types if t.code == code), ""),
            total=sum(per_doel.values()),
            per_doel=per_doel,
            started=by_month(self.started),
            ended=by_month(self.ended),
            running=by_month(self.running),
            max_months=max_months,
            # No maximum for the type: SRG305 does not judge it, so "0 over" would be false.
            over_max=None if max_months is None else by_month(self.over_max),
            previous_total=None if previous_per_type is None else previous_per_type.get(code, 0),
        )
