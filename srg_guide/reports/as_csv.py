"""CSV for Dutch Excel: UTF-8 with BOM, ';' between fields, the identity block on top."""

from __future__ import annotations

import csv
import io

from srg_guide.reports.view import ReportView

DELIMITER = ";"
FINDING_COLUMNS = (
    "regelcode",
    "ernst",
    "titel",
    "regel",
    "regel vorige levering",
    "veld",
    "melding",
    "sleutel",
    "waarde",
    "richtlijn",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """Text Excel will not run as a formula: a leading quote before = + - @."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(view: ReportView) -> bytes:
    """Identity rows, an empty row, then one row per finding under a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows(view.identity_rows())
    writer.writerow(["Privacy", view.privacy_note()])
    writer.writerow([])
    writer.writerow(FINDING_COLUMNS)
    for section in view.with_findings:
        for row in section.rows:
            writer.writerow(
                [
                    section.code,
                    section.severity.value,
                    section.title,
                    "" if row.line is None else row.line,
                    "" if row.previous_line is None else row.previous_line,
                    inert(row.field or ""),
                    inert(row.message),
                    inert(row.key or ""),
                    inert(row.value or ""),
                    section.guideline or "",
                ]
            )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
