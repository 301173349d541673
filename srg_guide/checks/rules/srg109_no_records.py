"""SRG109: the file holds no records at all."""

from __future__ import annotations

from collections.abc import Iterable

from srg_guide.checks.context import FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import FileRule, register


@register
class NoRecords(FileRule):
    """A file with only a header (or nothing) must never pass as clean."""

    code = "SRG109"
    severity = Severity.FOUT
    title = "Het bestand bevat geen records"
    meaning = (
        "Er staat geen enkel record in het bestand, hoogstens een kopregel. Een lege levering "
        "ontstaat vaak doordat een export of selectie mislukte; zo'n bestand kan niet naar het CBS."
    )
    fix = (
        "Maak de export opnieuw en kijk of de selectie in het bronsysteem records oplevert. "
        "Stuurt u het bestand via een pipe, controleer dan of het programma ervoor iets schreef."
    )
    guideline = "levering-en-portaal"

    def check_file(self, state: FileState) -> Iterable[Finding]:
        if state.record_count == 0:
            yield Finding(self.code, self.severity, "Het bestand bevat geen records.", None, None)
