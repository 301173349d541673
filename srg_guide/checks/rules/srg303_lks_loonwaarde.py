"""SRG303: loonkostensubsidie Participatiewet without loonwaarde."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class LksLoonwaarde(RowRule):
    """LKS-Pw rests on a set loonwaarde, so the field is filled."""

    code = "SRG303"
    severity = Severity.SIGNAAL
    title = "Loonkostensubsidie zonder loonwaarde"
    meaning = (
        "Loonkostensubsidie Participatiewet wordt berekend op basis van de vastgestelde "
        "loonwaarde. Het veld loonwaarde is leeg."
    )
    fix = "Vul de vastgestelde loonwaarde in het bronsysteem in."
    guideline = "signaal-lks-loonwaarde"
    requires = ("type_voorziening", "loonwaarde")
    needs_codes = ("lks_pw",)

    def conditions(self, ctx: RowContext) -> list[Condition]:
        lks = sorted(ctx.params.lks_pw_codes)
        return [
            Condition(
                "loonwaarde",
                ctx.raw("type_voorziening").is_in(lks) & ctx.raw("loonwaarde").is_null(),
                "Loonkostensubsidie Participatiewet zonder loonwaarde.",
            )
        ]
