"""Excel workbook: Samenvatting, Bevindingen (filterable), Spiegel and Over dit rapport sheets."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as WorksheetCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from srg_guide.checks.finding import Severity
from srg_guide.privacy import visible
from srg_guide.reports.as_csv import (
    FINDING_COLUMNS,
    NOT_RUN_COLUMNS,
    Cell,
    cut_notes,
    finding_cells,
    not_run_cells,
    quarter_rows,
)
from srg_guide.reports.view import ReportView, doel_label
from srg_guide.reports.words import NOT_COUNTED, SEVERITY_NAMES

_BOLD = Font(bold=True)
_FORMULA_START = ("=", "+", "-", "@")


def render_xlsx(view: ReportView) -> bytes:
    """The workbook as bytes."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "Samenvatting"
    _fill_summary(summary, view)
    _fill_findings(book.create_sheet("Bevindingen"), view)
    _fill_not_run(book.create_sheet("Niet uitgevoerd"), view)
    _fill_mirror(book.create_sheet("Spiegel"), view)
    quarter = book.create_sheet("Kwartaal")
    for row in quarter_rows(view):
        _append(quarter, row)
    _widths(quarter, (60, 30, 22, 50))
    _fill_identity(book.create_sheet("Over dit rapport"), view)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _append(sheet: Worksheet, values: Sequence[Cell], bold: bool = False) -> None:
    """Append a row: text stays text (never a formula) and control characters are written out.

    The cells are made before they are added: looking a row up by ``sheet.max_row`` scans
    every cell of the sheet, which made thousands of findings take minutes.
    """
    cells = []
    for value in values:
        cell = WorksheetCell(sheet)
        if isinstance(value, str):
            cell.value = visible(value)
            cell.data_type = "s"
            # Excel's own mark for "text, not a formula", kept when someone edits the cell.
            cell.quotePrefix = cell.value.lstrip(" ").startswith(_FORMULA_START)
        else:
            cell.value = value
        if bold:
            cell.font = _BOLD
        cells.append(cell)
    sheet.append(cells)


def _widths(sheet: Worksheet, widths: Iterable[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _fill_summary(sheet: Worksheet, view: ReportView) -> None:
    _append(sheet, ["Bestandscontrole SRG"], bold=True)
    for label, value in view.headline_rows():
        _append(sheet, [label, value])
    _append(sheet, ["Privacy", view.privacy_note()])
    _append(sheet, [])
    _append(sheet, ["Ernst", "Aantal"], bold=True)
    for severity in Severity:
        _append(sheet, [SEVERITY_NAMES[severity][1], view.totals[severity]])
    _append(sheet, ["niet uitgevoerd", len(view.not_run)])
    _append(sheet, ["Oordeel", view.verdict()])
    for notice in view.notices:
        _append(sheet, ["Let op", notice])
    for note in cut_notes(view):
        _append(sheet, ["Niet getoond", note])
    _append(sheet, [])
    header = ["Controle", "Ernst", "Titel", "Aantal", "Getoond", "Richtlijn", "Uit de richtlijn"]
    _append(sheet, header, bold=True)
    for section in view.sections:
        _append(
            sheet,
            [
                section.code,
                section.severity.value,
                section.title,
                section.count,
                len(section.rows),
                section.guideline_title or section.guideline,
                section.guideline_text,
            ],
        )
    _widths(sheet, (20, 70, 50, 10, 10, 40, 70))


def _fill_findings(sheet: Worksheet, view: ReportView) -> None:
    _append(sheet, FINDING_COLUMNS, bold=True)
    for section in view.with_findings:
        for row in section.rows:
            _append(sheet, finding_cells(section, row))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _widths(sheet, (11, 13, 36, 8, 10, 18, 70, 20, 16, 30, 28))


def _fill_not_run(sheet: Worksheet, view: ReportView) -> None:
    _append(sheet, NOT_RUN_COLUMNS, bold=True)
    for item in view.not_run:
        _append(sheet, not_run_cells(item))
    if not view.not_run:
        _append(sheet, ["Alle controles zijn uitgevoerd."])
    sheet.freeze_panes = "A2"
    _widths(sheet, (11, 13, 50, 70))


def _fill_mirror(sheet: Worksheet, view: ReportView) -> None:
    mirror = view.mirror
    doelen = sorted({d for t in mirror.types for d in t.per_doel} | set(mirror.per_doel))
    header = ["Type", "Naam", "Totaal", "Gestart", "Gestopt", "Lopend", "Max. maanden"]
    header += ["Langer dan max.", "Vorige levering"]
    header += [doel_label(mirror, d) for d in doelen]
    _append(sheet, header, bold=True)
    shown = _counted(mirror.not_counted)
    for t in mirror.types:
        cells: list[Cell] = [t.code, t.name, t.total, shown(t.started), shown(t.ended)]
        cells += [
            shown(t.running),
            t.max_months,
            None if t.max_months is None else shown(t.over_max),
        ]
        cells += [t.previous_total, *(t.per_doel.get(d, 0) for d in doelen)]
        _append(sheet, cells)
    _append(sheet, [])
    _append(sheet, ["Totalen", None, sum(t.total for t in mirror.types)], bold=True)
    _append(sheet, ["Gestart", None, shown(mirror.started)])
    _append(sheet, ["Gestopt", None, shown(mirror.ended)])
    _append(sheet, ["Lopend", None, shown(mirror.running)])
    if mirror.not_counted:
        _append(sheet, [NOT_COUNTED.capitalize(), None, mirror.not_counted])
    _append(sheet, ["Vorige levering", None, mirror.previous_total])
    for doel, count in mirror.per_doel.items():
        _append(sheet, [doel_label(mirror, doel), None, count])
    if mirror.duration_months:
        _append(sheet, [])
        _append(sheet, ["Looptijd (maanden)", None, "Aantal"], bold=True)
        for span, count in mirror.duration_months.items():
            _append(sheet, [span, None, count])
    sheet.freeze_panes = "A2"
    _widths(sheet, (18, 40, 10, 10, 10, 10, 14, 16, 16, 18, 18))


def _counted(reason: str | None) -> Callable[[int | None], Cell]:
    """A spiegel count as a cell: "niet berekend" when it could not be counted."""
    return lambda count: NOT_COUNTED if count is None and reason else count


def _fill_identity(sheet: Worksheet, view: ReportView) -> None:
    _append(sheet, ["Over dit rapport"], bold=True)
    for label, value in view.identity_rows():
        _append(sheet, [label, value])
    _widths(sheet, (20, 90))
