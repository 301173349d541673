"""SRG405: the number of provisions of a type dropped sharply since last month."""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from srg_guide.checks.context import FileState
from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.registry import FileRule, register


@register
class TypeCountDrop(FileRule):
    """Drop of at least drop_percent with at least drop_min_previous last month (signals.yaml)."""

    code = "SRG405"
    severity = Severity.WAARSCHUWING
    title = "Aantal van een type sterk gedaald"
    meaning = (
        "Het aantal voorzieningen van dit type is sinds vorige maand sterk gedaald. Dat kan echt "
        "zo zijn, maar vaak is een koppeling of export stukgegaan of is een type omgezet."
    )
    fix = "Vergelijk de selectie in het bronsysteem met vorige maand voordat u levert."
    guideline = "levering-en-portaal"
    requires = ("type_voorziening",)
    needs_previous = True

    def check_file(self, state: FileState) -> Iterable[Finding]:
        if state.previous is None or "type_voorziening" not in state.current.columns:
            return
        params = state.params
        before = state.previous.group_by("type_voorziening").len("before").drop_nulls()
        now = state.current.group_by("type_voorziening").len("now").drop_nulls()
        both = before.join(now, on="type_voorziening", how="left").fill_null(0)
        before_count = pl.col("before").cast(pl.Int64)
        drop = (before_count - pl.col("now").cast(pl.Int64)) * 100 / before_count
        hits = both.filter(
            (pl.col("before") >= params.drop_min_previous) & (drop >= params.drop_percent)
        ).sort("type_voorziening")
        for code, old, new in hits.select("type_voorziening", "before", "now").iter_rows():
            yield Finding(
                self.code,
                self.severity,
                f"Type {code}: {_provisions(new)}, vorige maand {old}.",
                None,
                "type_voorziening",
                value=code,
            )


def _provisions(count: int) -> str:
    return f"{count} {'voorziening' if count == 1 else 'voorzieningen'}"
