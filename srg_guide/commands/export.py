"""``srg-guide export site OUT/``: the guidelines and the tree as a static website."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``export`` with its ``site`` target."""
    parser = add_command(subparsers, "export", "exporteer richtlijnen en beslisboom")
    targets = parser.add_subparsers(dest="target", title="wat", metavar="WAT", required=True)
    site = add_command(
        targets, "site", "maak een losse website (werkt zonder server, ook vanaf een USB-stick)"
    )
    site.add_argument("out", type=Path, metavar="MAP", help="map voor de website")
    add_data_options(site, "guidelines", "trees")
    add_as_of_option(site)
    site.set_defaults(func=run_site)


def run_site(args: argparse.Namespace) -> int:
    """Export the site and say where to open it."""
    from srg_guide.errors import display_path
    from srg_guide.site import export_site

    result = export_site(args.out, args.guidelines, args.trees, args.as_of)
    index = display_path(result.folder / "index.html")
    print(f"{result.pages} pagina's geschreven in {display_path(result.folder)}; open {index}")
    return 0
