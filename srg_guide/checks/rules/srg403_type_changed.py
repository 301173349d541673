"""SRG403: the same provision has another type than last month."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import FileRule, register


@register
class TypeChanged(FileRule):
    """A provision keeps its type; another instrument is another provision."""

    code = "SRG403"
    severity = Severity.WAARSCHUWING
    title = "Type voorziening veranderd"
    meaning = (
        "Een voorziening met dezelfde sleutel heeft nu een ander type dan vorige maand. Een ander "
        "instrument is een nieuwe voorziening met een eigen registratienummer; of het type was "
        "vorige maand fout."
    )
    fix = (
        "Sluit de oude voorziening af en registreer een nieuwe, of corrigeer het type als het "
        "vorige maand fout was."
    )
    guideline = "traject-voorziening-activiteit"
    requires = (*KEY_FIELDS, "type_voorziening")
    needs_previous = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        if state.previous is None:
            return
        prev = state.previous.drop_nulls("key").unique("key", keep="last")
        hits = (
            state.current.drop_nulls("key")
            .join(prev.select("key", "_line", "type_voorziening"), on="key", suffix="_prev")
            .filter(pl.col("type_voorziening") != pl.col("type_voorziening_prev"))
            .sort("_line")
        )
        rows = hits.select("_line", "key", "type_voorziening_prev", "_line_prev").iter_rows()
        for line, key, old_type, prev_line in rows:
            yield Finding(
                self.code,
                self.severity,
                f"Vorige maand (regel {prev_line}) was het type {old_type}.",
                line,
                "type_voorziening",
                key=key,
                previous_line=prev_line,
            )
