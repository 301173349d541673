"""Command line: the thin twin of the app. Each command lives in ``srg_guide.commands``.

Only the module of the command that runs is imported, so ``--help`` stays quick: the other
commands are listed from :data:`COMMANDS` without loading polars, openpyxl or the guidelines.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys

from srg_guide import __version__

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing: a search starts quicker
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from typing import TextIO

# Each module in srg_guide.commands has register(subparsers); its one-line help, in help order.
# tests/test_cli.py checks that these lines match what the modules register.
COMMANDS: dict[str, str] = {
    "app": "open de app (beslisboom, richtlijnen, controle)",
    "serve": "open de app in een webbrowser (zonder inlog)",
    "present": "presentatiemodus voor een webinar (grote tekst, stap voor stap)",
    "guidelines": "richtlijnmodules controleren en lezen",
    "search": "zoek in richtlijnen, typen, vragen en controles (tikfouten mogen)",
    "export": "exporteer richtlijnen en beslisboom",
    "walk": "doorloop de beslisboom vraag voor vraag (gewone tekst, zonder app)",
    "classify": "beslis zonder vragen: lees de antwoorden uit een YAML-bestand",
    "tree": "controleer, teken en test de beslisboom",
    "check": "controleer een leveringsbestand vóór het naar het CBS gaat",
    "conversion": "controleer een conversiebestand (oud en nieuw registratienummer) tegen twee "
    "leveringen",
    "register": "voorzieningenregister: één beslissing per lokale voorziening",
    "history": "historie voor het dashboard: eerdere leveringen inlezen",
    "dashboard": "dashboard van de leveringen door de tijd (HTML, werkt zonder internet)",
    "rules": "toon de controles van de bestandscontrole",
    "sample": "maak een synthetisch leveringsbestand met bekende fouten",
}

# What runs when srg-guide is started without a command.
DEFAULT_ARGS = ["app"]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only ``command`` is fully registered (every command when None)."""
    from srg_guide.commands.common import DutchArgumentParser, add_command

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
    for name, help_text in COMMANDS.items():
        if command is None or name == command:
            importlib.import_module(f"srg_guide.commands.{name}").register(subparsers)
        else:
            add_command(subparsers, name, help_text)
    return parser


class _SafeStderr:
    """stderr whose every write passes :class:`srg_guide.privacy.SafeStream`.

    The privacy module (its regular expressions) loads on the first write, so ``--help``,
    which writes nothing to stderr, does not pay for it.
    """

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        from srg_guide.privacy import SafeStream

        return SafeStream(self.stream).write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def _plain_search(args: list[str]) -> Callable[[], int] | None:
    """``search WORD...`` without options, answered without loading argparse (None otherwise)."""
    from srg_guide.commands.search import plain_words, search

    words = plain_words(args)
    return None if words is None else lambda: search(words)


def _parsed_command(args: list[str]) -> Callable[[], int]:
    """The command as the parser reads it (exits for --help and for bad arguments)."""
    parsed = build_parser(_command_in(args)).parse_args(args)
    return lambda: int(parsed.func(parsed))


def _start_command() -> None:
    """A fresh start: no file counts as an input yet; leftovers go on SIGTERM or SIGHUP.

    Only srg_guide.atomic and srg_guide.inputs leave files behind (half-written outputs,
    copies of pipes), and only after a command has loaded them; so neither is loaded here,
    and a command that needs neither (a search answered from the cache) does not pay for them.
    """
    if "srg_guide.inputs" in sys.modules:
        from srg_guide.inputs import forget_inputs

        forget_inputs()
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) in (signal.SIG_DFL, None):
            signal.signal(signum, _on_terminate)


def _on_terminate(signum: int, _frame: object) -> None:
    """Remove what the writer and the input reader left behind, then die of the signal."""
    if "srg_guide.atomic" in sys.modules or "srg_guide.inputs" in sys.modules:
        from srg_guide.atomic import remove_leftovers

        remove_leftovers()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def _command_in(args: Sequence[str]) -> str:
    """The command named in ``args`` ("" when none: then only the top-level help is needed)."""
    for arg in args:
        if not arg.startswith("-"):
            return arg
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 findings, 2 unusable input).

    Every message on stderr passes the same masking as the reports (BSNs, control characters).
    """
    stderr = sys.stderr
    sys.stderr = _SafeStderr(stderr)
    try:
        return _run(argv)
    finally:
        sys.stderr = stderr


def _run(argv: Sequence[str] | None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        args_list = list(DEFAULT_ARGS)
    command = _plain_search(args_list) or _parsed_command(args_list)
    _start_command()
    try:
        code = command()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped early: silence the flush at exit and end quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("srg-guide: afgebroken", file=sys.stderr)
        return 130
    except Exception as exc:
        from srg_guide.errors import SrgGuideError  # here, so --help stays quick

        if isinstance(exc, SrgGuideError):
            print(f"srg-guide: {exc.title}: {exc}", file=sys.stderr)
            return 2
        if os.environ.get("SRG_GUIDE_DEBUG"):
            raise
        from srg_guide.privacy import mask_bsns_in_text

        print(
            f"srg-guide: interne fout ({type(exc).__name__}: {mask_bsns_in_text(str(exc))}). "
            "Dit is een fout in srg-guide, niet in uw bestand; meld het aan de beheerder. "
            "Met SRG_GUIDE_DEBUG=1 ziet u de technische details.",
            file=sys.stderr,
        )
        return 70
