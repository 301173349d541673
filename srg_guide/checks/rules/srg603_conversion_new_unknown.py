"""SRG603: the new registratienummer is not in this month's delivery."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import ConversionState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import ConversionRule, register


@register
class ConversionNewUnknown(ConversionRule):
    """The new key of a conversion line exists in the current delivery."""

    code = "SRG603"
    severity = Severity.FOUT
    title = "Nieuw registratienummer niet in deze levering"
    meaning = (
        "Het nieuwe registratienummer (met deze gemeentecode en berichtgevercode) staat niet in de "
        "levering van deze maand. Het CBS kan de voorziening dan niet doorkoppelen."
    )
    fix = "Controleer het nieuwe nummer en de codes tegen de levering van deze maand."
    guideline = "conversiebestand"

    def check_conversion(self, state: ConversionState) -> Iterable[Finding]:
        for line in state.lines:
            if line.values["nieuw_registratienummer"] is None:
                continue
            if state.matches(line, "nieuw").is_empty():
                yield Finding(
                    self.code,
                    self.severity,
                    "Het nieuwe registratienummer staat niet in deze levering.",
                    line.line,
                    "nieuw_registratienummer",
                    value=line.values["nieuw_registratienummer"],
                )
