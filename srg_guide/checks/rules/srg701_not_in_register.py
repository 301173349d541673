"""SRG701: the local code of a record is not in the voorzieningenregister (or not decided)."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.register_join import REGISTER_REQUIRES, findings, joined
from srg_guide.checks.registry import FileRule, register


@register
class NotInRegister(FileRule):
    """Every delivered local provision should have one reasoned decision in the register."""

    code = "SRG701"
    severity = Severity.WAARSCHUWING
    title = "Lokale voorziening niet beoordeeld in het register"
    meaning = (
        "De lokale code van dit record staat niet in het voorzieningenregister, of staat er wel "
        "maar is nog niet beoordeeld. Dan is niet vastgelegd of en hoe deze voorziening meetelt, "
        "en kan elke klantmanager haar anders indelen."
    )
    fix = (
        "Lees de catalogus opnieuw in (srg-guide register import) en beoordeel de voorziening "
        "(srg-guide register decide CODE), of corrigeer de lokale code in het bronsysteem."
    )
    requires = REGISTER_REQUIRES
    needs_register = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        hits = joined(state).filter(~pl.col("decided").fill_null(False))
        message = (
            pl.when(pl.col("decided").is_null())
            .then(pl.lit("Deze lokale code staat niet in het voorzieningenregister."))
            .otherwise(pl.lit("Deze lokale code is in het register nog niet beoordeeld."))
        )
        yield from findings(self.code, self.severity, hits, "lokale_code", message)
