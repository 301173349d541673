"""`srg-guide classify --answers FILE`: the tree without questions, answers keyed by question id."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the classify command."""
    parser = add_command(
        subparsers, "classify", "beslis zonder vragen: lees de antwoorden uit een YAML-bestand"
    )
    parser.add_argument(
        "--answers",
        type=Path,
        required=True,
        metavar="BESTAND",
        help="YAML met per vraag-id het gekozen antwoord-id",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument(
        "--format", choices=("txt", "md", "json"), default=None, help="uitvoer: txt, md of json"
    )
    parser.add_argument("--case", metavar="KENMERK", help="dossierkenmerk in de onderbouwing")
    parser.add_argument("--note", metavar="TEKST", help="opmerking in de onderbouwing")
    parser.add_argument(
        "--escalation",
        type=Path,
        metavar="BESTAND",
        help="schrijf de escalatienotitie hierheen (.md, .txt of .json) als er open punten zijn",
    )
    parser.add_argument("--output", type=Path, metavar="BESTAND", help="schrijf naar dit bestand")
    parser.add_argument("--tree", type=Path, metavar="BESTAND", help="gebruik dit boombestand")
    add_data_options(parser, "trees", "guidelines", "tables")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Classify; exit 0 with an outcome, 2 when the answers do not lead to one."""
    from srg_guide.atomic import write_atomic
    from srg_guide.errors import display_path
    from srg_guide.guidelines.library import load_library
    from srg_guide.tree import (
        answered_session,
        build_rationale,
        codes_for,
        format_for,
        needs_escalation,
        open_tree,
        render,
        render_escalation,
    )

    tree = open_tree(args.trees, args.as_of, args.tree)
    result = answered_session(tree, args.answers)
    for question_id in result.unused_answers:
        print(
            f"srg-guide: let op: antwoord op {question_id} is niet gebruikt (niet op het pad)",
            file=sys.stderr,
        )
    rationale = build_rationale(
        result.session,
        codes_for(tree.path, args.trees, args.tables),
        case_reference=args.case,
        library=load_library(args.guidelines, args.as_of),
        note=args.note,
    )
    text = render(rationale, "json" if args.json else args.format or "txt")
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
    if args.escalation:
        if needs_escalation(rationale):
            fmt = format_for(args.escalation)
            write_atomic(args.escalation, render_escalation(rationale, fmt))
            print(
                f"Escalatienotitie geschreven naar {display_path(args.escalation)}.",
                file=sys.stderr,
            )
        else:
            print(
                "Geen escalatienotitie: de uitkomst hangt van geen open punt af.", file=sys.stderr
            )
    return 0
