"""Month over month, and what the history of deliveries needs from a check run.

The pairing of vanished and new provisions (a likely new registratienummer) is shared by
SRG401 and SRG402 (skip paired ones) and SRG404 (reports the pairs). The runner computes it
once, only when the layout has every field in ``TRACKING_FIELDS``, into ``FileState.pairs``.

For the history (``srg_guide.history``): ``GroupCounter`` counts records and the spiegel per
gemeentecode and berichtgevercode during the check's own pass, so storing the history never
reads the file again.
"""

from __future__ import annotations

from collections import Counter

import polars as pl

from srg_guide.checks.context import PER_BATCH, FileState, RowContext
from srg_guide.checks.mirror import MirrorCounter
from srg_guide.checks.report import ConversionPair


def month_end_literal(month: object) -> pl.Expr:
    """Literal last day of ``month`` (a date), or null."""
    return pl.lit(month, dtype=pl.Date).dt.month_end()


def joined(state: FileState) -> pl.DataFrame:
    """Previous records left-joined with current ones on the key (current columns suffixed _cur)."""
    assert state.previous is not None
    current = state.current.drop_nulls("key").unique("key", keep="first")
    return state.previous.drop_nulls("key").join(current, on="key", how="left", suffix="_cur")


def renumber_pairs(state: FileState) -> list[ConversionPair]:
    """Vanished or closed provisions matched 1:1 with new ones of the same person and type.

    Needs every column of ``TRACKING_FIELDS`` in both frames.
    """
    pairs: list[ConversionPair] = []
    if state.previous is not None and not state.previous.is_empty():
        prev_end = month_end_literal(state.previous_month)
        cur_end = month_end_literal(state.reporting_month)
        cur_start = pl.lit(state.reporting_month, dtype=pl.Date)
        both = joined(state)
        olds = both.filter(
            (pl.col("einddatum").is_null() | (pl.col("einddatum") > prev_end))
            & (pl.col("_line_cur").is_null() | (pl.col("einddatum_cur") <= cur_end))
        )
        news = state.current.drop_nulls("key").join(
            state.previous.select("key"), on="key", how="anti"
        )
        gap = state.params.renumber_max_gap_days
        days_after = (pl.col("begindatum_new") - pl.col("einddatum_cur")).dt.total_days()
        candidates = (
            olds.drop_nulls(["bsn", "type_voorziening"])
            .join(
                news.drop_nulls(["bsn", "type_voorziening"]),
                on=["bsn", "type_voorziening"],
                suffix="_new",
            )
            .filter(
                (pl.col("begindatum_new") == pl.col("begindatum"))
                | days_after.is_between(0, gap)
                | (pl.col("_line_cur").is_null() & (pl.col("begindatum_new") >= cur_start))
            )
            .sort("_line", "_line_new")
            .unique("key", keep="first", maintain_order=True)
            .unique("key_new", keep="first", maintain_order=True)
            .sort("_line_new")
        )
        for row in candidates.iter_rows(named=True):
            pairs.append(
                ConversionPair(
                    old_registratienummer=row["registratienummer"],
                    new_registratienummer=row["registratienummer_new"],
                    old_gemeentecode=row["gemeentecode"],
                    new_gemeentecode=row["gemeentecode_new"],
                    old_berichtgevercode=row["berichtgevercode"],
                    new_berichtgevercode=row["berichtgevercode_new"],
                    old_line=row["_line"],
                    new_line=row["_line_new"],
                )
            )
    return pairs


UNKNOWN = "onbekend"
Group = tuple[str, str]
"""(gemeentecode, berichtgevercode); "onbekend" when the layout lacks the field or it is empty."""


class GroupCounter:
    """Records and the spiegel per group, from one group-by per batch.

    With ``file_mirror`` (the runner's spiegel of the whole file) the same group-by also adds
    to the spiegel of the file, so a batch is counted once for both.
    """

    def __init__(self, ctx: RowContext, file_mirror: MirrorCounter | None = None) -> None:
        self.ctx = ctx
        self.file_mirror = file_mirror
        self.rows: Counter[Group] = Counter()
        self.mirrors: dict[Group, MirrorCounter] = {}
        spiegel = MirrorCounter(ctx)
        self.mirror_enabled = spiegel.enabled
        """Whether the layout has the fields the spiegel counts."""
        layout = ctx.layout
        self._keys = [
            (pl.col(name).fill_null(UNKNOWN) if layout.has(name) else pl.lit(UNKNOWN)).alias(alias)
            for name, alias in (("gemeentecode", "_gem"), ("berichtgevercode", "_bg"))
        ]
        if self.mirror_enabled:
            self._keys += spiegel.keys()

    def counts(self, records: pl.LazyFrame) -> pl.DataFrame:
        """Group sizes of one prepared batch of well-formed records (keeps no state, so it
        may run on a worker thread); ``take`` adds them up."""
        return records.group_by(self._keys).len().collect(optimizations=PER_BATCH)

    def take(self, counts: pl.DataFrame) -> None:
        """Add the group sizes ``counts`` made of one batch."""
        for gem, bg, *mirror_keys, n in counts.iter_rows():
            self.rows[(gem, bg)] += n
            if not self.mirror_enabled:
                continue
            code, doel, bits = mirror_keys
            if (gem, bg) not in self.mirrors:
                self.mirrors[(gem, bg)] = MirrorCounter(self.ctx)
            self.mirrors[(gem, bg)].count(code, doel, bits, n)
            if self.file_mirror is not None:
                self.file_mirror.count(code, doel, bits, n)

    def add(self, records: pl.LazyFrame) -> None:
        """Count one prepared batch of well-formed records."""
        self.take(self.counts(records))
