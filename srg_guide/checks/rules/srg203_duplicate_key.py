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
        # Sorting the 64-bit key hashes finds repeats with little memory; a hash collision
        # between different keys is about 1 in 10^7 for a million records.
        hashes = frame["key_hash"].drop_nulls().sort()
        repeated = hashes.filter(hashes == hashes.shift(1)).unique()
        if repeated.is_empty():
            return
        columns = ["_line", "key_hash"] + (["key"] if "key" in frame.columns else [])
        dupes = (
            frame.select(columns)
            .filter(pl.col("key_hash").is_in(repeated.implode()))
            .with_columns(pl.col("_line").min().over("key_hash").alias("first"))
            .filter(pl.col("_line") != pl.col("first"))
            .sort("_line")
        )
        for row in dupes.iter_rows(named=True):
            yield Finding(
                self.code,
                self.severity,
                f"Deze sleutel staat ook op regel {row['first']}.",
                row["_line"],
                "registratienummer",
                key=row.get("key"),
            )
