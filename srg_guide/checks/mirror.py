"""The spiegel: counts per type and doel, starts, ends and durations, summed over batches."""

from __future__ import annotations

from collections import Counter

import polars as pl

from srg_guide.checks import calendar
from srg_guide.checks.context import RowContext
from srg_guide.checks.report import Mirror, TypeMirror

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
        """The finished spiegel; ``previous_per_type`` adds month-over-month counts."""
        names = self.ctx.params.type_codes
        sources = {t.code: t.code_source for t in self.ctx.params.types if t.code}
        types = sorted({code for code, _ in self.per_type_doel})
        rows = []
        for code in types:
            per_doel = {d: n for (c, d), n in sorted(self.per_type_doel.items()) if c == code}
            rows.append(
                TypeMirror(
                    code=code,
                    name=names.get(code, "onbekend type"),
                    code_source=sources.get(code, ""),
                    total=sum(per_doel.values()),
                    per_doel=per_doel,
                    started=self.started[code],
                    ended=self.ended[code],
                    running=self.running[code],
                    max_months=self.ctx.params.max_months.get(code),
                    over_max=self.over_max[code],
                    previous_total=None
                    if previous_per_type is None
                    else previous_per_type.get(code, 0),
                )
            )
        doel_totals: Counter[str] = Counter()
        for (_, doel), n in self.per_type_doel.items():
            doel_totals[doel] += n
        return Mirror(
            types=rows,
            per_doel=dict(sorted(doel_totals.items())),
            started=sum(self.started.values()),
            ended=sum(self.ended.values()),
            running=sum(self.running.values()),
            duration_months={label: self.durations[label] for label in _BUCKET_LABELS},
            previous_total=None if previous_per_type is None else sum(previous_per_type.values()),
            doel_names=dict(self.ctx.params.doel_codes),
            maxima=[
                (code, names.get(code, "onbekend type"), months)
                for code, months in sorted(self.ctx.params.max_months.items())
            ],
        )
