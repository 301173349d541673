"""Plain Dutch text for the terminal, readable in 80 columns."""

from __future__ import annotations

import textwrap

from srg_guide.checks.finding import Severity
from srg_guide.checks.report import Mirror
from srg_guide.reports.view import (
    SEVERITY_NAMES,
    ReportView,
    Row,
    Section,
    doel_label,
    format_int,
    severity_count,
    shorten,
)

WIDTH = 80
_TYPE_COLUMNS = ("totaal", "gestart", "gestopt", "lopend", "max mnd", "te lang", "vorige")


def render_text(view: ReportView) -> str:
    """The whole report as text."""
    lines = [*_identity(view), "", *_summary(view)]
    for section in view.with_findings:
        lines += ["", *_section(section)]
    if view.without_findings:
        codes = ", ".join(s.code for s in view.without_findings)
        lines += ["", *_wrap(f"Zonder bevindingen ({len(view.without_findings)}): {codes}")]
    lines += ["", *_mirror(view.mirror)]
    return "\n".join(lines) + "\n"


def _identity(view: ReportView) -> list[str]:
    title = "srg-guide bestandscontrole"
    rows = view.identity_rows()
    width = max(len(label) for label, _ in rows) + 2
    lines = [title, "=" * len(title)]
    for label, value in rows:
        lines += _wrap(value, f"{label + ':':<{width}}", " " * width)
    return lines


def _summary(view: ReportView) -> list[str]:
    counts = ", ".join(severity_count(s, view.totals[s]) for s in Severity)
    return [f"Samenvatting: {counts}.", *_wrap(view.verdict()), *_wrap(view.privacy_note())]


def _section(section: Section) -> list[str]:
    label = SEVERITY_NAMES[section.severity][0].upper()
    found = "bevinding" if section.count == 1 else "bevindingen"
    header = f"{label} {section.code} {section.title} ({format_int(section.count)} {found})"
    lines = [*_wrap(header), "-" * min(len(header), WIDTH)]
    lines += _wrap(section.meaning, "  Wat: ", "       ")
    lines += _wrap(section.fix, "  Oplossen: ", "            ")
    if section.guideline:
        lines.append(f"  Richtlijn: {section.guideline_command}")
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
        text += f" [sleutel:{row.key}]"
    if row.value is not None:
        text += f" [waarde:{row.value!r}]"
    return _wrap(text, "  - ", "    ")


def _mirror(mirror: Mirror) -> list[str]:
    lines = ["Spiegel", "-------"]
    if not mirror.types and not mirror.per_doel:
        return [*lines, "Geen gegevens voor de spiegel."]
    total = sum(t.total for t in mirror.types)
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
            name = shorten(f"{t.code} {t.name}", 23)
            lines.append(f"{name:<24}" + "".join(f"{n:>8}" for n in numbers))
    return lines


def _wrap(text: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,  # splitting a long digit run could leave a BSN-like piece
    ) or [first.rstrip()]
