"""SRG602: the old registratienummer is not in last month's delivery."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import ConversionState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import ConversionRule, register


@register
class ConversionOldUnknown(ConversionRule):
    """The old key of a conversion line exists in the previous delivery."""

    code = "SRG602"
    severity = Severity.FOUT
    title = "Oud registratienummer niet in de vorige levering"
    meaning = (
        "Het CBS koppelt het oude registratienummer aan een voorziening uit de vorige levering. "
        "Dit nummer (met deze gemeentecode en berichtgevercode) staat daar niet in."
    )
    fix = "Controleer het oude nummer en de codes; neem alleen voorzieningen op die echt bestonden."
    guideline = "conversiebestand"

    def check_conversion(self, state: ConversionState) -> Iterable[Finding]:
        for line in state.lines:
            if line.values["oud_registratienummer"] is None:
                continue
            if state.matches(line, "oud").is_empty():
                yield Finding(
                    self.code,
                    self.severity,
                    "Het oude registratienummer staat niet in de vorige levering.",
                    line.line,
                    "oud_registratienummer",
                    value=line.values["oud_registratienummer"],
                )
