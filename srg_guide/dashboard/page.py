"""The dashboard as one self-contained HTML page: Vega-Lite charts (bundled, offline) and tables.

Every chart has a table with the same numbers next to it, so the page reads without JavaScript
and with a screen reader.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment

from srg_guide.dashboard.benchmark import Benchmark
from srg_guide.dashboard.figures import (
    NOT_RUN,
    Dashboard,
    left_out_summary,
    month_label,
    quarterly_mail,
    shown,
)
from srg_guide.templating import report_environment

VENDOR = ("vega.min.js", "vega-lite.min.js")


@cache
def _environment() -> Environment:
    env = report_environment()
    env.filters["shown"] = shown
    env.filters["month"] = month_label
    env.filters["decimal"] = lambda v, d=1: "-" if v is None else f"{v:.{d}f}".replace(".", ",")
    return env


@cache
def _scripts() -> str:
    folder = resources.files("srg_guide.dashboard") / "vendor"
    return "\n".join(folder.joinpath(name).read_text("utf-8") for name in VENDOR)


def line_chart(
    points: list[dict[str, Any]], soort: str, title: str, description: str
) -> dict[str, Any]:
    """A Vega-Lite line chart of one kind of series over the months (None: a gap)."""
    values = [
        {"maand": p["maand"], "reeks": p["reeks"], "waarde": p["waarde"]}
        for p in points
        if p["soort"] == soort and p["waarde"] is not None
    ]
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": title,
        "description": description,
        "width": "container",
        "height": 220,
        "autosize": {"type": "fit-x", "contains": "padding"},
        "data": {"values": values},
        "transform": [
            {
                "aggregate": [{"op": "sum", "field": "waarde", "as": "waarde"}],
                "groupby": ["maand", "reeks"],
            }
        ],
        "mark": {"type": "line", "point": True},
        "encoding": {
            "x": {
                "field": "maand",
                "type": "ordinal",
                "title": "verslagmaand",
                "axis": {"labelAngle": -45},
            },
            "y": {
                "field": "waarde",
                "type": "quantitative",
                "title": "aantal",
                "axis": {"tickMinStep": 1, "format": ",d"},
            },
            "color": {
                "field": "reeks",
                "type": "nominal",
                "title": None,
                "legend": {"orient": "bottom", "columns": 2, "labelLimit": 300},
            },
            "tooltip": [{"field": "reeks"}, {"field": "maand"}, {"field": "waarde"}],
        },
        "config": {"aria": False, "font": "system-ui, sans-serif"},
    }


def _per_gemeente(dashboard: Dashboard) -> list[dict[str, Any]]:
    return [
        {**p, "soort": "gemeente", "reeks": f"gemeente {p['gemeente']}"}
        for p in dashboard.points
        if p["soort"] == "totaal"
    ]


def _table(dashboard: Dashboard, soort: str, gemeente: str | None = None) -> dict[str, Any]:
    """Series x months as rows for the page's tables."""
    names = sorted({p["reeks"] for p in dashboard.points if p["soort"] == soort})
    rows = [(name, dashboard.series(soort, name, gemeente)) for name in names]
    return {"months": dashboard.months, "rows": rows}


def render_dashboard(
    dashboard: Dashboard,
    title: str = "Dashboard SRG-levering",
    benchmark: Benchmark | None = None,
) -> str:
    """The page as text (write it with ``srg_guide.atomic.write_atomic``)."""
    # The chart shows the signals of CBS's quarterly mail; the table below it shows every rule.
    mail = quarterly_mail()
    shown_rules = {item["rule"] for item in mail["quality"]} | {mail["duration_rule"]}
    signals = [
        {**p, "reeks": f"{p['reeks']} {dashboard.rules.get(p['reeks'], '')}"[:60]}
        for p in dashboard.points
        if p["soort"] == "signaal" and p["reeks"] in shown_rules
    ]
    charts = {
        "signalen": line_chart(
            signals,
            "signaal",
            "Signalen uit de kwartaalmail, per maand",
            "Signalen uit de kwartaalmail van het CBS per verslagmaand, alle gemeenten samen.",
        ),
        "stromen": line_chart(
            dashboard.points,
            "stroom",
            "Gestart, gestopt en lopend",
            "Voorzieningen die in de maand startten, stopten en aan het eind liepen.",
        ),
        "types": line_chart(
            dashboard.points,
            "type",
            "Voorzieningen per type",
            "Aantal voorzieningen per type per verslagmaand.",
        ),
        "overmax": line_chart(
            dashboard.points,
            "overmax",
            "Langer dan de maximale duur",
            "Voorzieningen die langer lopen dan de maximale duur, per type.",
        ),
        "gemeenten": line_chart(
            _per_gemeente(dashboard),
            "gemeente",
            "Signalen per gemeente",
            "Totaal aantal signalen per gemeente per verslagmaand.",
        ),
    }
    specs = {
        name: json.dumps(spec, ensure_ascii=False).replace("</", "<\\/")
        for name, spec in charts.items()
    }
    template = _environment().get_template("dashboard.html")
    return template.render(
        title=title,
        dashboard=dashboard,
        specs=specs,
        benchmark=benchmark,
        descriptions={name: spec["description"] for name, spec in charts.items()},
        scripts=_scripts(),
        not_run=NOT_RUN,
        left_out=left_out_summary(dashboard),
        signal_rows=[
            (code, label, dashboard.series("signaal", code))
            for code, label in dashboard.rules.items()
        ],
        flows=_table(dashboard, "stroom"),
        types=_table(dashboard, "type"),
        overmax=_table(dashboard, "overmax"),
        gemeenten=[(g, dashboard.series("totaal", "signalen", g)) for g in dashboard.gemeenten],
    )
