"""`srg-guide app`: open the Textual app (also what `srg-guide` without a command does)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options, add_db_option
from srg_guide.ui.modes import MODES

START_SCREENS = ("home", *(mode.id for mode in MODES))


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = add_command(subparsers, "app", "open de app (beslisboom, richtlijnen, controle)")
    add_data_options(parser, "trees", "guidelines", "tables")
    add_as_of_option(parser)
    parser.add_argument(
        "--start",
        choices=START_SCREENS,
        default=None,
        help="scherm om mee te beginnen (standaard: home, of controle met --file)",
    )
    parser.add_argument(
        "--file", type=Path, default=None, metavar="BESTAND", help="leverbestand om te controleren"
    )
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from srg_guide.ui import AppOptions, SrgGuideApp

    options = AppOptions(
        trees=_path(args.trees),
        guidelines=_path(args.guidelines),
        tables=_path(args.tables),
        db=args.db,
        check_file=args.file,
        start=args.start or ("controle" if args.file else "home"),
        as_of=args.as_of,
    )
    SrgGuideApp(options).run()
    return 0


def _path(value: str | None) -> Path | None:
    return Path(value) if value else None
