"""Report renderers: text, JSON, HTML, CSV and XLSX from one checks Report.

Two audiences (see reports.audience): ``herstel`` (default) for the person who fixes the data,
``delen`` for sharing. ``show_personal`` is only for an explicit on-screen request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from srg_guide.atomic import write_atomic
from srg_guide.checks.report import Report
from srg_guide.errors import SrgGuideError
from srg_guide.reports.as_csv import render_csv, render_quarter_csv
from srg_guide.reports.as_json import SCHEMA_VERSION, render_json
from srg_guide.reports.as_text import render_quarter_text, render_text
from srg_guide.reports.audience import AUDIENCES, Privacy
from srg_guide.reports.view import ReportView, build_view

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library


def render_html(view: ReportView) -> str:
    """HTML, importing jinja2 only when asked (keeps ``srg-guide check --help`` quick)."""
    from srg_guide.reports.as_html import render_html as html

    return html(view)


def render_quarter_html(view: ReportView) -> str:
    """The quarterly view as HTML, importing jinja2 only when asked."""
    from srg_guide.reports.as_html import render_quarter_html as html

    return html(view)


def render_xlsx(view: ReportView) -> bytes:
    """XLSX, importing openpyxl only when asked."""
    from srg_guide.reports.as_xlsx import render_xlsx as xlsx

    return xlsx(view)


_RENDERERS: dict[str, Callable[[ReportView], str | bytes]] = {
    "text": render_text,
    "json": render_json,
    "html": render_html,
    "csv": render_csv,
    "xlsx": render_xlsx,
}
FORMATS: tuple[str, ...] = tuple(_RENDERERS)
# --kwartaal: the quarterly view; JSON and XLSX always hold it next to the rest.
_QUARTER_RENDERERS: dict[str, Callable[[ReportView], str | bytes]] = {
    **_RENDERERS,
    "text": render_quarter_text,
    "html": render_quarter_html,
    "csv": render_quarter_csv,
}
_SUFFIXES = {
    ".txt": "text",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".xlsx": "xlsx",
}

__all__ = [
    "AUDIENCES",
    "FORMATS",
    "SCHEMA_VERSION",
    "format_for_path",
    "make_view",
    "render",
    "write_report",
]


def make_view(
    report: Report,
    *,
    audience: str = "herstel",
    show_personal: bool = False,
    salt: str | None = None,
) -> ReportView:
    """The privacy-safe view every renderer and the app read, with guideline texts."""
    privacy = Privacy(audience=audience, show_personal=show_personal, salt=salt)
    return build_view(report, privacy, _library(report.identity.as_of))


def render(
    report: Report,
    fmt: str,
    *,
    audience: str = "herstel",
    show_personal: bool = False,
    salt: str | None = None,
    quarter: bool = False,
) -> str | bytes:
    """The report in ``fmt`` (one of FORMATS): str for text/json/html, bytes for csv/xlsx.

    ``audience`` is ``herstel`` or ``delen``; with ``delen`` a ``salt`` gives keys as salted
    codes that stay the same across reports, instead of numbering them per report.
    ``quarter`` gives the quarterly view in the shape of the CBS quarterly mail.
    """
    renderer = (_QUARTER_RENDERERS if quarter else _RENDERERS).get(fmt)
    if renderer is None:
        raise SrgGuideError(
            "Onbekend formaat", f'formaat "{fmt}" bestaat niet; kies uit {", ".join(FORMATS)}'
        )
    if audience not in AUDIENCES:
        raise SrgGuideError("Onbekend publiek", f'kies "herstel" of "delen", niet "{audience}"')
    view = make_view(report, audience=audience, show_personal=show_personal, salt=salt)
    return renderer(view)


def write_report(
    report: Report,
    fmt: str,
    path: Path,
    *,
    audience: str = "herstel",
    show_personal: bool = False,
    salt: str | None = None,
    quarter: bool = False,
) -> None:
    """Render and write atomically: readers see the old file or the whole new one."""
    content = render(
        report, fmt, audience=audience, show_personal=show_personal, salt=salt, quarter=quarter
    )
    write_atomic(Path(path), content)


@cache
def _library(as_of: dt.date) -> Library | None:
    """The guideline modules in force, for the texts a report carries; None if unreadable."""
    from srg_guide.guidelines.library import load_library

    try:
        return load_library(as_of=as_of)
    except SrgGuideError:
        return None


def format_for_path(path: Path | str) -> str | None:
    """The format a file name asks for (``rapport.html`` -> ``html``), or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())
