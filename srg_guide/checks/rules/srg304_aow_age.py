"""SRG304: the person reached AOW age while the provision still runs."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params, table_label
from srg_guide.checks.registry import Condition, RowRule, register

ASSUMED = " (aanname: deze AOW-leeftijd staat niet vast; zie tables/aow.yaml)"
"""Said after the AOW date when its row in tables/aow.yaml is not confirmed."""


@register
class AowAge(RowRule):
    """AOW date (birth date + AOW age from tables/aow.yaml) on or before the end of the month."""

    code = "SRG304"
    severity = Severity.SIGNAAL
    title = "AOW-leeftijd bereikt terwijl de voorziening loopt"
    meaning = (
        "De persoon heeft uiterlijk op de laatste dag van de verslagmaand de AOW-leeftijd bereikt, "
        "en de voorziening loopt na die maand nog door. Re-integratie is dan meestal niet meer aan "
        "de orde. De AOW-leeftijd hangt af van de geboortedatum (tables/aow.yaml)."
    )
    fix = "Beëindig de voorziening in het bronsysteem, of bevestig dat ze terecht doorloopt."
    guideline = "signaal-aow-leeftijd"
    requires = ("geboortedatum", "einddatum")
    needs_month = True

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        return (
            None
            if params.aow_ages
            else ("table", f"{table_label('aow')} heeft geen AOW-leeftijden")
        )

    def conditions(self, ctx: RowContext) -> list[Condition]:
        ages = ctx.params.aow_ages
        if not ages:
            return []
        end = ctx.date("einddatum")
        aow = ctx.aow_date()
        # Cheap prefilter: only people at least the lowest AOW age in the table can qualify.
        # It counts at most as many days as that age has (365 a year, 28 a month), so it
        # lets through everyone who qualifies; the confirm step is exact.
        youngest = min(age.years * 12 + age.months for age in ages)
        days = youngest // 12 * 365 + youngest % 12 * 28
        old_enough = ctx.date("geboortedatum") <= ctx.month_end - pl.duration(days=days)
        # A row of the table marked as an aanname (confirmed: false) is said to be one.
        assumed = pl.when(ctx.aow_assumed()).then(pl.lit(ASSUMED)).otherwise(pl.lit(""))
        return [
            Condition(
                "geboortedatum",
                old_enough & (end.is_null() | (end > ctx.month_end)),
                "AOW-leeftijd bereikt in {detail}; de voorziening loopt nog.",
                # The year and the age, not the day: that would give away the birthday.
                pl.concat_str(
                    [
                        aow.dt.year().cast(pl.String),
                        pl.lit(" ("),
                        ctx.aow_age_label(),
                        pl.lit(")"),
                        assumed,
                    ]
                ),
                confirm=aow <= ctx.month_end,
            )
        ]
