"""SRG108: a field holds bytes that are not valid in the file's encoding."""

from __future__ import annotations

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label

REPLACEMENT = "\ufffd"


@register
class BadCharacters(RowRule):
    """Every byte decodes in the file's encoding (UTF-8, or Windows-1252 for older exports)."""

    code = "SRG108"
    severity = Severity.FOUT
    title = "Onleesbare tekens"
    meaning = (
        "Het veld bevat tekens die niet te lezen zijn in de tekenset van het bestand. Vaak zijn "
        "UTF-8 en Windows-1252 door elkaar gebruikt, of is het bestand beschadigd."
    )
    fix = "Exporteer het bestand opnieuw in één tekenset (bij voorkeur UTF-8)."
    guideline = "registratie-velden"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        if not ctx.may_have_bad_bytes:
            return []
        return [
            Condition(
                f.name,
                ctx.raw(f.name).str.contains(REPLACEMENT, literal=True),
                f"Het veld {field_label(f.name)} bevat onleesbare tekens.",
            )
            for f in ctx.layout.fields
        ]
