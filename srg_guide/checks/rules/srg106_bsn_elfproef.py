"""SRG106: the BSN field does not pass the elfproef."""

from __future__ import annotations

from srg_guide.checks.context import RowContext, elfproef
from srg_guide.checks.finding import Severity
from srg_guide.checks.layout import Layout
from srg_guide.checks.params import Params
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label


@register
class BsnElfproef(RowRule):
    """A BSN of nine digits must pass the elfproef."""

    code = "SRG106"
    severity = Severity.FOUT
    title = "BSN klopt niet (elfproef)"
    meaning = (
        "Het burgerservicenummer heeft negen cijfers maar voldoet niet aan de elfproef. Het CBS "
        "kan de voorziening dan niet aan een persoon koppelen."
    )
    fix = "Controleer het BSN in het bronsysteem (vaak een tikfout of een verwisseld cijfer)."
    guideline = "registratie-velden"

    @classmethod
    def not_applicable(cls, layout: Layout, params: Params) -> tuple[str, str] | None:
        if any(f.type == "bsn" for f in layout.fields):
            return None
        return "field", "veld bsn ontbreekt in de layout"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        return [
            Condition(
                f.name,
                ctx.raw(f.name).str.contains(r"^\d{9}$") & ~elfproef(ctx.raw(f.name)),
                f"Het veld {field_label(f.name)} voldoet niet aan de elfproef.",
            )
            for f in ctx.layout.fields
            if f.type == "bsn"
        ]
