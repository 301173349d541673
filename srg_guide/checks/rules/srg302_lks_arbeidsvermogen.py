"""SRG302: loonkostensubsidie Participatiewet without arbeidsvermogen onder WML."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class LksArbeidsvermogen(RowRule):
    """LKS-Pw requires an arbeidsvermogen below the minimum wage (codes in tables/signals.yaml)."""

    code = "SRG302"
    severity = Severity.SIGNAAL
    title = "Loonkostensubsidie zonder arbeidsvermogen onder WML"
    meaning = (
        "Loonkostensubsidie Participatiewet is er voor mensen die niet het wettelijk minimumloon "
        "kunnen verdienen. Dan hoort 'arbeidsvermogen onder WML' geregistreerd te zijn."
    )
    fix = "Registreer het vastgestelde arbeidsvermogen in het bronsysteem."
    guideline = "signaal-lks-arbeidsvermogen"
    requires = ("type_voorziening", "arbeidsvermogen")
    needs_codes = ("lks_pw",)

    def conditions(self, ctx: RowContext) -> list[Condition]:
        lks = sorted(ctx.params.lks_pw_codes)
        onder_wml = sorted(ctx.params.arbeidsvermogen_onder_wml)
        value = ctx.raw("arbeidsvermogen")
        return [
            Condition(
                "arbeidsvermogen",
                ctx.raw("type_voorziening").is_in(lks)
                & (value.is_null() | ~value.is_in(onder_wml)),
                "Loonkostensubsidie Participatiewet zonder arbeidsvermogen onder WML.",
            )
        ]
