"""SRG301: loonkostensubsidie Participatiewet with doel inzet participatie."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class LksDoelParticipatie(RowRule):
    """LKS-Pw is a wage subsidy for a job, so its doel inzet is re-integratie."""

    code = "SRG301"
    severity = Severity.SIGNAAL
    title = "Loonkostensubsidie met doel participatie"
    meaning = (
        "Loonkostensubsidie op grond van de Participatiewet is bedoeld voor betaald werk. Doel "
        "inzet 2 (participatie) past daar meestal niet bij. Het CBS meldt dit als signaal."
    )
    fix = "Zet doel inzet op 1 (re-integratie), of kies het juiste type voorziening."
    guideline = "signaal-lks-doel-participatie"
    requires = ("type_voorziening", "doel_inzet")
    needs_codes = ("lks_pw",)

    def conditions(self, ctx: RowContext) -> list[Condition]:
        lks = sorted(ctx.params.lks_pw_codes)
        return [
            Condition(
                "doel_inzet",
                ctx.raw("type_voorziening").is_in(lks)
                & (ctx.raw("doel_inzet") == ctx.params.doel_code("participatie")),
                "Loonkostensubsidie Participatiewet met doel inzet 2 (participatie).",
            )
        ]
