"""`srg-guide present`: presenter mode, a live quiz room, or a webinar export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options

DEFAULT_PORT = 8765


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = add_command(
        subparsers, "present", "presentatiemodus voor een webinar (grote tekst, stap voor stap)"
    )
    add_data_options(parser, "trees", "guidelines", "tables")
    add_as_of_option(parser)
    parser.add_argument(
        "--scenario",
        type=Path,
        default=None,
        metavar="BESTAND_OF_MAP",
        help="voorbeeld (YAML) om af te spelen, of een map met voorbeelden",
    )
    parser.add_argument("--quiz", action="store_true", help="het publiek raadt eerst het antwoord")
    parser.add_argument(
        "--live", action="store_true", help="open een live zaal: het publiek stemt in de browser"
    )
    parser.add_argument(
        "--public",
        action="store_true",
        help="maak de live zaal bereikbaar voor het netwerk (standaard alleen deze computer)",
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"poort van de live zaal ({DEFAULT_PORT})"
    )
    parser.add_argument(
        "--export",
        type=Path,
        default=None,
        metavar="WEBINAR.html",
        help="schrijf de voorbeelden als één zelfstandig HTML-bestand (afspelen in de browser)",
    )
    parser.add_argument(
        "--export-slides",
        type=Path,
        default=None,
        metavar="MAP",
        help="schrijf per stap een schermafdruk (SVG) voor dia's",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.export or args.export_slides:
        return _export(args)
    from srg_guide.live.server import LOCAL_HOST, PUBLIC_HOST, PUBLIC_WARNING
    from srg_guide.ui import AppOptions, SrgGuideApp

    if args.live and args.public:
        print(PUBLIC_WARNING, file=sys.stderr)
    options = AppOptions(
        trees=Path(args.trees) if args.trees else None,
        guidelines=Path(args.guidelines) if args.guidelines else None,
        tables=Path(args.tables) if args.tables else None,
        start="presentatie",
        scenarios=args.scenario,
        quiz=args.quiz or args.live,
        as_of=args.as_of,
        live=args.live,
        live_host=PUBLIC_HOST if args.public else LOCAL_HOST,
        live_port=args.port,
    )
    SrgGuideApp(options).run()
    return 0


def _export(args: argparse.Namespace) -> int:
    from srg_guide.webinar.export import load_webinar, write_webinar

    webinar = load_webinar(
        args.trees, args.guidelines, args.scenario, args.as_of, tables=args.tables
    )
    if args.export:
        write_webinar(webinar, args.export)
        print(f"Webinar geschreven: {args.export} ({len(webinar.scenarios)} voorbeelden)")
    if args.export_slides:
        from srg_guide.ui import AppOptions
        from srg_guide.ui.slides import export_slides

        options = AppOptions(
            trees=Path(args.trees) if args.trees else None,
            guidelines=Path(args.guidelines) if args.guidelines else None,
            tables=Path(args.tables) if args.tables else None,
            as_of=args.as_of,
        )
        count = export_slides(webinar, args.export_slides, options)
        print(f"{count} dia's geschreven in {args.export_slides}")
    return 0
