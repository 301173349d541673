"""SRG402: a provision closed or missing before shows up running again."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.history import month_end_literal
from srg_guide.checks.registry import FileRule, register


@register
class Reappeared(FileRule):
    """A closed provision that runs again, or an old provision missing from last month."""

    code = "SRG402"
    severity = Severity.WAARSCHUWING
    title = "Voorziening opnieuw verschenen"
    meaning = (
        "De voorziening was vorige maand afgesloten en loopt nu weer, of ze begon vóór deze "
        "verslagmaand maar stond niet in de vorige levering. Het CBS telt dan een extra einde "
        "en begin."
    )
    fix = (
        "Controleer de einddatum in het bronsysteem. Is het een nieuwe voorziening, geef haar dan "
        "een nieuw registratienummer; stond ze vorige maand ten onrechte niet in de levering, "
        "meld dat dan bij het CBS."
    )
    guideline = "registratie-sleutel"
    requires = (*KEY_FIELDS, "begindatum", "einddatum")
    needs_previous = True
    needs_month = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        if state.previous is None or state.reporting_month is None:
            return
        prev = state.previous.drop_nulls("key").unique("key", keep="last")
        cur = state.current.drop_nulls("key")
        both = cur.join(prev, on="key", how="left", suffix="_prev")
        closed = pl.col("einddatum_prev").is_not_null() & (
            pl.col("einddatum_prev") <= month_end_literal(state.previous_month)
        )
        running_again = pl.col("einddatum").is_null() | (
            pl.col("einddatum") > pl.col("einddatum_prev")
        )
        missing = pl.col("_line_prev").is_null() & (
            pl.col("begindatum") < pl.lit(state.reporting_month, dtype=pl.Date)
        )
        paired = {p.new_line for p in state.pairs}
        hits = both.filter((closed & running_again) | missing).sort("_line")
        for line, key, prev_line in hits.select("_line", "key", "_line_prev").iter_rows():
            if line in paired:
                continue
            message = (
                "Deze voorziening begon vóór deze maand maar stond niet in de vorige levering."
                if prev_line is None
                else f"Deze voorziening was in de vorige levering (regel {prev_line}) afgesloten "
                "en loopt nu weer."
            )
            yield Finding(
                self.code,
                self.severity,
                message,
                line,
                "einddatum",
                key=key,
                previous_line=prev_line,
            )
