"""The quarterly view: this delivery's counts in the shape of the CBS quarterly mail (--kwartaal).

The labels and the order come from kwartaalmail.yaml (Nieuwsbrief SRG juni 2024), so a
municipality can hold its own figures next to the mail. A controle that did not run shows
"niet uitgevoerd" with the reason, never 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from srg_guide.checks.finding import Severity
from srg_guide.reports.view import ReportView
from srg_guide.reports.words import format_int, format_month, severity_count
from srg_guide.yamlio import parse_yaml

NOT_RUN = "niet uitgevoerd"


@dataclass(frozen=True)
class QualityRow:
    """One line of "Signalering kwaliteit | Aantal voorzieningen"."""

    code: str
    label: str
    count: int | None
    reason: str | None = None


@dataclass(frozen=True)
class DurationRow:
    """One line of "Type voorziening | Maximale duur volgens het CBS | Aantal voorzieningen"."""

    type_label: str
    max_months: int
    count: int | None
    reason: str | None = None


@dataclass(frozen=True)
class QuarterView:
    """Both tables of the mail for the quarter of this delivery."""

    period: str
    quality_title: str
    duration_title: str
    quality: list[QualityRow]
    durations: list[DurationRow]
    source: str
    note: str
    summary: str
    """The findings of the whole check, so a fout is never hidden behind the quarterly view."""
    not_run: list[str]
    """``SRG304: reden`` for each controle of the mail that did not run."""


@cache
def _mail() -> dict[str, Any]:
    text = resources.files("srg_guide.reports").joinpath("kwartaalmail.yaml").read_text("utf-8")
    return dict(parse_yaml(text, "srg_guide/reports/kwartaalmail.yaml"))


def quarter_of(month: str | None) -> str:
    """``2026-10`` -> ``4e kwartaal 2026 (verslagmaand oktober 2026)``."""
    year, _, number = (month or "").partition("-")
    if not (year.isdigit() and number.isdigit() and 1 <= int(number) <= 12):
        return "kwartaal onbekend (verslagmaand onbekend)"
    return f"{(int(number) - 1) // 3 + 1}e kwartaal {year} (verslagmaand {format_month(month)})"


def build_quarter(view: ReportView) -> QuarterView:
    """The two tables of the quarterly mail from a report view."""
    mail = _mail()
    counts = {section.code: section.count for section in view.sections}
    reasons = {item.code: item.reason for item in view.not_run}

    def count(code: str) -> tuple[int | None, str | None]:
        if code in counts:
            return counts[code], None
        return None, reasons.get(code, "controle niet in deze versie van de controles")

    quality = [
        QualityRow(item["rule"], item["label"], *count(item["rule"])) for item in mail["quality"]
    ]
    duration_rule = mail["duration_rule"]
    durations, duration_reason = _durations(view, count(duration_rule)[1])
    not_run = [f"{row.code}: {row.reason}" for row in quality if row.reason]
    if duration_reason:
        not_run.append(f"{duration_rule}: {duration_reason}")
    return QuarterView(
        period=quarter_of(view.identity.reporting_month),
        quality_title=mail["quality_title"],
        duration_title=mail["duration_title"],
        quality=quality,
        durations=durations,
        source=mail["source"],
        note=(
            "Aantallen uit deze levering. Het CBS telt in de kwartaalmail over het kwartaal; "
            "hoe precies is niet bekend (aanname). Leg de cijfers naast de mail."
        ),
        summary=_summary(view),
        not_run=not_run,
    )


def _durations(view: ReportView, reason: str | None) -> tuple[list[DurationRow], str | None]:
    """A row for every type with a maximum duration, also at 0; the reason when not counted."""
    mirror, text = view.mirror, view.privacy.text
    # The controle may have run while the spiegel could not count per type: no false 0.
    reason = reason or mirror.not_counted
    over = {t.code: t.over_max for t in mirror.types}
    rows = [
        DurationRow(text(f"{code} {name}"), months, None if reason else over.get(code, 0), reason)
        for code, name, months in mirror.maxima
    ]
    return rows, reason


def _summary(view: ReportView) -> str:
    """``Hele controle: 1 fout, 0 waarschuwingen, 0 signalen.`` and what to do about fouten."""
    counts = ", ".join(severity_count(s, view.totals[s]) for s in Severity)
    text = f"Hele controle van deze levering: {counts}."
    if view.totals[Severity.FOUT]:
        text += (
            " Los de fouten op in het bronsysteem voordat u levert; het rapport van de "
            "bestandscontrole noemt ze."
        )
    return text


def shown_count(count: int | None) -> str:
    """A count for people, or "niet uitgevoerd"."""
    return NOT_RUN if count is None else format_int(count)
