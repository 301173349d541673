"""SRG102: a date or month field holds no valid date."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class InvalidDate(RowRule):
    """Date fields follow the layout's notation and name a real day."""

    code = "SRG102"
    severity = Severity.FOUT
    title = "Ongeldige datum"
    meaning = (
        "Een datumveld heeft niet de afgesproken notatie of noemt een dag die niet bestaat, "
        "zoals 31 april. Begin, einde, looptijd en AOW-leeftijd kunnen dan niet worden bepaald."
    )
    fix = "Corrigeer de datum in het bronsysteem; controleer ook de exportinstelling voor datums."
    guideline = "registratie-velden"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type in ("date", "month") for f in layout.fields):
            return None
        return "field", "de layout heeft geen datumvelden"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                f.name,
                ctx.raw(f.name).is_not_null() & ctx.date(f.name).is_null(),
                f"Het veld {field_label(f.name)} is geen geldige datum (verwacht {f.notation}).",
            )
            for f in ctx.layout.fields
            if f.type in ("date", "month")
        ]
