"""A self-contained HTML page for a team lead: no network, small inline JavaScript, prints well."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment

from srg_guide.checks.finding import Severity
from srg_guide.reports.charts import mirror_charts
from srg_guide.reports.quarter import build_quarter, shown_count
from srg_guide.reports.view import CODE_SOURCES, ReportView, doel_label
from srg_guide.reports.words import (
    NOT_COUNTED,
    SEVERITY_NAMES,
    findings_count,
    format_datetime,
    format_int,
    format_month,
)
from srg_guide.templating import report_environment


@cache
def _environment() -> Environment:
    env = report_environment()
    env.filters["nl_int"] = format_int
    env.filters["nl_datetime"] = format_datetime
    env.filters["nl_month"] = format_month
    env.filters["findings"] = findings_count
    env.filters["px"] = lambda number: f"{number:.1f}"
    env.filters["counted"] = lambda number: NOT_COUNTED if number is None else format_int(number)
    return env


def render_html(view: ReportView, quarter_only: bool = False) -> str:
    """The report page; ``quarter_only`` shows the quarterly view instead of the findings."""
    template = _environment().get_template("report.html")
    page = template.render(
        quarter=build_quarter(view) if quarter_only else None,
        shown_count=shown_count,
        code_sources=CODE_SOURCES,
        view=view,
        severities=list(Severity),
        severity_names=SEVERITY_NAMES,
        charts=mirror_charts(view.mirror),
        doel_label=doel_label,
        total_types=sum(t.total for t in view.mirror.types),
        not_counted=NOT_COUNTED,
    )
    return view.final_mask(page)


def render_quarter_html(view: ReportView) -> str:
    """The quarterly view as a page."""
    return render_html(view, quarter_only=True)
