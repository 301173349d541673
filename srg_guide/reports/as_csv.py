"""CSV for Dutch Excel: UTF-8 with BOM, ';' between fields; summary on top, identity at the end."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from srg_guide.checks.finding import Severity
from srg_guide.reports.quarter import NOT_RUN, build_quarter
from srg_guide.reports.view import NotRun, ReportView, Row, Section
from srg_guide.reports.words import SEVERITY_NAMES, format_int

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
        section.guideline_title or section.guideline,
    ]


def cut_notes(view: ReportView) -> list[str]:
    """``SRG201: 1 van 2 bevindingen getoond ...`` for each controle cut at the limit."""
    return [
        f"{s.code}: {format_int(len(s.rows))} van {format_int(s.count)} bevindingen getoond, "
        f"{format_int(s.hidden)} niet getoond; het aantal is volledig"
        for s in view.with_findings
        if s.hidden
    ]


def not_run_cells(item: NotRun) -> list[Cell]:
    """A controle that did not run as cells in NOT_RUN_COLUMNS order."""
    return [item.code, item.severity.value, item.title, item.reason]


def quarter_rows(view: ReportView) -> list[Sequence[Cell]]:
    """The two tables of the CBS quarterly mail as spreadsheet rows."""
    quarter = build_quarter(view)
    rows: list[Sequence[Cell]] = [("Samenvatting", quarter.summary), ("Kwartaal", quarter.period)]
    rows.append(("Bron", quarter.source))
    rows += [("Let op", quarter.note), (), (quarter.quality_title, "Aantal voorzieningen", "reden")]
    rows += [(r.label, _count(r.count), r.reason) for r in quarter.quality]
    rows.append(())
    rows.append(
        (quarter.duration_title, "Maximale duur volgens het CBS", "Aantal voorzieningen", "reden")
    )
    rows += [
        (r.type_label, f"{r.max_months} maanden", _count(r.count), r.reason)
        for r in quarter.durations
    ]
    if quarter.not_run:
        rows += [(), ("Niet uitgevoerd",), *((line,) for line in quarter.not_run)]
    return rows


def _count(count: int | None) -> Cell:
    return NOT_RUN if count is None else count


def _write(rows: list[Sequence[Cell]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows(inert_row(row) for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def render_quarter_csv(view: ReportView) -> bytes:
    """The quarterly view: headline, both tables of the mail, then "Over dit rapport"."""
    rows: list[Sequence[Cell]] = [*view.headline_rows(), (), *quarter_rows(view)]
    return _write([*rows, (), ("Over dit rapport",), *view.identity_rows()])


def render_csv(view: ReportView) -> bytes:
    """Summary rows, the findings under a header row, then "Over dit rapport"."""
    rows: list[Sequence[Cell]] = [*view.headline_rows()]
    rows += [(SEVERITY_NAMES[s][1].capitalize(), view.totals[s]) for s in Severity]
    rows.append(("Niet uitgevoerd", len(view.not_run)))
    rows += [("Oordeel", view.verdict()), ("Privacy", view.privacy_note())]
    rows += [("Let op", notice) for notice in view.notices]
    rows += [("Niet getoond", note) for note in cut_notes(view)]
    rows.append(())
    rows.append(FINDING_COLUMNS)
    for section in view.with_findings:
        for row in section.rows:
            rows.append(finding_cells(section, row))
    if view.not_run:
        rows += [(), ("Niet uitgevoerd",), NOT_RUN_COLUMNS]
        rows += [not_run_cells(item) for item in view.not_run]
    rows += [(), ("Over dit rapport",), *view.identity_rows()]
    return _write(rows)
