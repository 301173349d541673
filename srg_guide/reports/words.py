"""The words and number forms every report and the app share: one spelling for each thing.

"Controle" is a rule (SRG201), "regel" is a line of the file. Dates for people are DD-MM-JJJJ.
"""

from __future__ import annotations

import datetime as dt

from srg_guide.checks.finding import Severity
from srg_guide.privacy import mask_bsns_in_text

SEVERITY_NAMES: dict[Severity, tuple[str, str]] = {
    Severity.FOUT: ("fout", "fouten"),
    Severity.WAARSCHUWING: ("waarschuwing", "waarschuwingen"),
    Severity.SIGNAAL: ("signaal", "signalen"),
}
NOT_COUNTED = "niet berekend"
"""A spiegel count that needs what is missing (e.g. a readable verslagmaand): never shown as 0."""
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def severity_count(severity: Severity, count: int) -> str:
    """``1 fout``, ``3 waarschuwingen``."""
    singular, plural = SEVERITY_NAMES[severity]
    return f"{format_int(count)} {singular if count == 1 else plural}"


def findings_count(count: int) -> str:
    """``1 bevinding``, ``1.234 bevindingen``."""
    return f"{format_int(count)} {'bevinding' if count == 1 else 'bevindingen'}"


def format_int(number: int) -> str:
    """Dutch thousands separator: 12.345."""
    return f"{number:,}".replace(",", ".")


def format_date(day: dt.date) -> str:
    """``23-11-2026``."""
    return day.strftime("%d-%m-%Y")


def format_datetime(moment: dt.datetime) -> str:
    """``23-11-2026 09:40``."""
    return moment.strftime("%d-%m-%Y %H:%M")


def format_month(month: str | None) -> str:
    """``2026-10`` (as the runner writes it) -> ``oktober 2026``; other text as it is."""
    if not month:
        return "onbekend"
    year, _, number = month.partition("-")
    if year.isdigit() and number.isdigit() and 1 <= int(number) <= 12:
        return f"{MONTHS[int(number) - 1]} {year}"
    return month


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis.

    Masked again after the cut: cutting a longer digit run can leave nine digits that pass.
    """
    return text if len(text) <= limit else mask_bsns_in_text(text[: limit - 1] + "…")
