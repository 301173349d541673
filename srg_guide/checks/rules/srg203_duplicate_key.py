"""SRG203: two records share the tracking key."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import KEY_FIELDS, FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import FileRule, register


@register
class DuplicateKey(FileRule):
    """Registratienummer + gemeentecode + berichtgevercode is unique within a delivery."""

    code = "SRG203"
    severity = Severity.FOUT
    title = "Dubbele sleutel"
    meaning = (
        "Twee records hebben hetzelfde registratienummer, dezelfde gemeentecode en dezelfde "
        "berichtgevercode. Het CBS volgt voorzieningen met die sleutel; een dubbele sleutel maakt "
        "het onduidelijk welk record geldt."
    )
    fix = (
        "Geef elke voorziening in het bronsysteem een eigen registratienummer, of verwijder het "
        "dubbele record uit de export."
    )
    guideline = "registratie-sleutel"
    requires = KEY_FIELDS

    def check_file(self, state: FileState) -> Iterable[Finding]:
        frame = state.current
        if frame.is_empty():
            return
        # Hashes first: cheap on a million keys; only colliding rows are compared as text.
        dupes = (
            frame.select("_line", "key")
            .drop_nulls("key")
            .filter(pl.col("key").hash().is_duplicated())
            .with_columns(pl.col("_line").min().over("key").alias("first"))
            .filter(pl.col("_line") != pl.col("first"))
            .sort("_line")
        )
        for line, key, first in dupes.iter_rows():
            yield Finding(
                self.code,
                self.severity,
                f"Deze sleutel staat ook op regel {first}.",
                line,
                "registratienummer",
                key=key,
            )
