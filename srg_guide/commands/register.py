"""`srg-guide register import|list|show|decide|stale|export|compare`: the voorzieningenregister."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options, add_db_option
from srg_guide.commands.walk import Walker

if TYPE_CHECKING:
    from srg_guide.register import Entry, Register
    from srg_guide.register.context import DecisionContext
    from srg_guide.tree import Tree, TreeSession


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add `register` with its sub-commands."""
    parser = add_command(
        subparsers, "register", "voorzieningenregister: één beslissing per lokale voorziening"
    )
    sub = parser.add_subparsers(dest="register_command", title="opdrachten", metavar="OPDRACHT")
    sub.required = True

    imp = add_command(sub, "import", "lees de lokale catalogus in (CSV of XLSX); voegt samen")
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("--mapping", type=Path, metavar="YAML", help="kolomindeling van uw bestand")
    _common(imp, data=("tables",))
    imp.set_defaults(func=run_import)

    lst = add_command(sub, "list", "toon het register, met filter")
    lst.add_argument("--zoek", default="", metavar="TEKST", help="in code, naam en omschrijving")
    lst.add_argument("--status", choices=_statuses(), help="alleen deze status")
    _common(lst)
    lst.set_defaults(func=run_list)

    show = add_command(sub, "show", "toon één voorziening met beslissing, onderbouwing en historie")
    show.add_argument("code", metavar="LOKALE_CODE")
    _common(show)
    show.set_defaults(func=run_show)

    decide = add_command(
        sub, "decide", "beoordeel een voorziening: doorloop de boom (of lees de antwoorden)"
    )
    decide.add_argument("code", metavar="LOKALE_CODE")
    source = decide.add_mutually_exclusive_group()
    source.add_argument("--answers", type=Path, metavar="BESTAND", help="antwoorden (als classify)")
    source.add_argument("--sessie", type=Path, metavar="BESTAND", help="sessie van walk --save")
    decide.add_argument("--door", metavar="NAAM", help="wie beslist (optioneel)")
    decide.add_argument("--notitie", default="", metavar="TEKST", help="vrije notitie")
    decide.add_argument(
        "--vast-doel",
        action="store_true",
        help="het doel inzet geldt voor iedereen met deze voorziening "
        "(een aparte re-integratie- of participatievariant)",
    )
    decide.add_argument("--tree", type=Path, metavar="BESTAND", help="gebruik dit boombestand")
    _common(decide, data=("trees", "guidelines", "tables"))
    decide.set_defaults(func=run_decide)

    stale = add_command(sub, "stale", "toon de beslissingen die opnieuw beoordeeld moeten worden")
    _common(stale)
    stale.set_defaults(func=run_stale)

    export = add_command(sub, "export", "schrijf de vertaaltabel (CSV of XLSX)")
    export.add_argument("output", type=Path, metavar="BESTAND", help=".csv of .xlsx")
    _common(export)
    export.set_defaults(func=run_export)

    compare = add_command(sub, "compare", "vergelijk de vertaaltabel van het CBS met het register")
    compare.add_argument("file", type=Path, metavar="BESTAND")
    compare.add_argument("--layout", type=Path, metavar="YAML", help="kolomindeling (aanname)")
    compare.add_argument(
        "--reactie", type=Path, metavar="BESTAND", help="schrijf een reactie voor het CBS"
    )
    _common(compare, data=("tables",))
    compare.set_defaults(func=run_compare)


def _statuses() -> tuple[str, ...]:
    return ("niet-beoordeeld", "beslist", "voorwaardelijk", "opnieuw-beoordelen")


def _common(
    parser: argparse.ArgumentParser, data: tuple[str, ...] = ("trees", "guidelines")
) -> None:
    add_db_option(parser)
    add_data_options(parser, *data)
    if "trees" in data:
        add_as_of_option(parser)


def _open(args: argparse.Namespace) -> Register:
    from srg_guide.register import Register

    return Register.open(args.db)


def _context(args: argparse.Namespace) -> DecisionContext:
    from srg_guide.register.context import DecisionContext

    return DecisionContext.load(
        args.trees,
        args.guidelines,
        args.as_of,
        getattr(args, "tree", None),
        getattr(args, "tables", None),
    )


def run_import(args: argparse.Namespace) -> int:
    from srg_guide.errors import display_path
    from srg_guide.register import bundled_mapping, load_mapping, read_rows
    from srg_guide.register.repository import CATALOGUE_FIELDS

    mapping_path = args.mapping or bundled_mapping("catalogus", args.tables)
    mapping = load_mapping(mapping_path, CATALOGUE_FIELDS[:2], CATALOGUE_FIELDS[2:])
    rows = read_rows(args.file, mapping)
    summary = _open(args).import_catalogue(rows, display_path(args.file))
    print(
        f"Catalogus ingelezen: {summary.added} nieuw, {summary.updated} bijgewerkt, "
        f"{summary.unchanged} ongewijzigd."
    )
    if summary.missing:
        print(
            f"{len(summary.missing)} voorziening(en) staan niet meer in de catalogus; ze blijven "
            f"met hun beslissingen in het register: {', '.join(summary.missing)}"
        )
    if summary.masked:
        print(
            f"Let op: {summary.masked} waarde(n) leken een BSN en zijn gemaskeerd.", file=sys.stderr
        )
    return 0


def run_list(args: argparse.Namespace) -> int:
    register = _open(args)
    found = _context(args).marked(register, register.entries(args.zoek))
    if args.status:
        found = [e for e in found if e.status == args.status.replace("-", " ")]
    if not found:
        print("Geen voorzieningen gevonden.")
        return 0
    width = max(len(e.lokale_code) for e in found)
    for e in found:
        d = e.decision
        what = (
            f"telt mee: {d.counts_label}, type {d.type_code or '-'}, doel {d.doel_label or '-'}"
            if d
            else ""
        )
        print(f"{e.lokale_code:<{width}}  {e.status:<18}  {e.naam}  {what}".rstrip())
    return 0


def run_show(args: argparse.Namespace) -> int:
    from srg_guide.register.present import entry_lines

    register = _open(args)
    entry = _context(args).marked(register, [register.entry(args.code)])[0]
    print("\n".join(entry_lines(entry)))
    if entry.decision is None:
        print(f"Beoordeel met: srg-guide register decide {entry.lokale_code}")
    history = register.history(entry.lokale_code)
    if len(history) > 1:
        print("\nEerdere beslissingen:")
        for old in history[1:]:
            print(f"  {old.decided_at:%d-%m-%Y %H:%M}  {old.verdict}  ({old.reference})")
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from srg_guide.errors import SrgGuideError
    from srg_guide.register import draft_from_session

    register = _open(args)
    ctx = _context(args)
    entry = register.entry(args.code)
    walked = (
        _session_from_file(args, ctx.tree)
        if args.answers or args.sessie
        else _walk(args, ctx, register, entry)
    )
    if walked is None:
        return 1
    session = walked
    if session.outcome is None:
        raise SrgGuideError("Geen uitkomst", "de antwoorden leiden niet tot een uitkomst")
    draft = draft_from_session(session, ctx.codes, ctx.library)
    decision = register.decide(
        entry.lokale_code,
        draft,
        expected_version=entry.version,
        decided_by=args.door,
        note=args.notitie,
        doel_fixed=args.vast_doel,
    )
    print(f"Opgeslagen: {entry.lokale_code} -> {decision.verdict} ({decision.reference}).")
    if decision.doel_fixed:
        print(f"Vast doel inzet {decision.doel}: geldt voor iedereen met deze voorziening.")
    return 0


def _session_from_file(args: argparse.Namespace, tree: Tree) -> TreeSession:
    from srg_guide.tree import answered_session, load_session

    if args.sessie:
        return load_session(args.sessie, tree)
    result = answered_session(tree, args.answers)
    return result.session


class RegisterWalker(Walker):
    """The walk prompt, ending without the question about a rationale file."""

    def finish(self) -> int:
        return 0


def _walk_defaults() -> argparse.Namespace:
    """The defaults of every `walk` option, so the walk prompt gets what it expects."""
    from srg_guide.commands import walk
    from srg_guide.commands.common import DutchArgumentParser

    parser = DutchArgumentParser(prog="srg-guide")
    walk.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(["walk"])


def _walk(
    args: argparse.Namespace, ctx: DecisionContext, register: Register, entry: Entry
) -> TreeSession | None:
    """Walk the tree on stdin/stdout, starting from the old answers when there are any."""
    from srg_guide.register import changed_node_ids, resume_session

    walk_args = _walk_defaults()
    for name in ("trees", "guidelines", "tables", "as_of", "tree"):
        setattr(walk_args, name, getattr(args, name, None))
    walker = RegisterWalker(walk_args, sys.stdin, sys.stdout)
    print(f"Beoordeel {entry.lokale_code}: {entry.naam}")
    old = entry.decision
    if old is not None:
        basis = register.basis([old.id])[old.id]
        changed = changed_node_ids(basis, ctx.tree, ctx.library)
        walker.session = resume_session(ctx.tree, old.answers, changed)
        print(f"Vorige beslissing: {old.verdict}. De oude antwoorden worden opnieuw aangeboden.")
    return walker.session if walker.walk() == 0 else None


def run_stale(args: argparse.Namespace) -> int:
    register = _open(args)
    found = [e for e in _context(args).marked(register, register.entries()) if e.stale_reasons]
    if not found:
        print("Geen beslissingen om opnieuw te beoordelen.")
        return 0
    for e in found:
        print(f"{e.lokale_code}: {e.naam} (opnieuw beoordelen)")
        for reason in e.stale_reasons:
            print(f"  - {reason}")
    print(f"\n{len(found)} beslissing(en) opnieuw beoordelen: srg-guide register decide CODE")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from srg_guide.errors import display_path
    from srg_guide.register.model import DOEL_WARNING
    from srg_guide.register.vertaaltabel import (
        COLUMNS,
        doel_per_person_count,
        vertaaltabel_rows,
        write_table,
    )

    register = _open(args)
    found = _context(args).marked(register, register.entries())
    write_table(args.output, COLUMNS, vertaaltabel_rows(found))
    undecided = sum(e.decision is None for e in found)
    print(f"Vertaaltabel geschreven: {display_path(args.output)} ({len(found)} voorzieningen).")
    per_person = doel_per_person_count(found)
    if per_person:
        print(
            f"Let op: bij {per_person} voorziening(en) staat doel inzet op "
            f'"per persoon vast te stellen". {DOEL_WARNING}',
            file=sys.stderr,
        )
    if undecided:
        print(f"Let op: {undecided} voorziening(en) zijn nog niet beoordeeld.", file=sys.stderr)
    return 0


def run_compare(args: argparse.Namespace) -> int:
    from srg_guide.errors import display_path
    from srg_guide.register import bundled_mapping, load_mapping, read_rows
    from srg_guide.register.vertaaltabel import (
        REACTION_COLUMNS,
        compare,
        reaction_rows,
        write_table,
    )

    mapping = load_mapping(
        args.layout or bundled_mapping("cbs-vertaaltabel", args.tables),
        ("lokale_code", "type"),
        ("telt_mee", "doel"),
    )
    if mapping.assumption:
        print(
            f"Let op: de kolomindeling {mapping.path} is een aanname, niet de CBS-layout.",
            file=sys.stderr,
        )
    rows = read_rows(args.file, mapping)
    register = _open(args)
    differences = compare(rows, register.entries(), mapping, display_path(args.file))
    if not differences:
        print("De vertaaltabel van het CBS komt overeen met het register.")
    for diff in differences:
        print(f"{diff.lokale_code}: {diff.what}")
    if args.reactie:
        write_table(args.reactie, REACTION_COLUMNS, reaction_rows(differences))
        print(
            f"Reactie voor het CBS geschreven: {display_path(args.reactie)} "
            "(zonder persoonsgegevens)."
        )
    return 1 if differences else 0
