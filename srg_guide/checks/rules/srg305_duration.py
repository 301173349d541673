"""SRG305: the provision runs longer than expected for its type."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import DURATION_FIELDS, RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params, table_label
from srg_guide.checks.registry import Condition, RowRule, register


@register
class Duration(RowRule):
    """Runs longer than the maximum in tables/durations.yaml (22: 24, 29: 60, 42: 60).

    "Longer than N months": the end of the period (einddatum, or else the last day of the
    verslagmaand) falls after begindatum + N months - 1 day (srg-facts §4).
    """

    code = "SRG305"
    severity = Severity.SIGNAAL
    title = "Looptijd langer dan verwacht"
    meaning = (
        "De voorziening loopt langer dan het maximum dat het CBS voor dit type verwacht. Vaak is "
        "ze al lang geleden gestopt maar niet afgesloten. Het CBS weegt redenen voor een langere "
        "looptijd mee."
    )
    fix = "Sluit voorzieningen af die al gestopt zijn; leg anders vast waarom ze langer lopen."
    guideline = "signaal-duur"
    requires = DURATION_FIELDS
    needs_month = True

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if params.max_months:
            return None
        return "table", f"{table_label('durations')} heeft geen maximale looptijden"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        limits = ctx.params.max_months
        if not limits:
            return []
        limit = ctx.max_months()
        return [
            Condition(
                "begindatum",
                ctx.longer_than(limit),
                "De voorziening loopt langer dan {detail} maanden, het maximum voor dit type.",
                limit.cast(pl.String),
            )
        ]
