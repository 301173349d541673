"""SRG401: a provision running last month is missing this month."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.history import joined, month_end_literal
from srg_guide.checks.registry import FileRule, register


@register
class Vanished(FileRule):
    """A provision still running at the end of last month's delivery must appear again."""

    code = "SRG401"
    severity = Severity.WAARSCHUWING
    title = "Voorziening verdwenen"
    meaning = (
        "Een voorziening liep aan het eind van de vorige verslagmaand nog, maar staat niet in deze "
        "levering. Het CBS ziet dat als een 'verdwenen voorziening'. Vaak is ze beëindigd zonder "
        "einddatum, of heeft ze een nieuw registratienummer gekregen."
    )
    fix = (
        "Lever de voorziening opnieuw met een einddatum, of stuur een conversiebestand als ze een "
        "nieuw registratienummer heeft."
    )
    guideline = "registratie-sleutel"
    requires = (*KEY_FIELDS, "einddatum")
    needs_previous = True
    needs_month = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        if state.previous is None or state.previous.is_empty():
            return
        paired = {p.old_line for p in state.pairs}
        running = pl.col("einddatum").is_null() | (
            pl.col("einddatum") > month_end_literal(state.previous_month)
        )
        gone = joined(state).filter(running & pl.col("_line_cur").is_null()).sort("_line")
        for line, key in gone.select("_line", "key").iter_rows():
            if line in paired:
                continue
            yield Finding(
                self.code,
                self.severity,
                f"Deze voorziening staat in de vorige levering (regel {line}) maar ontbreekt nu.",
                None,
                "registratienummer",
                key=key,
                previous_line=line,
            )
