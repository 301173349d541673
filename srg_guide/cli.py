"""Command line: the thin twin of the app. Each command lives in ``srg_guide.commands``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from srg_guide import __version__
from srg_guide.commands.common import DutchArgumentParser
from srg_guide.errors import SrgGuideError
from srg_guide.privacy import SafeStream, mask_bsns_in_text

# Modules in srg_guide.commands, each with register(subparsers), in help order.
COMMAND_MODULES: list[str] = [
    "app",
    "serve",
    "present",
    "guidelines",
    "search",
    "export",
    "walk",
    "classify",
    "tree",
    "check",
    "register",
    "history",
    "dashboard",
    "rules",
    "sample",
]

# What runs when srg-guide is started without a command.
DEFAULT_ARGS = ["app"]


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command registered."""
    parser = DutchArgumentParser(
        prog="srg-guide",
        description="Hulp bij de Statistiek Re-integratie door Gemeenten (SRG): beslisboom, "
        "richtlijnen en bestandscontrole. Zonder opdracht start de app.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"srg-guide {__version__}",
        help="toon het versienummer en stop",
    )
    subparsers = parser.add_subparsers(dest="command", title="opdrachten", metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        importlib.import_module(f"srg_guide.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings, 2 unusable input).

    Every message on stderr passes the same masking as the reports (BSNs, control characters).
    """
    stderr = sys.stderr
    sys.stderr = SafeStream(stderr)
    try:
        return _run(argv)
    finally:
        sys.stderr = stderr


def _run(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list:
        args_list = list(DEFAULT_ARGS)
    args = parser.parse_args(args_list)
    try:
        code = int(args.func(args))
        sys.stdout.flush()
        return code
    except SrgGuideError as exc:
        print(f"srg-guide: {exc.title}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: silence the flush at exit and end quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("srg-guide: afgebroken", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("SRG_GUIDE_DEBUG"):
            raise
        print(
            f"srg-guide: interne fout ({type(exc).__name__}: {mask_bsns_in_text(str(exc))}). "
            "Dit is een fout in srg-guide, niet in uw bestand; meld het aan de beheerder. "
            "Met SRG_GUIDE_DEBUG=1 ziet u de technische details.",
            file=sys.stderr,
        )
        return 70
