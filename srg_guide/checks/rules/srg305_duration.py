"""SRG305: the provision runs longer than expected for its type."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register


@register
class Duration(RowRule):
    """Whole months run exceed the maximum in tables/durations.yaml (22: 24, 29: 60, 42: 60)."""

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
    requires = ("type_voorziening", "begindatum", "einddatum")
    needs_month = True

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if params.max_months:
            return None
        return "table", "de tabel durations heeft geen maximale looptijden"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        limits = ctx.params.max_months
        if not limits:
            return []
        limit = ctx.max_months()
        months = ctx.months_running()
        return [
            Condition(
                "begindatum",
                months > limit,
                "De voorziening loopt {detail}.",
                months.cast(pl.String) + " maanden; verwacht hoogstens " + limit.cast(pl.String),
            )
        ]
