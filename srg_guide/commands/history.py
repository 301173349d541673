"""``srg-guide history import MAP``: load a folder of past deliveries into the history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options, add_db_option


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``history``."""
    parser = add_command(
        subparsers, "history", "historie voor het dashboard: eerdere leveringen inlezen"
    )
    actions = parser.add_subparsers(dest="action", metavar="OPDRACHT", required=True)
    load = actions.add_parser(
        "import",
        help="controleer elk leveringsbestand in een map en sla de aantallen op",
        description="Controleer elk leveringsbestand in MAP en sla de aantallen op "
        "(een bestand dat er al in staat, telt één keer).",
    )
    load.add_argument("folder", metavar="MAP", help="map met leveringsbestanden")
    load.add_argument("--layout", metavar="LAYOUT", help="naam of pad van de layout (YAML)")
    add_db_option(load)
    add_data_options(load, "tables", "trees")
    add_as_of_option(load)
    load.set_defaults(func=run_import)


def _progress(done: int, total: int, path: Path) -> None:
    width = 30
    filled = width * done // max(total, 1)
    bar = "#" * filled + "-" * (width - filled)
    print(f"\r[{bar}] {done}/{total} {path.name[:30]:<30}", end="", file=sys.stderr)


def run_import(args: argparse.Namespace) -> int:
    """Exit 0 when every file was read, 1 when some could not be."""
    from srg_guide.checks.layout import load_layout
    from srg_guide.history import import_folder
    from srg_guide.store import describe_url, open_database

    layout = load_layout(args.layout, args.tables)
    engine = open_database(args.db)
    tty = sys.stderr.isatty()
    try:
        result = import_folder(
            engine,
            Path(args.folder),
            layout,
            tables=args.tables,
            trees=args.trees,
            as_of=args.as_of,
            progress=_progress if tty else None,
        )
        where = describe_url(str(engine.url))
    finally:
        engine.dispose()
    if tty:
        print(file=sys.stderr)
    for name, message in result.failed:
        print(f"srg-guide: {name}: {message}", file=sys.stderr)
    print(
        f"{result.files} bestanden gelezen, {result.stored} nieuwe maandtellingen opgeslagen "
        f"in {where}; {result.skipped} overgeslagen (al opgeslagen met dezelfde versie van "
        f"srg-guide en de tabellen); {len(result.failed)} niet te lezen."
    )
    return 1 if result.failed else 0
