"""SRG107: a line has the wrong number of fields or the wrong length."""

from __future__ import annotations

import polars as pl

from srg_guide.checks.context import RowContext
from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import Condition, RowRule, register


@register
class RecordShape(RowRule):
    """Each CSV line has as many fields as the header; each fixed-width line the record length."""

    code = "SRG107"
    severity = Severity.FOUT
    title = "Regel past niet in de layout"
    meaning = (
        "De regel heeft te veel of te weinig velden (CSV) of is te lang of te kort (vaste "
        "breedte). De velden van die regel zijn dan niet betrouwbaar te lezen; srg-guide "
        "controleert ze niet verder."
    )
    fix = (
        "Kijk of een waarde het scheidingsteken of een regeleinde bevat, of dat de export een veld "
        "mist. Pas de export in het bronsysteem aan."
    )
    guideline = "registratie-velden"
    any_width = True

    def conditions(self, ctx: RowContext) -> list[Condition]:
        if ctx.expected_width is None:
            return []
        unit = "tekens" if ctx.layout.format == "fixed" else "velden"
        return [
            Condition(
                None,
                pl.col("_width") != ctx.expected_width,
                f"De regel heeft {{detail}} {unit}; de layout verwacht {ctx.expected_width}.",
                pl.col("_width"),
            )
        ]
