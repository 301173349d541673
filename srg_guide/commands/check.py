"""``srg-guide check FILE``: check a delivery file; ``check conversion FILE``: a conversion file."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from srg_guide.checks.conversion import check_conversion, write_draft_conversion
from srg_guide.checks.layout import load_layout
from srg_guide.checks.params import load_params
from srg_guide.checks.report import Report
from srg_guide.checks.runner import Progress, run_check
from srg_guide.commands.common import add_as_of_option, add_command, add_data_options
from srg_guide.errors import SrgGuideError
from srg_guide.inputs import input_path
from srg_guide.reports import FORMATS, format_for_path, render, write_report

DEFAULT_LIMIT = 1000


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``check``."""
    parser = add_command(
        subparsers,
        "check",
        "controleer een leveringsbestand vóór het naar het CBS gaat "
        "(of: check conversion BESTAND voor een conversiebestand)",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="BESTAND",
        help="het leveringsbestand (CSV, vaste breedte, XLSX); - leest van de standaardinvoer",
    )
    parser.add_argument("--layout", metavar="LAYOUT", help="naam of pad van de layout (YAML)")
    parser.add_argument("--previous", metavar="BESTAND", help="levering van de vorige maand")
    parser.add_argument(
        "--current", metavar="BESTAND", help="bij check conversion: de levering van deze maand"
    )
    parser.add_argument("--format", choices=FORMATS, help="text, json, html, csv of xlsx")
    parser.add_argument(
        "--output", metavar="PAD", help="schrijf het rapport naar dit bestand (- is het scherm)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"hoogstens N regels per regelcode (standaard {DEFAULT_LIMIT}; 0: alle)",
    )
    parser.add_argument(
        "--draft-conversion",
        metavar="PAD",
        help="schrijf een concept-conversiebestand voor mogelijke nieuwe registratienummers",
    )
    add_data_options(parser, "tables", "trees")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rgecontroleerd: {min(100, done * 100 // total):3d}%", end="", file=sys.stderr)

    return show


def run(args: argparse.Namespace) -> int:
    """Check, render, write; exit 0 clean, 1 with findings at severity fout."""
    if args.files[0] == "conversion":
        return _run_conversion(args)
    if len(args.files) != 1:
        raise SrgGuideError("Verkeerde opdracht", "geef precies één leveringsbestand op")
    layout = load_layout(args.layout, args.tables)
    params = load_params(args.tables, args.trees, args.as_of)
    fmt = args.format or (format_for_path(args.output) if args.output else None) or "text"
    if fmt == "xlsx" and not args.output:
        raise SrgGuideError("Geen uitvoerbestand", "een xlsx-rapport heeft --output PAD nodig")
    if args.limit < 0:
        raise SrgGuideError("Verkeerde optie", "--limit moet 0 of groter zijn")
    _warn_same_file(args.files[0], args.previous)
    progress = _progress()
    report = run_check(
        input_path(args.files[0]),
        layout=layout,
        params=params,
        previous=input_path(args.previous) if args.previous else None,
        limit=args.limit or None,
        as_of=args.as_of,
        progress=progress,
    )
    if progress is not None:
        print("\r" + " " * 20 + "\r", end="", file=sys.stderr)
    if args.draft_conversion:
        write_draft_conversion(report, Path(args.draft_conversion))
    _emit(report, fmt, args.output)
    return report.exit_code


def _warn_same_file(current: str, previous: str | None) -> None:
    """Comparing a delivery with itself finds nothing: say so, it is almost always a slip."""
    if previous is None:
        return
    try:
        same = current == previous or os.path.samefile(current, previous)
    except OSError:
        return
    if same:
        print(
            "srg-guide: let op: --previous is hetzelfde bestand als de levering; "
            "de vergelijking met vorige maand zegt dan niets",
            file=sys.stderr,
        )


def _emit(report: Report, fmt: str, output: str | None) -> None:
    if output:
        write_report(report, fmt, Path(output))
        return
    content = render(report, fmt)
    if isinstance(content, bytes):
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")


def _run_conversion(args: argparse.Namespace) -> int:
    if len(args.files) != 2 or not args.current or not args.previous:
        raise SrgGuideError(
            "Verkeerde opdracht",
            "gebruik: srg-guide check conversion BESTAND --current DEZE_MAAND "
            "--previous VORIGE_MAAND",
        )
    layout = load_layout(args.layout, args.tables)
    params = load_params(args.tables, args.trees, args.as_of)
    fmt = args.format or (format_for_path(args.output) if args.output else None) or "text"
    report = check_conversion(
        input_path(args.files[1]),
        current=input_path(args.current),
        previous=input_path(args.previous),
        layout=layout,
        params=params,
        limit=args.limit or None,
        as_of=args.as_of,
    )
    _emit(report, fmt, args.output)
    return report.exit_code
