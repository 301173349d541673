"""``srg-guide conversion FILE --current THIS --previous LAST``: check a conversion file."""

from __future__ import annotations

import argparse
from typing import Any

from srg_guide.commands.check import add_report_options, emit, report_format
from srg_guide.commands.common import add_as_of_option, add_command, add_data_options


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``conversion``."""
    parser = add_command(
        subparsers,
        "conversion",
        "controleer een conversiebestand (oud en nieuw registratienummer) tegen twee leveringen",
    )
    parser.add_argument(
        "file",
        metavar="BESTAND",
        help="het conversiebestand (layout: tables/conversie.yaml); - leest van de standaardinvoer",
    )
    parser.add_argument(
        "--current", metavar="BESTAND", required=True, help="de levering van deze maand"
    )
    parser.add_argument(
        "--previous", metavar="BESTAND", required=True, help="de levering van de vorige maand"
    )
    add_report_options(parser)
    add_data_options(parser, "tables", "trees")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check each conversion line; exit 0 clean, 1 with findings at severity fout."""
    from srg_guide.checks.conversion_layout import load_conversion_layout
    from srg_guide.checks.layout import load_layout
    from srg_guide.checks.params import load_params
    from srg_guide.checks.runner import run_conversion_check
    from srg_guide.errors import SrgGuideError
    from srg_guide.inputs import input_path

    layout = load_layout(args.layout, args.tables)
    params = load_params(args.tables, args.trees, args.as_of)
    fmt = report_format(args)
    if args.limit < 0:
        raise SrgGuideError("Verkeerde optie", "--limit moet 0 of groter zijn")
    report = run_conversion_check(
        input_path(args.file),
        current=input_path(args.current),
        previous=input_path(args.previous),
        layout=layout,
        params=params,
        limit=args.limit or None,
        as_of=args.as_of,
        conversion_layout=load_conversion_layout(args.tables),
    )
    emit(report, fmt, args.output, args)
    return report.exit_code
