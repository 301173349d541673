"""``srg-guide dashboard``: the history of the deliveries as one HTML page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_command, add_data_options, add_db_option

DEFAULT_OUTPUT = "dashboard.html"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``dashboard``."""
    parser = add_command(
        subparsers,
        "dashboard",
        "dashboard van de leveringen door de tijd (HTML, werkt zonder internet)",
    )
    parser.add_argument(
        "--output", metavar="PAD", default=DEFAULT_OUTPUT, help=f"standaard {DEFAULT_OUTPUT}"
    )
    parser.add_argument(
        "--gemeente",
        action="append",
        metavar="CODE",
        help="alleen deze gemeente (mag vaker); standaard alle opgeslagen gemeenten",
    )
    add_db_option(parser)
    parser.add_argument(
        "--vergelijk",
        metavar="CSV",
        help="CSV-export van CBS StatLine (zelf gedownload): plaats per 1.000 inwoners en "
        "per bijstandsontvanger",
    )
    parser.add_argument(
        "--vergelijk-layout",
        metavar="YAML",
        help="kolomindeling van die CSV (standaard tables/benchmark/statline.yaml, een aanname)",
    )
    add_data_options(parser, "tables", "trees")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the page; exit 0 (also for an empty history, which the page says)."""
    from srg_guide.atomic import write_atomic
    from srg_guide.dashboard import dashboard_from_database
    from srg_guide.dashboard.figures import left_out_summary
    from srg_guide.dashboard.page import render_dashboard

    benchmark = None
    if args.vergelijk:
        from srg_guide.dashboard.benchmark import load_benchmark

        layout = Path(args.vergelijk_layout) if args.vergelijk_layout else None
        benchmark = load_benchmark(Path(args.vergelijk), layout, args.tables)
    dashboard = dashboard_from_database(args.db, args.gemeente, args.tables, args.trees)
    write_atomic(Path(args.output), render_dashboard(dashboard, benchmark=benchmark))
    if not dashboard.months:
        print(
            "srg-guide: let op: nog geen historie; draai check of history import MAP eerst.",
            file=sys.stderr,
        )
    if dashboard.left_out:
        print(f"srg-guide: let op: {left_out_summary(dashboard)}", file=sys.stderr)
    print(
        f"srg-guide: dashboard geschreven naar {args.output} "
        f"({len(dashboard.gemeenten)} gemeenten, {len(dashboard.months)} verslagmaanden).",
        file=sys.stderr,
    )
    return 0
