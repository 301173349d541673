"""SRG101: a required field is empty."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class RequiredField(RowRule):
    """Every field the layout marks as required has a value."""

    code = "SRG101"
    severity = Severity.FOUT
    title = "Verplicht veld is leeg"
    meaning = (
        "Een veld dat in elk record moet staan, is leeg. Het CBS kan het record dan niet "
        "(goed) verwerken."
    )
    fix = "Vul het veld in het bronsysteem in en maak het bestand opnieuw aan."
    guideline = "registratie-velden"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.required for f in layout.fields):
            return None
        return "field", "de layout heeft geen verplichte velden"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                f.name,
                ctx.raw(f.name).is_null(),
                f"Het verplichte veld {field_label(f.name)} is leeg.",
            )
            for f in ctx.layout.fields
            if f.required
        ]
