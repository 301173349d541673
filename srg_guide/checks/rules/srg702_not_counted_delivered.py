"""SRG702: a record whose local provision was decided "telt niet mee" is delivered anyway."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.register_join import REGISTER_REQUIRES, findings, joined
from srg_guide.checks.registry import FileRule, register


@register
class NotCountedDelivered(FileRule):
    """What the team decided does not count for the SRG should not be in the delivery."""

    code = "SRG702"
    severity = Severity.FOUT
    title = "Geleverd terwijl het register zegt: telt niet mee"
    meaning = (
        "Volgens het voorzieningenregister telt deze lokale voorziening niet mee voor de SRG. "
        "Toch staat er een record voor in de levering; het CBS telt het dan ten onrechte mee."
    )
    fix = (
        "Haal de voorziening uit de levering, of beoordeel haar opnieuw in het register als de "
        "beslissing niet meer klopt (srg-guide register decide CODE)."
    )
    guideline = "drie-criteria"
    requires = REGISTER_REQUIRES
    needs_register = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        hits = joined(state).filter(pl.col("counts") == False)  # noqa: E712  (polars expression)
        message = pl.lit("Het register zegt: deze voorziening telt niet mee; lever haar niet.")
        yield from findings(self.code, self.severity, hits, "lokale_code", message)
