"""SRG201: the einddatum lies before the begindatum."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class EndBeforeStart(RowRule):
    """A provision cannot end before it starts."""

    code = "SRG201"
    severity = Severity.FOUT
    title = "Einddatum ligt vóór de begindatum"
    meaning = "De voorziening zou eindigen voordat ze begint. Een van beide datums klopt niet."
    fix = "Corrigeer de begin- of einddatum in het bronsysteem."
    guideline = "registratie-velden"
    requires = ("begindatum", "einddatum")

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                "einddatum",
                ctx.date("einddatum") < ctx.date("begindatum"),
                "De einddatum ligt vóór de begindatum.",
            )
        ]
