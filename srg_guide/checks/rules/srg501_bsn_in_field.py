"""SRG501: a BSN-like number sits in a field that is not the BSN field."""

from __future__ import annotations

from srg_guide.checks.context import RowContext, elfproef
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register
from srg_guide.checks.report import field_label

NINE_DIGITS = r"(?:^|\D)(\d{9})(?:\D|$)"


@register
class BsnInField(RowRule):
    """Nine digits passing the elfproef outside the BSN field are probably a BSN (privacy)."""

    code = "SRG501"
    severity = Severity.FOUT
    title = "Mogelijk BSN in een ander veld"
    meaning = (
        "Een veld dat geen BSN-veld is, bevat negen cijfers die voldoen aan de elfproef. Dat is "
        "waarschijnlijk een burgerservicenummer, bijvoorbeeld als registratienummer. Zo komen "
        "persoonsgegevens op plekken waar ze niet horen."
    )
    fix = (
        "Gebruik in het bronsysteem een eigen nummer in plaats van het BSN. srg-guide toont de "
        "waarde alleen gemaskeerd."
    )
    guideline = "privacy"

    def conditions(self, ctx: RowContext) -> list[Condition]:
        conditions = []
        for spec in ctx.layout.fields:
            if spec.type == "bsn":
                continue
            raw = ctx.raw(spec.name)
            digits = raw.str.extract(NINE_DIGITS, 1)
            conditions.append(
                Condition(
                    spec.name,
                    raw.str.contains(r"\d{9}"),
                    f"Het veld {field_label(spec.name)} bevat negen cijfers die voldoen aan de "
                    "elfproef (mogelijk een BSN).",
                    confirm=digits.is_not_null() & elfproef(digits),
                )
            )
        return conditions
