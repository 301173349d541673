"""``srg-guide sample``: write a synthetic delivery and the list of defects injected into it."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_command, add_data_options


def _month(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is geen maand; schrijf JJJJ-MM') from None


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``sample``."""
    parser = add_command(
        subparsers, "sample", "maak een synthetisch leveringsbestand met bekende fouten"
    )
    parser.add_argument("output", metavar="UIT", help="het CSV-bestand dat wordt gemaakt")
    parser.add_argument("--rows", type=int, default=1000, metavar="N", help="aantal records")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="startwaarde toeval")
    parser.add_argument(
        "--defects",
        metavar="SPEC",
        default=None,
        help='welke fouten: "mix" (standaard, van elke soort), "none" (schoon) of '
        "bijv. SRG102=5,SRG305",
    )
    parser.add_argument(
        "--month",
        type=_month,
        default=dt.date(2026, 1, 1),
        metavar="JJJJ-MM",
        help="verslagmaand (standaard 2026-01)",
    )
    parser.add_argument(
        "--previous-out", metavar="PAD", help="maak ook de levering van de vorige maand"
    )
    parser.add_argument(
        "--defects-out",
        metavar="PAD",
        help="lijst met ingevoegde fouten (standaard UIT met .defecten.csv erachter)",
    )
    add_data_options(parser, "tables", "trees")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Generate and write the files."""
    from srg_guide.atomic import write_atomic
    from srg_guide.checks.params import load_params
    from srg_guide.errors import SrgGuideError
    from srg_guide.sample import generate, parse_defects

    if args.rows < 1:
        raise SrgGuideError("Verkeerde optie", "--rows moet minstens 1 zijn")
    with_previous = args.previous_out is not None
    sample = generate(
        args.rows,
        args.seed,
        load_params(args.tables, args.trees),
        defects=parse_defects(args.defects, with_previous),
        month=args.month,
        with_previous=with_previous,
    )
    output = Path(args.output)
    write_atomic(output, b"".join(sample.current))
    if sample.previous is not None:
        write_atomic(Path(args.previous_out), b"".join(sample.previous))
    listing = ["bestand;regel;code;veld;waarde"] + [
        f"{d.file};{d.line or ''};{d.code};{d.field or ''};{d.value or ''}" for d in sample.injected
    ]
    defects_out = Path(args.defects_out or f"{output}.defecten.csv")
    write_atomic(defects_out, "\n".join(listing) + "\n")
    # Not "fouten": the injected findings include waarschuwingen and signalen too.
    found = len(sample.injected)
    print(
        f"{args.rows} records naar {output}; {found} bewust ingevoegde bevindingen in {defects_out}"
    )
    return 0
