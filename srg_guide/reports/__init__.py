"""Report renderers: text, JSON, HTML, CSV and XLSX from one checks Report.

Personal data is masked or left out unless ``show_personal`` is set for an on-screen request.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from srg_guide.atomic import write_atomic
from srg_guide.checks.report import Report
from srg_guide.errors import SrgGuideError
from srg_guide.reports.as_csv import render_csv
from srg_guide.reports.as_json import SCHEMA_VERSION, render_json
from srg_guide.reports.as_text import render_text
from srg_guide.reports.view import Privacy, ReportView, build_view


def render_html(view: ReportView) -> str:
    """HTML, importing jinja2 only when asked (keeps ``srg-guide check --help`` quick)."""
    from srg_guide.reports.as_html import render_html as html

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
_SUFFIXES = {
    ".txt": "text",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".xlsx": "xlsx",
}

__all__ = ["FORMATS", "SCHEMA_VERSION", "format_for_path", "render", "write_report"]


def render(
    report: Report, fmt: str, *, show_personal: bool = False, salt: str | None = None
) -> str | bytes:
    """The report in ``fmt`` (one of FORMATS): str for text/json/html, bytes for csv/xlsx.

    ``salt`` turns keys and values into salted hashes instead of masking/omitting them.
    """
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise SrgGuideError(
            "Onbekend formaat", f'formaat "{fmt}" bestaat niet; kies uit {", ".join(FORMATS)}'
        )
    return renderer(build_view(report, Privacy(show_personal=show_personal, salt=salt)))


def write_report(
    report: Report,
    fmt: str,
    path: Path,
    *,
    show_personal: bool = False,
    salt: str | None = None,
) -> None:
    """Render and write atomically: readers see the old file or the whole new one."""
    write_atomic(Path(path), render(report, fmt, show_personal=show_personal, salt=salt))


def format_for_path(path: Path | str) -> str | None:
    """The format a file name asks for (``rapport.html`` -> ``html``), or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())
