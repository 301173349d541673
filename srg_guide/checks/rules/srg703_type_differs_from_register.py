"""SRG703: a record is delivered with another type voorziening than the register decided."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.register_join import REGISTER_REQUIRES, findings, joined
from srg_guide.checks.registry import FileRule, register


@register
class TypeDiffersFromRegister(FileRule):
    """One local provision, one type: the type the team decided in the register."""

    code = "SRG703"
    severity = Severity.WAARSCHUWING
    title = "Ander type dan in het register"
    meaning = (
        "Het record heeft een ander type voorziening dan het voorzieningenregister voor deze "
        "lokale code vastlegt. Klantmanagers delen dezelfde voorziening dan verschillend in; "
        "volgens het CBS de grootste bron van fouten."
    )
    fix = (
        "Corrigeer het type in het bronsysteem naar het type uit het register, of beoordeel de "
        "voorziening opnieuw als het register niet meer klopt."
    )
    guideline = "traject-voorziening-activiteit"
    requires = (*REGISTER_REQUIRES, "type_voorziening")
    needs_register = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        hits = joined(state).filter(
            (pl.col("counts") == True)  # noqa: E712  (polars expression)
            & pl.col("type_code").is_not_null()
            & (pl.col("type_voorziening") != pl.col("type_code"))
        )
        message = pl.format("Het register zegt type {} voor deze lokale code.", "type_code")
        yield from findings(self.code, self.severity, hits, "type_voorziening", message)
