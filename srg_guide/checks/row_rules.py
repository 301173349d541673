"""Row rules over the batches of one file: exact counts and (up to --limit) findings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, PER_BATCH, RowContext, date_column
from srg_guide.checks.finding import Finding
from srg_guide.checks.registry import Condition, RowRule, Rule
from srg_guide.checks.report import RuleResult


def key_expr() -> pl.Expr:
    """The tracking key: registratienummer, gemeentecode and berichtgevercode."""
    return pl.concat_str([pl.col(n) for n in KEY_FIELDS], separator="/").alias("key")


class RowRunner:
    """Evaluates the row rules of one file and keeps counts and (up to ``limit``) findings.

    Firing rows are few: they are gathered over batches and sorted into findings per
    ``FLUSH_ROWS``, so the per-rule work runs a handful of times, not once per batch.
    """

    FLUSH_ROWS = 50_000

    def __init__(self, rules: list[RowRule], ctx: RowContext, limit: int | None) -> None:
        self.limit = limit
        self.conditions: list[tuple[Rule, Condition]] = []
        shape_ok = (
            pl.col("_width") == ctx.expected_width
            if ctx.expected_width is not None
            else pl.lit(True)
        )
        any_width: list[pl.Expr] = []
        shaped: list[pl.Expr] = []
        for rule in rules:
            for cond in rule.conditions(ctx):
                (any_width if rule.any_width else shaped).append(cond.when)
                when = cond.when if rule.any_width else cond.when & shape_ok
                self.conditions.append((rule, replace(cond, when=when)))
        # The batch pass tests the shape once, not once per condition; a null condition does
        # not fire (filter drops null), as in ``flags``.
        parts = [*any_width, *([shape_ok & pl.any_horizontal(shaped)] if shaped else [])]
        self.hit = pl.any_horizontal(parts) if parts else pl.lit(False)
        self.results: dict[str, RuleResult] = {r.code: RuleResult(r.info()) for r in rules}
        self.has_key = ctx.has(*KEY_FIELDS)
        self.layout = ctx.layout
        self.names = [f"__c{i}" for i in range(len(self.conditions))]
        self.flags = [
            c.when.fill_null(False).alias(n)
            for (_, c), n in zip(self.conditions, self.names, strict=True)
        ]
        self.pending: list[pl.DataFrame] = []
        self.pending_rows = 0

    def hits(self, frame: pl.DataFrame) -> pl.DataFrame:
        """The rows of one prepared batch on which any rule fires (keeps no state, so it
        may run on the thread that prepares the batches)."""
        return frame.lazy().filter(self.hit).collect(optimizations=PER_BATCH)

    def keep(self, hits: pl.DataFrame) -> None:
        """Gather the firing rows of one batch (from ``hits``), in file order."""
        if hits.is_empty():
            return
        self.pending.append(hits)
        self.pending_rows += hits.height
        if self.pending_rows >= self.FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        """Turn the gathered firing rows into counts and findings."""
        if not self.pending:
            return
        hits = pl.concat(self.pending, how="vertical_relaxed").with_columns(self.flags)
        self.pending, self.pending_rows = [], 0
        key = key_expr() if self.has_key else pl.lit(None, dtype=pl.String).alias("key")
        fired = hits.select(pl.col(self.names).sum()).row(0)
        for (rule, cond), name, count in zip(self.conditions, self.names, fired, strict=True):
            if not count:
                continue
            rows = hits.filter(pl.col(name))
            if cond.confirm is not None:
                rows = rows.filter(cond.confirm.fill_null(False))
            if rows.is_empty():
                continue
            self.results[rule.code].add(
                self._findings(rule, cond, rows, key), self.limit, count=rows.height
            )

    def _shown(self, name: str) -> pl.Expr:
        """A field's value as a finding shows it: a readable date as DD-MM-JJJJ (a month as
        MM-JJJJ), anything else, an unreadable date too, as it is in the file."""
        spec = self.layout.field(name)
        raw = pl.col(name).cast(pl.String)
        if spec is None or spec.type not in ("date", "month"):
            return raw
        notation = "%d-%m-%Y" if spec.type == "date" else "%m-%Y"
        return pl.coalesce(pl.col(date_column(name)).dt.strftime(notation), raw)

    def _findings(
        self, rule: Rule, cond: Condition, rows: pl.DataFrame, key: pl.Expr
    ) -> Iterator[Finding]:
        """Findings for the firing ``rows`` in file order; built only as far as they are read."""
        value = self._shown(cond.field) if cond.field in rows.columns else pl.lit(None)
        detail = cond.detail if cond.detail is not None else pl.lit(None)
        # The other fields the rule read, so the record can be found (reports filter them).
        extra = [
            f
            for f in rule.requires
            if f != cond.field and f in rows.columns and f not in KEY_FIELDS
        ]
        picked = (rows if self.limit is None else rows.head(self.limit)).select(
            "_line",
            value.cast(pl.String).alias("value"),
            key,
            detail.cast(pl.String).alias("detail"),
            *(self._shown(f).alias(f"_ctx{i}") for i, f in enumerate(extra)),
        )
        for line, val, key_value, det, *rest in picked.iter_rows():
            message = cond.message.format(detail=det) if det is not None else cond.message
            context = tuple((f, v) for f, v in zip(extra, rest, strict=True) if v is not None)
            yield Finding(
                rule.code,
                rule.severity,
                message,
                line,
                cond.field,
                val,
                key_value,
                context=context,
            )
