"""``srg-guide rules``: list the check rules or write the rule reference."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_command


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``rules``."""
    parser = add_command(subparsers, "rules", "toon de controles van de bestandscontrole")
    parser.add_argument(
        "--markdown", action="store_true", help="de volledige beschrijving in markdown"
    )
    parser.add_argument(
        "--output", metavar="PAD", help="schrijf naar dit bestand, bijv. docs/rules.md"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print or write the list."""
    from srg_guide.atomic import write_atomic
    from srg_guide.checks.docs import rules_markdown, rules_table

    text = rules_markdown() if args.markdown else rules_table()
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return 0
