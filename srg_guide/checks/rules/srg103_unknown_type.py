"""SRG103: the type voorziening is not in the code list."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register


@register
class UnknownType(RowRule):
    """Type codes come from trees/codes.yaml."""

    code = "SRG103"
    severity = Severity.WAARSCHUWING
    title = "Onbekend type voorziening"
    meaning = (
        "De code voor het type voorziening staat niet in de codelijst van srg-guide. Het kan een "
        "tikfout zijn, of een CBS-code die srg-guide nog niet kent."
    )
    fix = (
        "Controleer de code tegen de Richtlijnen SRG. Is de code goed, voeg haar dan toe aan "
        "trees/codes.yaml; anders corrigeert u het type in het bronsysteem."
    )
    guideline = "traject-voorziening-activiteit"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type == "code" and f.codes == "type" for f in layout.fields):
            return None
        return "field", "de layout heeft geen veld met de codelijst type"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                f.name,
                ctx.raw(f.name).is_not_null() & ~ctx.raw(f.name).is_in(ctx.codes(f)),
                f"Het veld {f.name} heeft een type dat niet in de codelijst staat.",
            )
            for f in ctx.layout.fields
            if f.type == "code" and f.codes == "type"
        ]
