"""SRG204: the begindatum lies after the verslagmaand."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class StartAfterMonth(RowRule):
    """A delivery holds provisions that started in or before its verslagmaand."""

    code = "SRG204"
    severity = Severity.WAARSCHUWING
    title = "Begindatum na de verslagmaand"
    meaning = (
        "De voorziening begint pas na de verslagmaand. Ze hoort dan nog niet in deze levering, "
        "of de begindatum of verslagmaand klopt niet."
    )
    fix = (
        "Controleer de begindatum in het bronsysteem; lever de voorziening in de maand waarin "
        "ze start."
    )
    guideline = "registratie-velden"
    requires = ("begindatum",)
    needs_month = True

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                "begindatum",
                ctx.date("begindatum") > ctx.month_end,
                "De begindatum ligt na de laatste dag van de verslagmaand.",
            )
        ]
