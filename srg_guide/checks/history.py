"""Month over month: join this month's tracking keys with last month's.

The pairing of vanished and new provisions (a likely new registratienummer) is shared by
SRG401 and SRG402 (skip paired ones) and SRG404 (reports the pairs). The runner computes it
once, only when the layout has every field in ``TRACKING_FIELDS``, into ``FileState.pairs``.
"""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import FileState
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
