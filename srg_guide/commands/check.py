"""``srg-guide check FILE``: check a delivery file; the report options ``conversion`` shares too."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srg_guide.commands.common import (
    add_as_of_option,
    add_command,
    add_data_options,
    add_db_option,
)
from srg_guide.formats import REPORT_FORMATS

if TYPE_CHECKING:
    import polars as pl

    from srg_guide.checks.report import Report
    from srg_guide.checks.runner import Progress

DEFAULT_LIMIT = 1000


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``check``."""
    parser = add_command(
        subparsers, "check", "controleer een leveringsbestand vóór het naar het CBS gaat"
    )
    parser.add_argument(
        "file",
        metavar="BESTAND",
        help="het leveringsbestand (CSV, vaste breedte, XLSX); - leest van de standaardinvoer",
    )
    parser.add_argument("--previous", metavar="BESTAND", help="levering van de vorige maand")
    add_report_options(parser)
    parser.add_argument(
        "--draft-conversion",
        metavar="PAD",
        help="schrijf een concept-conversiebestand voor mogelijke nieuwe registratienummers",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="een controle die niet kon worden uitgevoerd, telt als fout (exitcode 1); "
        "zonder deze optie staat ze alleen onder Niet uitgevoerd en telt ze niet mee",
    )
    parser.add_argument(
        "--register",
        action="store_true",
        help="vergelijk de lokale codes met het voorzieningenregister (SRG701-703)",
    )
    add_db_option(parser)
    parser.add_argument(
        "--geen-historie",
        action="store_true",
        help="sla de aantallen van deze controle niet op voor het dashboard",
    )
    add_data_options(parser, "tables", "trees")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """--layout and the report options that ``check`` and ``conversion`` share."""
    parser.add_argument("--layout", metavar="LAYOUT", help="naam of pad van de layout (YAML)")
    parser.add_argument(
        "--format",
        choices=REPORT_FORMATS,
        help="text, json, html, csv of xlsx",
    )
    parser.add_argument(
        "--output", metavar="PAD", help="schrijf het rapport naar dit bestand (- is het scherm)"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"hoogstens N bevindingen per controle (standaard {DEFAULT_LIMIT}; 0: alle)",
    )
    parser.add_argument(
        "--delen",
        action="store_true",
        help="rapport om te delen: alleen aantallen, codes en regelnummers; "
        "registratienummers vervangen door vz-1, vz-2, ...",
    )
    parser.add_argument(
        "--kwartaal",
        action="store_true",
        help="toon de aantallen in de vorm van de kwartaalmail van het CBS",
    )


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        print(f"\rgecontroleerd: {min(100, done * 100 // total):3d}%", end="", file=sys.stderr)

    return show


def run(args: argparse.Namespace) -> int:
    """Check, render, write; exit 0 clean, 1 with findings at severity fout.

    Rules that did not run are listed under "Niet uitgevoerd" and leave the exit code alone,
    unless ``--strict`` is given: then any rule that did not run makes it 1.
    """
    from srg_guide.checks.conversion_layout import load_conversion_layout
    from srg_guide.checks.layout import load_layout
    from srg_guide.checks.params import params_for
    from srg_guide.checks.runner import run_check
    from srg_guide.errors import SrgGuideError
    from srg_guide.inputs import input_path
    from srg_guide.reports.conversion_draft import write_draft_conversion

    layout = load_layout(args.layout, args.tables)
    params = params_for(Path(args.file), args.tables, args.trees, args.as_of)
    fmt = report_format(args)
    if fmt == "xlsx" and not args.output:
        raise SrgGuideError("Geen uitvoerbestand", "een xlsx-rapport heeft --output PAD nodig")
    if args.limit < 0:
        raise SrgGuideError("Verkeerde optie", "--limit moet 0 of groter zijn")
    _warn_same_file(args.file, args.previous)
    progress = _progress()
    delivery = input_path(args.file)
    report = run_check(
        delivery,
        layout=layout,
        params=params,
        previous=input_path(args.previous) if args.previous else None,
        limit=args.limit or None,
        as_of=args.as_of,
        progress=progress,
        strict=args.strict,
        register=_register_frame(args),
    )
    if progress is not None:
        print("\r" + " " * 20 + "\r", end="", file=sys.stderr)
    if args.draft_conversion:
        write_draft_conversion(
            report, Path(args.draft_conversion), load_conversion_layout(args.tables)
        )
        if args.draft_conversion != "-":
            print(
                f"srg-guide: concept-conversiebestand geschreven naar {args.draft_conversion}",
                file=sys.stderr,
            )
    if not args.geen_historie:
        _store_history(args, report, delivery, layout, params)
    emit(report, fmt, args.output, args)
    return report.exit_code


def report_format(args: argparse.Namespace) -> str:
    """--format, else the --output file's suffix, else text.

    An unknown suffix (``rapport.pdf``) is refused: a text report under that name would not
    open as the user expects.
    """
    from srg_guide.errors import SrgGuideError
    from srg_guide.reports import format_for_path

    if args.format:
        return str(args.format)
    if not args.output or args.output == "-":
        return "text"
    suffix = Path(args.output).suffix
    named = suffix[1:].lower()
    fmt = format_for_path(args.output) or (named if named in REPORT_FORMATS else None)
    if fmt is None and suffix:
        raise SrgGuideError(
            "Onbekend rapportformaat",
            f"srg-guide kan geen {suffix}-bestand maken; kies een naam op .txt, .json, .html, "
            ".csv of .xlsx, of geef het formaat met --format",
        )
    return fmt or "text"


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


def _register_frame(args: argparse.Namespace) -> pl.DataFrame | None:
    """The register's decisions for --register (SRG701-703 list themselves as not run when the
    layout lacks a field they need)."""
    if not args.register:
        return None
    from srg_guide.register import Register, decisions_frame

    frame: pl.DataFrame = decisions_frame(Register.open(args.db))
    return frame


def _store_history(
    args: argparse.Namespace, report: Report, delivery: Path, layout: Any, params: Any
) -> None:
    """Keep this run's counts for the dashboard; the check's own result stands if that fails.

    ``delivery`` is the file as read (stdin's private copy for ``-``). The bundled synthetic
    sample is no municipality's delivery: it is never stored.
    """
    from srg_guide.errors import SrgGuideError
    from srg_guide.history import store_report
    from srg_guide.locations import is_bundled_sample
    from srg_guide.store import open_database

    if is_bundled_sample(delivery):
        print(
            "srg-guide: historie niet opgeslagen: dit is het meegeleverde voorbeeldbestand, "
            "geen levering van een gemeente",
            file=sys.stderr,
        )
        return
    try:
        engine = open_database(args.db)
        try:
            store_report(engine, report, delivery, layout, params)
        finally:
            engine.dispose()
    except SrgGuideError as exc:
        print(f"srg-guide: let op: historie niet opgeslagen: {exc}", file=sys.stderr)


def _count(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


def summary_line(report: Report) -> str:
    """One line for stderr: counts per severity and rules that did not run."""
    from srg_guide.checks.finding import Severity

    parts = [
        _count(report.count(Severity.FOUT), "fout", "fouten"),
        _count(report.count(Severity.WAARSCHUWING), "waarschuwing", "waarschuwingen"),
        _count(report.count(Severity.SIGNAAL), "signaal", "signalen"),
    ]
    line = f"{_count(report.identity.row_count, 'record', 'records')}: {', '.join(parts)}"
    if report.skipped:
        line += "; " + _count(len(report.skipped), "controle", "controles") + " niet uitgevoerd"
        if report.strict:
            line += " (telt als fout door --strict)"
    return line + "."


def emit(report: Report, fmt: str, output: str | None, args: argparse.Namespace) -> None:
    """Render ``report`` to the screen or write it to ``output``; who it is for comes from
    --delen, the view from --kwartaal."""
    from srg_guide.reports import render, write_report

    options = {"audience": "delen" if args.delen else "herstel", "quarter": args.kwartaal}
    if output:
        # The report holds the notices too; on the terminal they must not go unseen.
        for notice in report.notices:
            print(f"srg-guide: let op: {notice}", file=sys.stderr)
        write_report(report, fmt, Path(output), **options)
        if output == "-":
            return  # the report itself is on the screen
        print(
            f"srg-guide: rapport geschreven naar {output}. {summary_line(report)}", file=sys.stderr
        )
        return
    content = render(report, fmt, **options)
    if isinstance(content, bytes):
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
