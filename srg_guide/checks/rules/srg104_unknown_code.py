"""SRG104: a code field (other than the type) holds a value outside its list."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class UnknownCode(RowRule):
    """Doel inzet and other coded fields use only the listed values."""

    code = "SRG104"
    severity = Severity.FOUT
    title = "Ongeldige code"
    meaning = (
        "Een gecodeerd veld, zoals doel inzet (1 re-integratie, 2 participatie), heeft een waarde "
        "die niet in de codelijst staat."
    )
    fix = (
        "Kies in het bronsysteem een code uit de codelijst van dit veld; de melding noemt de "
        "toegestane codes."
    )
    guideline = "doel-inzet"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type == "code" and f.codes != "type" for f in layout.fields):
            return None
        return "field", "de layout heeft geen ander veld met een codelijst"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                f.name,
                ctx.raw(f.name).is_not_null() & ~ctx.raw(f.name).is_in(ctx.codes(f)),
                f"Het veld {field_label(f.name)} heeft een code die niet is toegestaan "
                f"(toegestaan: {', '.join(ctx.codes(f))}).",
            )
            for f in ctx.layout.fields
            if f.type == "code" and f.codes != "type"
        ]
