"""SRG604: a registratienummer appears twice in the conversion file."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import ConversionState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import ConversionRule, register


@register
class ConversionDuplicate(ConversionRule):
    """Each old and each new registratienummer occurs once."""

    code = "SRG604"
    severity = Severity.FOUT
    title = "Registratienummer dubbel in het conversiebestand"
    meaning = (
        "Een oud of nieuw registratienummer staat op meer dan één regel. Eén voorziening kan maar "
        "één nieuw nummer krijgen."
    )
    fix = "Houd per voorziening één regel over."
    guideline = "conversiebestand"

    def check_conversion(self, state: ConversionState) -> Iterable[Finding]:
        for side in ("oud", "nieuw"):
            column = f"{side}_registratienummer"
            seen: dict[tuple[str | None, ...], int] = {}
            for line in state.lines:
                key = (
                    line.values[column],
                    line.values[f"{side}_gemeentecode"],
                    line.values[f"{side}_berichtgevercode"],
                )
                if key[0] is None:
                    continue
                if key in seen:
                    yield Finding(
                        self.code,
                        self.severity,
                        f"Dit {side}e registratienummer staat ook op regel {seen[key]}.",
                        line.line,
                        column,
                        value=key[0],
                    )
                else:
                    seen[key] = line.line
