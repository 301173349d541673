"""`srg-guide present`: open the app in presenter mode, optionally replaying a scenario."""

from __future__ import annotations

import argparse
from pathlib import Path

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "present", "presentatiemodus voor een webinar (grote tekst, stap voor stap)"
    )
    add_data_options(parser, "trees", "guidelines")
    add_as_of_option(parser)
    parser.add_argument(
        "--scenario",
        type=Path,
        default=None,
        metavar="BESTAND_OF_MAP",
        help="voorbeeld (YAML) om af te spelen, of een map met voorbeelden",
    )
    parser.add_argument("--quiz", action="store_true", help="het publiek raadt eerst het antwoord")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from srg_guide.ui import AppOptions, SrgGuideApp

    options = AppOptions(
        trees=Path(args.trees) if args.trees else None,
        guidelines=Path(args.guidelines) if args.guidelines else None,
        start="presentatie",
        scenarios=args.scenario,
        quiz=args.quiz,
        as_of=args.as_of,
    )
    SrgGuideApp(options).run()
    return 0
