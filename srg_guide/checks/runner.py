"""Reader -> rules -> Report, batch by batch, so large files never sit in memory whole.

``run_check`` checks a delivery; ``run_conversion_check`` a conversion file against two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import polars as pl

from srg_guide import __version__
from srg_guide.checks.context import (
    KEY_FIELDS,
    PER_BATCH,
    REGISTER_FIELDS,
    TRACKING_FIELDS,
    ConversionState,
    FileState,
    RowContext,
    date_column,
    prepare_exprs,
)
from srg_guide.checks.conversion_layout import ConversionLayout, load_conversion_layout
from srg_guide.checks.finding import Finding
from srg_guide.checks.history import GroupCounter, renumber_pairs
from srg_guide.checks.layout import Layout, load_layout
from srg_guide.checks.mirror import MirrorCounter
from srg_guide.checks.parallel import ordered_map
from srg_guide.checks.params import Params, load_params
from srg_guide.checks.plan import Situation, plan
from srg_guide.checks.readers import Source, open_source
from srg_guide.checks.readers.conversion import read_conversion
from srg_guide.checks.readers.scan import scan_file
from srg_guide.checks.registry import ConversionRule, FileRule, RowRule, Rule
from srg_guide.checks.report import Identity, Report, RuleInfo, RuleResult
from srg_guide.checks.row_rules import RowRunner, key_expr
from srg_guide.checks.rules import all_rules
from srg_guide.errors import display_path
from srg_guide.inputs import local_copy

Progress = Callable[[int, int], None]
"""Called with (lines done, lines in the file) after every batch."""


@dataclass
class _Collected:
    """Tracking frame parts and the record count of one file."""

    parts: list[pl.DataFrame] = field(default_factory=list)
    rows: int = 0
    groups: GroupCounter | None = None

    def frame(self) -> pl.DataFrame:
        return pl.concat(self.parts, rechunk=False) if self.parts else pl.DataFrame()


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
    months = (
        batch.select(pl.col("verslagmaand"))
        .with_columns(stages[0])
        .with_columns(stages[1])[date_column("verslagmaand")]
        .drop_nulls()
    )
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


@dataclass
class _Digest:
    """What the reading thread needs of one batch, worked out on a worker thread."""

    rows: int
    last_line: int
    hits: pl.DataFrame | None = None
    counts: pl.DataFrame | None = None
    tracked: pl.DataFrame | None = None


def _tracking_exprs(layout: Layout, collect: tuple[str, ...]) -> list[pl.Expr] | None:
    """Columns kept per record for the rules over the whole file (None: the layout lacks the
    key). Without a previous month only a 64-bit hash of the key: small in memory."""
    if not layout.has(*KEY_FIELDS):
        return None
    wanted = [c for c in collect if c in layout.field_names]
    return [
        pl.col("_line").cast(pl.Int32),
        key_hash_expr(),
        *([key_expr()] if set(wanted) & set(KEY_FIELDS) else []),
        *[
            pl.col(date_column(c)).alias(c) if c in ("begindatum", "einddatum") else pl.col(c)
            for c in wanted
        ],
    ]


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
) -> tuple[_Collected, RowRunner | None, MirrorCounter | None]:
    """Stream one file through the row rules, the spiegel and the tracking collector."""
    collected = _Collected()
    ctx = RowContext(layout, params, source.expected_width, month, source.may_have_bad_bytes)
    runner = RowRunner(row_rules, ctx, limit) if row_rules else None
    mirror = MirrorCounter(ctx) if row_rules else None
    groups = collected.groups = GroupCounter(ctx, mirror) if mirror is not None else None
    stages = prepare_exprs(layout, month, params)
    tracking = _tracking_exprs(layout, collect)
    width = source.expected_width
    total = max(source.scan.line_count, 1)

    def digest(batch: pl.DataFrame) -> _Digest:
        """Typed columns, firing rows, counts and tracking columns of one batch; it keeps
        no state, so two batches can be worked on at once."""
        lazy = batch.lazy()
        for stage in stages:
            lazy = lazy.with_columns(stage)
        frame = lazy.collect(optimizations=PER_BATCH)
        # Records of the wrong shape count nowhere else.
        records = frame.lazy()
        if width is not None:
            records = records.filter(pl.col("_width") == width)
        return _Digest(
            rows=frame.height,
            last_line=int(frame["_line"].max() or 0),  # type: ignore[arg-type]
            hits=runner.hits(frame) if runner is not None else None,
            counts=groups.counts(records) if groups is not None else None,
            tracked=None
            if tracking is None
            else records.select(tracking).collect(optimizations=PER_BATCH),
        )

    for part in ordered_map(digest, batches):
        if runner is not None and part.hits is not None:
            runner.keep(part.hits)
        if groups is not None and part.counts is not None:
            groups.take(part.counts)
        if part.tracked is not None:
            collected.parts.append(part.tracked)
        collected.rows += part.rows
        if progress is not None:
            progress(part.last_line, total)
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
    # Files in the wrong order are not compared (the month-over-month rules say why).
    if prev_source is not None and situation.previous_is_earlier:
        prev, _, _ = _read(
            prev_source, prev_batches, prev_month, layout, params, [], None, None, collect
        )
        prev_frame = prev.frame()
        if "type_voorziening" in prev_frame.columns:
            counts = prev_frame.group_by(pl.col("type_voorziening").fill_null("?")).len()
            prev_per_type = dict(counts.iter_rows())
    state = FileState(params, layout, current.frame(), prev_frame, month, prev_month)
    if prev_frame is not None and layout.has(*TRACKING_FIELDS) and month and prev_month:
        state.pairs = renumber_pairs(state)
    state.register = register
    state.record_count = current.rows
    results = dict(runner.results) if runner else {}
    for rule in file_rules:
        results[rule.code] = _result(rule.info(), rule.check_file(state), limit)
    identity = _identity(
        layout,
        params,
        as_of,
        path=path,
        sha256=source.scan.sha256,
        rows=current.rows,
        month=month,
        previous=previous,
        previous_sha256=prev_source.scan.sha256 if prev_source else None,
    )
    report = Report(identity, [results[code] for code in sorted(results)])
    report.skipped = skipped
    report.strict = strict
    report.notices = list(params.notices)
    if mirror is not None:
        report.mirror = mirror.mirror(prev_per_type)
    report.conversion_pairs = list(state.pairs)
    report.groups = current.groups
    return report


def run_conversion_check(
    path: Path,
    *,
    current: Path,
    previous: Path,
    layout: Layout,
    params: Params,
    limit: int | None = None,
    as_of: dt.date | None = None,
    conversion_layout: ConversionLayout | None = None,
) -> Report:
    """Check every line of a conversion file against last month's and this month's delivery."""
    spec = conversion_layout or load_conversion_layout()
    path = local_copy(path)  # a pipe is read once, into a private copy
    scan = scan_file(path)
    lines = read_conversion(path, spec, scan)
    prev_source = open_source(previous, layout)
    prev_frame = read_tracking(prev_source, layout, params, TRACKING_FIELDS)
    cur_frame = read_tracking(open_source(current, layout), layout, params, TRACKING_FIELDS)
    state = ConversionState(lines, prev_frame, cur_frame)
    results = [
        _result(cls.info(), cls().check_conversion(state), limit)
        for cls in all_rules()
        if issubclass(cls, ConversionRule)
    ]
    identity = _identity(
        layout,
        params,
        as_of,
        path=path,
        sha256=scan.sha256,
        rows=len(lines),
        previous=previous,
        previous_sha256=prev_source.scan.sha256,
    )
    notice = spec.notice()
    return Report(identity, results, kind="conversie", notices=[notice] if notice else [])


def _result(rule: RuleInfo, findings: Iterable[Finding], limit: int | None) -> RuleResult:
    """A file or conversion rule's result: every finding counted, the first ``limit`` kept."""
    result = RuleResult(rule)
    result.add(findings, limit)
    return result


def _identity(
    layout: Layout,
    params: Params,
    as_of: dt.date | None,
    *,
    path: Path,
    sha256: str,
    rows: int,
    month: dt.date | None = None,
    previous: Path | None = None,
    previous_sha256: str | None = None,
) -> Identity:
    """The block every report starts with: tool, tables, layout, input and when."""
    return Identity(
        tool_version=__version__,
        ruleset_version=params.ruleset_version,
        layout_name=layout.name,
        layout_file=layout.path,
        input_file=display_path(path),
        input_sha256=sha256,
        row_count=rows,
        run_at=dt.datetime.now().replace(microsecond=0),
        as_of=as_of or dt.date.today(),
        reporting_month=month.strftime("%Y-%m") if month else None,
        previous_file=display_path(previous) if previous else None,
        previous_sha256=previous_sha256,
    )
