"""CSV for Dutch Excel: UTF-8 with BOM, ';' between fields; summary on top, identity at the end."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from srg_guide.checks.finding import Severity
from srg_guide.reports.view import NotRun, ReportView, Row, Section
from srg_guide.reports.words import SEVERITY_NAMES

DELIMITER = ";"
FINDING_COLUMNS = (
    "controle",
    "ernst",
    "titel",
    "regel",
    "regel vorige levering",
    "veld",
    "melding",
    "sleutel",
    "waarde",
    "details",
    "richtlijn",
)
NOT_RUN_COLUMNS = ("controle", "ernst", "titel", "reden")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

Cell = str | int | None


def inert(text: str) -> str:
    """Text a spreadsheet will not run as a formula: a leading quote before = + - @."""
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def inert_row(values: Sequence[Cell]) -> list[str | int]:
    """Every text cell made inert; None becomes an empty cell."""
    return ["" if v is None else inert(v) if isinstance(v, str) else v for v in values]


def finding_cells(section: Section, row: Row) -> list[Cell]:
    """One finding as spreadsheet cells in FINDING_COLUMNS order."""
    details = "; ".join(f"{label}: {value}" for label, value in row.details)
    return [
        section.code,
        section.severity.value,
        section.title,
        row.line,
        row.previous_line,
        row.field,
        row.message,
        row.key,
        row.value,
        details or None,
        section.guideline,
    ]


def not_run_cells(item: NotRun) -> list[Cell]:
    """A controle that did not run as cells in NOT_RUN_COLUMNS order."""
    return [item.code, item.severity.value, item.title, item.reason]


def render_csv(view: ReportView) -> bytes:
    """Summary rows, the findings under a header row, then "Over dit rapport"."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    rows: list[Sequence[Cell]] = [*view.headline_rows()]
    rows += [(SEVERITY_NAMES[s][1].capitalize(), view.totals[s]) for s in Severity]
    rows.append(("Niet uitgevoerd", len(view.not_run)))
    rows += [("Oordeel", view.verdict()), ("Privacy", view.privacy_note())]
    rows += [("Let op", notice) for notice in view.notices]
    rows.append(())
    rows.append(FINDING_COLUMNS)
    for section in view.with_findings:
        for row in section.rows:
            rows.append(finding_cells(section, row))
    if view.not_run:
        rows += [(), ("Niet uitgevoerd",), NOT_RUN_COLUMNS]
        rows += [not_run_cells(item) for item in view.not_run]
    rows += [(), ("Over dit rapport",), *view.identity_rows()]
    writer.writerows(inert_row(row) for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
