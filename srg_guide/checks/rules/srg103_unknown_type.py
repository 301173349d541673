"""SRG103: the type voorziening is not in the code list."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class UnknownType(RowRule):
    """Type codes come from trees/codes.yaml (and the organisation's type-codes.yaml)."""

    code = "SRG103"
    severity = Severity.FOUT
    title = "Onbekend type voorziening"
    meaning = (
        "De code voor het type voorziening staat niet in de codelijst. Het CBS weigert een "
        "record met een onbekende code. Het kan een tikfout zijn, of de code van een type "
        "waarvoor uw organisatie de code nog niet heeft ingesteld."
    )
    fix = (
        "Corrigeer het type in het bronsysteem. Is de code goed en hoort ze bij een type zonder "
        "bevestigde code, zet haar dan in type-codes.yaml in de tabellenmap van uw organisatie."
    )
    guideline = "traject-voorziening-activiteit"
    requires = ("type_voorziening",)

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type == "code" and f.codes == "type" for f in layout.fields):
            return None
        return "field", "de layout heeft geen veld met de codelijst type"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        unset = ctx.params.without_code()
        hint = (
            f" Nog geen code ingesteld voor: {', '.join(t.name for t in unset)}." if unset else ""
        )
        return [
            Condition(
                f.name,
                ctx.raw(f.name).is_not_null() & ~ctx.raw(f.name).is_in(ctx.codes(f)),
                f"Het veld {field_label(f.name)} heeft een code die niet in de codelijst "
                f"staat.{hint}",
            )
            for f in ctx.layout.fields
            if f.type == "code" and f.codes == "type"
        ]
