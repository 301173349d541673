"""SRG601: a conversion line is incomplete."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import CONVERSION_REQUIRED, ConversionState
from srg_guide.checks.conversion_layout import FIELDS
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import ConversionRule, register


@register
class ConversionLineIncomplete(ConversionRule):
    """Each conversion line has the old and the new registratienummer."""

    code = "SRG601"
    severity = Severity.FOUT
    title = "Conversieregel onvolledig"
    meaning = (
        "Een regel in het conversiebestand mist het oude of nieuwe registratienummer, of heeft "
        "meer velden dan de kopregel."
    )
    fix = "Vul beide registratienummers in; gebruik ; als scheidingsteken."
    guideline = "conversiebestand"

    def check_conversion(self, state: ConversionState) -> Iterable[Finding]:
        for line in state.lines:
            missing = [c for c in CONVERSION_REQUIRED if line.values[c] is None]
            if missing or line.width > len(FIELDS):
                text = f"{', '.join(missing)} ontbreekt" if missing else "te veel velden"
                yield Finding(self.code, self.severity, f"Regel onvolledig: {text}.", line.line)
