"""SRG404: a new provision looks like a vanished one with a new registratienummer."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import TRACKING_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import FileRule, register


@register
class Renumbered(FileRule):
    """Same person and type, old one gone or closed, new one starting: likely renumbered."""

    code = "SRG404"
    severity = Severity.WAARSCHUWING
    title = "Mogelijk nieuw registratienummer"
    meaning = (
        "Een voorziening van vorige maand is verdwenen of afgesloten, en er is een nieuwe met "
        "dezelfde persoon en hetzelfde type. Dat lijkt één doorlopende voorziening met een nieuw "
        "registratienummer (bijvoorbeeld na een overstap van software of een herstart na "
        "indexatie). Het CBS telt dat anders als een einde en een nieuw begin."
    )
    fix = (
        "Bevestig het paar en stuur het CBS een conversiebestand (oud en nieuw registratienummer). "
        "srg-guide kan van deze paren een concept-conversiebestand maken."
    )
    guideline = "conversiebestand"
    requires = TRACKING_FIELDS
    needs_previous = True
    needs_month = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        for pair in state.pairs:
            yield Finding(
                self.code,
                self.severity,
                "Lijkt dezelfde voorziening als een voorziening uit de vorige levering, "
                "met een ander registratienummer.",
                pair.new_line,
                "registratienummer",
                key=f"{pair.new_registratienummer}/{pair.new_gemeentecode}/"
                f"{pair.new_berichtgevercode}",
                previous_line=pair.old_line,
            )
