"""Reader -> rules -> Report, batch by batch, so large files never sit in memory whole."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path

import polars as pl

from srg_guide import __version__
from srg_guide.checks.context import (
    KEY_FIELDS,
    PER_BATCH,
    REGISTER_FIELDS,
    TRACKING_FIELDS,
    FileState,
    RowContext,
    date_column,
    prepare_exprs,
)
from srg_guide.checks.finding import Finding
from srg_guide.checks.history import PAIR_FIELDS, renumber_pairs
from srg_guide.checks.layout import Layout, load_layout
from srg_guide.checks.mirror import MirrorCounter
from srg_guide.checks.params import Params, load_params
from srg_guide.checks.plan import Situation, plan
from srg_guide.checks.readers import Source, open_source
from srg_guide.checks.registry import Condition, FileRule, RowRule, Rule, all_rules
from srg_guide.checks.report import Identity, Report, RuleResult
from srg_guide.errors import display_path

Progress = Callable[[int, int], None]
"""Called with (lines done, lines in the file) after every batch."""

SHAPE_RULE = "SRG107"


@dataclass
class _Collected:
    """Tracking frame parts and the reporting month of one file."""

    parts: list[pl.DataFrame] = field(default_factory=list)
    reporting_month: dt.date | None = None
    rows: int = 0

    def frame(self) -> pl.DataFrame:
        return pl.concat(self.parts, rechunk=False) if self.parts else pl.DataFrame()


def _select(frame: pl.DataFrame, *exprs: pl.Expr) -> pl.DataFrame:
    """``frame.select(exprs)`` planned for one batch."""
    return frame.lazy().select(*exprs).collect(optimizations=PER_BATCH)


def key_expr() -> pl.Expr:
    """The tracking key: registratienummer, gemeentecode and berichtgevercode."""
    return pl.concat_str([pl.col(n) for n in KEY_FIELDS], separator="/").alias("key")


def key_hash_expr() -> pl.Expr:
    """A 64-bit hash of the tracking key (null when a part is missing): cheap to keep."""
    parts = [pl.col(name) for name in KEY_FIELDS]
    return (
        pl.when(pl.all_horizontal(p.is_not_null() for p in parts))
        .then(pl.struct(parts).hash())
        .alias("key_hash")
    )


def _reporting_month(batch: pl.DataFrame, layout: Layout) -> dt.date | None:
    """The valid verslagmaand most records of the first batch carry."""
    spec = layout.field("verslagmaand")
    if spec is None or batch.is_empty():
        return None
    stages = prepare_exprs(layout.only("verslagmaand"), None)
    months = (batch.select(pl.col("verslagmaand")).with_columns(stages[0]).with_columns(stages[1]))[
        date_column("verslagmaand")
    ].drop_nulls()
    return None if months.is_empty() else months.mode().sort()[0]


def _prepared(source: Source, layout: Layout) -> tuple[Iterator[pl.DataFrame], dt.date | None]:
    """Read the first batch with records to learn the reporting month before compiling the
    rules (empty batches before it, e.g. a block holding only the header, are dropped)."""
    first = None
    for first in source.batches:
        if not first.is_empty():
            break
    if first is None:
        return iter(()), None
    # The list is handed over, not kept, so the first batch is freed once it is done.
    return chain([first], source.batches), _reporting_month(first, layout)


class _RowRunner:
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
        for rule in rules:
            for cond in rule.conditions(ctx):
                when = cond.when if rule.code == SHAPE_RULE else cond.when & shape_ok
                self.conditions.append((rule, replace(cond, when=when)))
        self.results: dict[str, RuleResult] = {r.code: RuleResult(r.info()) for r in rules}
        self.has_key = ctx.has(*KEY_FIELDS)
        self.names = [f"__c{i}" for i in range(len(self.conditions))]
        self.flags = [
            c.when.fill_null(False).alias(n)
            for (_, c), n in zip(self.conditions, self.names, strict=True)
        ]
        self.pending: list[pl.DataFrame] = []
        self.pending_rows = 0

    def run(self, frame: pl.DataFrame) -> None:
        """Keep the rows of one prepared batch on which any rule fires."""
        if not self.flags:
            return
        # Find the (few) firing rows on a narrow frame; filter the wide one only by row index.
        mask = _select(frame, pl.any_horizontal(self.flags).alias("hit")).to_series()
        if not mask.any():
            return
        hits = frame.filter(mask)
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
            result = self.results[rule.code]
            result.count += rows.height
            room = rows.height if self.limit is None else self.limit - len(result.findings)
            if room <= 0:
                continue
            value = (
                pl.col(cond.field).cast(pl.String) if cond.field in rows.columns else pl.lit(None)
            )
            detail = cond.detail if cond.detail is not None else pl.lit(None)
            # The other fields the rule read, so the record can be found (reports filter them).
            extra = [
                f
                for f in rule.requires
                if f != cond.field and f in rows.columns and f not in KEY_FIELDS
            ]
            picked = rows.head(room).select(
                "_line",
                value.cast(pl.String).alias("value"),
                key,
                detail.cast(pl.String).alias("detail"),
                *(pl.col(f).cast(pl.String).alias(f"_ctx{i}") for i, f in enumerate(extra)),
            )
            for line, val, key_value, det, *rest in picked.iter_rows():
                message = cond.message.format(detail=det) if det is not None else cond.message
                context = tuple((f, v) for f, v in zip(extra, rest, strict=True) if v is not None)
                result.findings.append(
                    Finding(
                        rule.code,
                        rule.severity,
                        message,
                        line,
                        cond.field,
                        val,
                        key_value,
                        context=context,
                    )
                )


def _read(
    source: Source,
    batches: Iterator[pl.DataFrame],
    month: dt.date | None,
    layout: Layout,
    params: Params,
    row_rules: list[RowRule],
    limit: int | None,
    progress: Progress | None,
    collect: tuple[str, ...],
) -> tuple[_Collected, _RowRunner | None, MirrorCounter | None]:
    """Stream one file through the row rules, the mirror and the tracking collector."""
    collected = _Collected(reporting_month=month)
    ctx = RowContext(layout, params, source.expected_width, month, source.may_have_bad_bytes)
    runner = _RowRunner(row_rules, ctx, limit) if row_rules else None
    mirror = MirrorCounter(ctx) if row_rules else None
    stages = prepare_exprs(layout, month, params)
    wanted = [c for c in collect if c in layout.field_names]
    total = max(source.scan.line_count, 1)
    for batch in batches:
        frame = batch
        for stage in stages:
            frame = frame.with_columns(stage)
        if runner is not None:
            runner.run(frame)
        # Records of the wrong shape count nowhere else; the lazy filter copies only the
        # columns the mirror and the tracker read.
        records = frame.lazy()
        if source.expected_width is not None:
            well_formed = frame["_width"] == source.expected_width
            if not well_formed.all():
                records = records.filter(well_formed)
        if mirror is not None:
            mirror.add(records)
        if layout.has(*KEY_FIELDS):
            # Without a previous month only a 64-bit hash of the key is kept: small in memory.
            tracked = records.select(
                pl.col("_line").cast(pl.Int32),
                key_hash_expr(),
                *([key_expr()] if set(wanted) & set(KEY_FIELDS) else []),
                *[
                    pl.col(date_column(c)).alias(c)
                    if c in ("begindatum", "einddatum")
                    else pl.col(c)
                    for c in wanted
                ],
            ).collect(optimizations=PER_BATCH)
            collected.parts.append(tracked)
        collected.rows += batch.height
        if progress is not None:
            progress(int(batch["_line"].max() or 0), total)  # type: ignore[arg-type]
        # Free this batch before the reader builds the next one: it halves peak memory.
        del batch, frame, records
    if runner is not None:
        runner.flush()
    return collected, runner, mirror


def read_tracking(
    source: Source, layout: Layout, params: Params, fields: tuple[str, ...]
) -> pl.DataFrame:
    """Only the tracking columns of a delivery (no rules), e.g. to check a conversion file."""
    batches, month = _prepared(source, layout)
    collected, _, _ = _read(source, batches, month, layout, params, [], None, None, fields)
    return collected.frame()


def run_check(
    path: Path,
    *,
    layout: Layout | None = None,
    params: Params | None = None,
    previous: Path | None = None,
    limit: int | None = None,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    register: pl.DataFrame | None = None,
) -> Report:
    """Check one delivery file (and compare with last month's when ``previous`` is given).

    Without ``params`` the tables in force on ``as_of`` (default today) are used. Rules that
    cannot run are listed in ``Report.skipped``; with ``strict`` they make the exit code 1.
    With ``register`` (see ``srg_guide.register.decisions_frame``) the register rules run too.
    """
    layout = layout or load_layout()
    params = params or load_params(as_of=as_of)
    source = open_source(path, layout)
    batches, month = _prepared(source, layout)
    prev_source = open_source(previous, layout) if previous is not None else None
    prev_batches, prev_month = _prepared(prev_source, layout) if prev_source else (iter(()), None)
    situation = Situation(
        layout, params, previous is not None, month, prev_month, register is not None
    )
    delivery_rules: list[type[Rule]] = [r for r in all_rules() if issubclass(r, RowRule | FileRule)]
    runs, skipped = plan(delivery_rules, situation)
    rules = [cls() for cls in runs]
    row_rules = [r for r in rules if isinstance(r, RowRule)]
    file_rules = [r for r in rules if isinstance(r, FileRule)]
    collect = TRACKING_FIELDS if previous is not None else ()
    if register is not None:
        collect = tuple(dict.fromkeys((*collect, *REGISTER_FIELDS)))
    current, runner, mirror = _read(
        source, batches, month, layout, params, row_rules, limit, progress, collect
    )
    prev_frame = None
    prev_per_type = None
    if prev_source is not None:
        prev, _, _ = _read(
            prev_source, prev_batches, prev_month, layout, params, [], None, None, collect
        )
        prev_frame = prev.frame()
        if "type_voorziening" in prev_frame.columns:
            counts = prev_frame.group_by(pl.col("type_voorziening").fill_null("?")).len()
            prev_per_type = dict(counts.iter_rows())
    state = FileState(params, layout, current.frame(), prev_frame, month, prev_month)
    if prev_frame is not None and layout.has(*PAIR_FIELDS) and month and prev_month:
        state.pairs = renumber_pairs(state)
    state.register = register
    state.record_count = current.rows
    results = dict(runner.results) if runner else {}
    for rule in file_rules:
        result = RuleResult(rule.info())
        for finding in rule.check_file(state):
            result.count += 1
            if limit is None or len(result.findings) < limit:
                result.findings.append(finding)
        results[rule.code] = result
    identity = Identity(
        tool_version=__version__,
        ruleset_version=params.ruleset_version,
        layout_name=layout.name,
        layout_file=layout.path,
        input_file=display_path(path),
        input_sha256=source.scan.sha256,
        row_count=current.rows,
        run_at=dt.datetime.now().replace(microsecond=0),
        as_of=as_of or dt.date.today(),
        reporting_month=month.strftime("%Y-%m") if month else None,
        previous_file=display_path(previous) if previous else None,
        previous_sha256=prev_source.scan.sha256 if prev_source else None,
    )
    report = Report(identity, [results[code] for code in sorted(results)])
    report.skipped = skipped
    report.strict = strict
    report.notices = list(params.notices)
    if mirror is not None:
        report.mirror = mirror.mirror(prev_per_type)
    report.conversion_pairs = list(state.pairs)
    return report
