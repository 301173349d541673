"""Plain Dutch text for the terminal, readable in 80 columns."""

from __future__ import annotations

import textwrap

from srg_guide.checks.finding import Severity
from srg_guide.checks.report import Mirror
from srg_guide.reports.quarter import build_quarter, shown_count
from srg_guide.reports.view import ReportView, Row, Section, code_notes, doel_label
from srg_guide.reports.words import (
    NOT_COUNTED,
    SEVERITY_NAMES,
    findings_count,
    format_int,
    severity_count,
)

WIDTH = 80
_TYPE_COLUMNS = ("totaal", "gestart", "gestopt", "lopend", "max mnd", "te lang", "vorige")


def render_text(view: ReportView) -> str:
    """The whole report as text: summary first, "Over dit rapport" last."""
    title = "Bestandscontrole SRG"
    lines = [title, "=" * len(title), *_label_rows(view.headline_rows()), "", *_summary(view)]
    if view.notices:
        lines += ["", "Let op:", *(line for n in view.notices for line in _wrap(n, "  - ", "    "))]
    if view.not_run:
        lines += ["", f"Niet uitgevoerd ({len(view.not_run)}):"]
        lines += [
            line for item in view.not_run for line in _wrap(view.not_run_line(item), "  - ", "    ")
        ]
    for section in view.with_findings:
        lines += ["", *_section(section)]
    if view.without_findings:
        codes = ", ".join(s.code for s in view.without_findings)
        lines += ["", *_wrap(f"Zonder bevindingen ({len(view.without_findings)}): {codes}")]
    lines += ["", *_mirror(view.mirror)]
    lines += ["", "Over dit rapport", "----------------", *_label_rows(view.identity_rows())]
    return _finish(view, lines)


def render_quarter_text(view: ReportView) -> str:
    """The quarterly view as text: the two tables of the CBS quarterly mail."""
    quarter = build_quarter(view)
    title = "Kwartaaloverzicht SRG"
    lines = [title, "=" * len(title), *_label_rows(view.headline_rows()), ""]
    lines += [*_wrap(quarter.summary), ""]
    lines += _wrap(
        f"{quarter.period}. In de vorm van de kwartaalmail van het CBS ({quarter.source})."
    )
    lines += _wrap(quarter.note)
    lines += [
        "",
        *_table(
            [quarter.quality_title, "Aantal voorzieningen"],
            [[row.label, shown_count(row.count)] for row in quarter.quality],
            [58, 22],
        ),
    ]
    lines += [
        "",
        *_table(
            [quarter.duration_title, "Maximale duur volgens het CBS", "Aantal voorzieningen"],
            [
                [row.type_label, f"{row.max_months} maanden", shown_count(row.count)]
                for row in quarter.durations
            ],
            [26, 31, 22],
        ),
    ]
    if not quarter.durations:
        lines.append("Geen typen met een maximale duur.")
    if quarter.not_run:
        lines += ["", "Niet uitgevoerd:"]
        lines += [x for r in quarter.not_run for x in _wrap(r, "  - ", "    ")]
    lines += ["", "Over dit rapport", "----------------", *_label_rows(view.identity_rows())]
    return _finish(view, lines)


def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    """Columns of fixed width; the first column wraps, the others are right-aligned."""
    lines: list[str] = []
    for index, cells in enumerate([header, *rows]):
        first = textwrap.wrap(cells[0], widths[0] - 1) or [""]
        rest = "".join(f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:], strict=True))
        lines.append(f"{first[0]:<{widths[0]}}{rest}")
        lines += first[1:]
        if index == 0:
            lines.append("-" * sum(widths))
    return lines


def _finish(view: ReportView, lines: list[str]) -> str:
    return view.final_mask("\n".join(lines) + "\n")


def _label_rows(rows: list[tuple[str, str]]) -> list[str]:
    width = max(len(label) for label, _ in rows) + 2
    lines: list[str] = []
    for label, value in rows:
        lines += _wrap(value, f"{label + ':':<{width}}", " " * width)
    return lines


def _summary(view: ReportView) -> list[str]:
    counts = ", ".join(severity_count(s, view.totals[s]) for s in Severity)
    lines = [f"Samenvatting: {counts}.", *_wrap(view.verdict()), *_wrap(view.privacy_note())]
    if view.with_findings:
        lines += ["", "Controles met bevindingen:"]
        for sec in view.with_findings:
            name = SEVERITY_NAMES[sec.severity][0]
            lines += _wrap(
                f"{sec.code} {name:<12} {format_int(sec.count):>7}  {sec.title}", "  ", " " * 31
            )
    return lines


def _section(section: Section) -> list[str]:
    label = SEVERITY_NAMES[section.severity][0].upper()
    header = f"{label} {section.code} {section.title} ({findings_count(section.count)})"
    lines = [*_wrap(header), "-" * min(len(header), WIDTH)]
    lines += _wrap(section.meaning, "  Wat: ", "       ")
    lines += _wrap(section.fix, "  Oplossen: ", "            ")
    if section.guideline:
        title = section.guideline_title or section.guideline
        lines += _wrap(f"{title} ({section.guideline})", "  Richtlijn: ", "             ")
        if section.guideline_text:
            lines += _wrap(section.guideline_text, "             ", "             ")
    lines += [line for row in section.rows for line in _row(row)]
    if section.hidden:
        lines.append(f"  ... en nog {format_int(section.hidden)} niet getoond")
    return lines


def _row(row: Row) -> list[str]:
    where = "bestand" if row.line is None else f"regel {row.line}"
    if row.previous_line is not None:
        previous = f"vorige levering regel {row.previous_line}"
        where = previous if row.line is None else f"{where} ({previous})"
    if row.field:
        where += f", {row.field}"
    text = f"{where}: {row.message}"
    if row.key:
        text += f" [sleutel: {row.key}]"
    if row.value is not None:
        text += f" [{row.field or 'waarde'}: '{row.value}']"
    for label, value in row.details:
        text += f" [{label}: '{value}']"
    return _wrap(text, "  - ", "    ")


def _mirror(mirror: Mirror) -> list[str]:
    lines = ["Spiegel", "-------"]
    if not mirror.types and not mirror.per_doel:
        return [*lines, "Geen gegevens voor de spiegel."]
    total = sum(t.total for t in mirror.types)
    if mirror.started is None or mirror.ended is None or mirror.running is None:
        lines += _wrap(
            f"Voorzieningen: {format_int(total)}. Gestart, gestopt, lopend, looptijd en te lang "
            f"zijn {NOT_COUNTED} (-): {mirror.not_counted}."
        )
    else:
        lines += _wrap(
            f"Voorzieningen: {format_int(total)}; gestart {format_int(mirror.started)}, "
            f"gestopt {format_int(mirror.ended)}, lopend {format_int(mirror.running)}."
        )
    if mirror.previous_total is not None:
        change = total - mirror.previous_total
        lines.append(f"Vorige levering: {format_int(mirror.previous_total)} ({change:+d}).")
    if mirror.per_doel:
        doelen = ", ".join(
            f"{doel_label(mirror, k)}: {format_int(v)}" for k, v in mirror.per_doel.items()
        )
        lines += _wrap(f"Per doel inzet: {doelen}.")
    if mirror.duration_months:
        spans = ", ".join(f"{k}: {format_int(v)}" for k, v in mirror.duration_months.items())
        lines += _wrap(f"Looptijd in maanden: {spans}.")
    if mirror.types:
        lines += ["", f"{'type':<24}" + "".join(f"{c:>8}" for c in _TYPE_COLUMNS)]
        for t in mirror.types:
            cells = (t.total, t.started, t.ended, t.running, t.max_months, t.over_max)
            numbers = [format_int(n) if n is not None else "-" for n in cells]
            numbers.append(format_int(t.previous_total) if t.previous_total is not None else "-")
            name = f"{t.code} {t.name}"
            if len(name) > 23:  # the whole name on its own line rather than cut off
                lines += _wrap(name)
                name = ""
            lines.append(f"{name:<24}" + "".join(f"{n:>8}" for n in numbers))
        if notes := code_notes(mirror):
            lines += ["", *_wrap("Niet uit de codelijst van het CBS: " + ", ".join(notes) + ".")]
    return lines


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    if _plain_words(text):
        return wrap_words(text, first, rest)
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,  # splitting a long digit run could leave a BSN-like piece
    ) or [first.rstrip()]


def _plain_words(text: str) -> bool:
    """True for words with single spaces between them: no other whitespace, none at either end."""
    return (
        text.isprintable()  # so a space is the only whitespace in it
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and bool(text)
    )


def wrap_words(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> list[str]:
    """``textwrap.wrap`` for words with single spaces between them, without its cost.

    Each line ends at the last space that still fits; a word longer than a line stands alone
    and is never split (``break_long_words=False``: that could leave a BSN-like piece).
    """
    lines: list[str] = []
    indent = first
    while len(indent) + len(text) > width:
        room = max(width - len(indent), 0)
        end = text.rfind(" ", 0, room + 1)  # a space right after a full line counts too
        if end < 0:  # the first word alone is too long: it gets a line of its own
            end = text.find(" ")
            if end < 0:
                break
        lines.append(indent + text[:end])
        text, indent = text[end + 1 :], rest
    lines.append(indent + text)
    return lines
