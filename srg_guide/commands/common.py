"""Pieces shared by the command modules: a Dutch parser, data-folder options, dates."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, NoReturn

_DUTCH = {
    "the following arguments are required": "deze argumenten ontbreken",
    "unrecognized arguments": "onbekende argumenten",
    "invalid choice": "ongeldige keuze",
    "expected one argument": "verwacht één waarde",
    "argument": "argument",
    "choose from": "kies uit",
    "not allowed with argument": "niet samen met",
}


class DutchArgumentParser(argparse.ArgumentParser):
    """ArgumentParser whose errors are in Dutch and exit with code 2."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._optionals.title = "opties"
        self._positionals.title = "argumenten"

    def error(self, message: str) -> NoReturn:
        for english, dutch in _DUTCH.items():
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:
        return (
            super()
            .format_help()
            .replace("usage:", "gebruik:", 1)
            .replace("show this help message and exit", "toon deze hulp en stop")
        )


def add_command(
    subparsers: argparse._SubParsersAction[Any], name: str, help_text: str
) -> argparse.ArgumentParser:
    """Add a sub-command whose parser is Dutch too."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text
    )
    parser._optionals.title = "opties"
    parser._positionals.title = "argumenten"
    return parser


def parse_date(text: str) -> dt.date:
    """argparse type for JJJJ-MM-DD dates, with a Dutch message."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'"{text}" is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-01-31'
        ) from None


def add_data_options(parser: argparse.ArgumentParser, *kinds: str) -> None:
    """Options to point at one's own trees/, guidelines/ or tables/ folder."""
    labels = {"trees": "beslisbomen", "guidelines": "richtlijnen", "tables": "tabellen en layouts"}
    for kind in kinds:
        parser.add_argument(
            f"--{kind}", metavar="MAP", default=None, help=f"eigen map met {labels[kind]}"
        )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """--db URL: the database of the register and the history (see srg_guide.store.engine)."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="database van het register en de historie (standaard SRG_GUIDE_DB, anders een "
        "lokaal bestand)",
    )


def add_as_of_option(parser: argparse.ArgumentParser) -> None:
    """--as-of DATE: use the versions in force on that date (default: today)."""
    parser.add_argument(
        "--as-of",
        type=parse_date,
        default=None,
        metavar="DATUM",
        help="gebruik de versie die geldt op DATUM (JJJJ-MM-DD); standaard vandaag",
    )
