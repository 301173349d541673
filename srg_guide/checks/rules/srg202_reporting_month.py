"""SRG202: a record's verslagmaand differs from the rest of the file."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class ReportingMonth(RowRule):
    """One delivery covers one verslagmaand (the one most records of the first batch carry)."""

    code = "SRG202"
    severity = Severity.FOUT
    title = "Verslagmaand wijkt af"
    meaning = (
        "Eén levering hoort bij één verslagmaand. Dit record noemt een andere maand dan de rest "
        "van het bestand."
    )
    fix = (
        "Maak de levering opnieuw aan voor één verslagmaand; zet de verslagmaand in de export goed."
    )
    guideline = "registratie-velden"
    requires = ("verslagmaand",)
    needs_month = True

    def conditions(self, ctx: RowContext) -> list[Condition]:
        if ctx.reporting_month is None:
            return []
        month = ctx.reporting_month.strftime("%m-%Y")
        return [
            Condition(
                "verslagmaand",
                ctx.date("verslagmaand") != pl.lit(ctx.reporting_month, dtype=pl.Date),
                f"De verslagmaand is niet {month}, de maand van de rest van het bestand.",
            )
        ]
