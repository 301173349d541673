"""The aggregate of one check run per gemeente and berichtgever: codes, months and counts only.

A file may deliver for several gemeenten. The check counts records and the spiegel per
gemeentecode and berichtgevercode during its own pass (``Report.groups``), so storing never
reads the file again; only a report without those counts (no row rule ran) is counted with one
more streaming pass. Rule counts are split per gemeente from the findings' keys; a rule whose
findings were cut at ``--limit`` cannot be split and is stored as not run for that gemeente,
never as zero.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from srg_guide.checks.context import RowContext, prepare_exprs
from srg_guide.checks.history import UNKNOWN, Group, GroupCounter
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.readers import open_source
from srg_guide.checks.report import MIRROR_FIELDS_MISSING, MONTH_UNREADABLE, Mirror, Report

MIRROR = "spiegel"
"""Pseudo rule code stored as skipped when the layout lacks the fields the spiegel counts."""
MIRROR_MONTH = "spiegel-maand"
"""Pseudo rule code stored as skipped when the verslagmaand is unreadable: starts, ends,
running provisions, durations and "longer than the maximum" are then not counted, not 0."""
PSEUDO_RULES = (MIRROR, MIRROR_MONTH)

KINDS = ("regel", "type", "doel", "duur", "start", "stop", "lopend", "overmax")
"""What a stored count is of: per rule, per type (total, started, stopped, running, over max),
per doel, per duration bucket."""


@dataclass
class Aggregate:
    """Counts of one delivery for one gemeente and berichtgever (no personal data)."""

    file_sha256: str
    gemeentecode: str
    berichtgever: str
    verslagmaand: str
    row_count: int
    """Records of the right shape (a record SRG107 rejects counts nowhere else)."""
    tool_version: str
    table_versions: str
    layout_name: str
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    """Rule code -> why it did not run (or could not be counted for this gemeente)."""
    stored_at: dt.datetime | None = None
    """When it was stored (set by ``load``)."""
    older: int = 0
    """Older stored checks of the same gemeente, berichtgever and month that ``load`` left out
    (another file for that month, e.g. before a correction)."""

    def count(self, kind: str, item: str) -> int | None:
        """The stored count, or None when the rule did not run."""
        if kind == "regel" and item in self.skipped:
            return None
        return self.counts.get((kind, item), 0)


Counts = dict[tuple[str, str], int]


def _mirror_counts(mirror: Mirror) -> Counts:
    counts: Counts = {}
    for row in mirror.types:
        for kind, n in (
            ("type", row.total),
            ("start", row.started),
            ("stop", row.ended),
            ("lopend", row.running),
            ("overmax", row.over_max),
        ):
            if n:  # 0 is left out (read back as 0); None (not counted) is never stored
                counts[(kind, row.code)] = n
    for doel, n in mirror.per_doel.items():
        counts[("doel", doel)] = n
    for bucket, n in (mirror.duration_months or {}).items():
        if n:
            counts[("duur", bucket)] = n
    return counts


def _month(report: Report) -> dt.date | None:
    text = report.identity.reporting_month
    return dt.date(int(text[:4]), int(text[5:7]), 1) if text else None


def _count_again(path: Path, layout: Layout, params: Params, month: dt.date | None) -> GroupCounter:
    """One more pass over the file, for a report that has no counts per group."""
    source = open_source(path, layout)
    ctx = RowContext(layout, params, source.expected_width, month, source.may_have_bad_bytes)
    stages = prepare_exprs(layout, month, params)
    groups = GroupCounter(ctx)
    for batch in source.batches:
        frame = batch
        for stage in stages:
            frame = frame.with_columns(stage)
        if source.expected_width is not None:
            frame = frame.filter(pl.col("_width") == source.expected_width)
        groups.add(frame.lazy())
    return groups


def _counts_per_group(
    report: Report, path: Path, layout: Layout, params: Params
) -> tuple[dict[Group, Counts] | None, Counter[Group]]:
    """Spiegel counts (None: the layout lacks their fields) and records, per group."""
    groups = (
        report.groups
        if isinstance(report.groups, GroupCounter)
        else _count_again(path, layout, params, _month(report))
    )
    rows = Counter(groups.rows)
    if not groups.mirror_enabled:
        return None, rows
    per_group = {group: _mirror_counts(m.mirror(None)) for group, m in groups.mirrors.items()}
    return per_group, rows


def _valid_code(layout: Layout) -> Callable[[str], bool]:
    """Whether a gemeentecode has the layout's form (e.g. four digits)."""
    spec = layout.field("gemeentecode")
    if spec is None:
        return lambda code: False
    if spec.type == "digits" and spec.digits:
        pattern = re.compile(rf"\d{{{spec.digits}}}")
        return lambda code: bool(pattern.fullmatch(code))
    return lambda code: code != UNKNOWN


def _regroup(
    layout: Layout, per_group: dict[Group, Counts] | None, rows: Counter[Group]
) -> dict[Group, Group]:
    """Records whose gemeentecode is not of the layout's form go with the file's one gemeente,
    or under "onbekend" when the file delivers for several. Returns old group -> new group."""
    valid = _valid_code(layout)
    gemeenten = {gem for gem, _ in rows if valid(gem)}
    target = next(iter(gemeenten)) if len(gemeenten) == 1 else UNKNOWN
    moves = {g: (g if valid(g[0]) else (target, g[1])) for g in list(rows)}
    for old, new in moves.items():
        if old == new:
            continue
        rows[new] += rows.pop(old)
        if per_group is not None:
            merged = Counter(per_group.get(new, {}))
            merged.update(per_group.pop(old, {}))
            per_group[new] = dict(merged)
    return moves


def aggregates_of(report: Report, path: Path, layout: Layout, params: Params) -> list[Aggregate]:
    """The report's counts split per gemeente and berichtgever (one aggregate each)."""
    ident = report.identity
    spiegel, rows = _counts_per_group(report, path, layout, params)
    moves = _regroup(layout, spiegel, rows)
    skipped_all = {s.rule.code: s.reason for s in report.skipped}
    aggregates = []
    for gem, bg in sorted(rows):
        aggregate = Aggregate(
            file_sha256=ident.input_sha256,
            gemeentecode=gem,
            berichtgever=bg,
            verslagmaand=ident.reporting_month or UNKNOWN,
            row_count=rows[(gem, bg)],
            tool_version=ident.tool_version,
            table_versions=ident.ruleset_version,
            layout_name=ident.layout_name,
            skipped=dict(skipped_all),
        )
        if spiegel is not None:
            aggregate.counts.update(spiegel.get((gem, bg), {}))
            if _month(report) is None:
                aggregate.skipped[MIRROR_MONTH] = (
                    f"gestart, gestopt, lopend en looptijd niet berekend: {MONTH_UNREADABLE}"
                )
        else:
            aggregate.skipped[MIRROR] = MIRROR_FIELDS_MISSING
        aggregates.append(aggregate)
    single = len(aggregates) == 1
    for result in report.results:
        code = result.rule.code
        if single:
            # A rule that ran is stored even with 0 findings: "ran, found nothing" is not "not run".
            aggregates[0].counts[("regel", code)] = result.count
            continue
        per_group = Counter(_group_of(f.key, moves) for f in result.findings)
        why = None
        if len(result.findings) != result.count:
            why = "niet per gemeente te tellen: bevindingen afgekapt door --limit"
        elif None in per_group:
            why = "niet per gemeente te tellen: bevindingen zonder gemeentecode"
        for aggregate in aggregates:
            if why:
                aggregate.skipped[code] = why
            else:
                n = per_group[(aggregate.gemeentecode, aggregate.berichtgever)]
                aggregate.counts[("regel", code)] = n
    return aggregates


def _group_of(key: str | None, moves: dict[Group, Group]) -> Group | None:
    """``registratienummer/gemeentecode/berichtgevercode`` -> (gemeentecode, berichtgevercode)."""
    if not key:
        return None
    parts = key.rsplit("/", 2)
    if len(parts) != 3:
        return None
    return moves.get((parts[1], parts[2]), (parts[1], parts[2]))
