"""``srg-guide search TEXT``: one ranked search over guidelines, codes, questions and rules."""

from __future__ import annotations

import argparse
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``search``."""
    parser = add_command(
        subparsers, "search", "zoek in richtlijnen, typen, vragen en controles (tikfouten mogen)"
    )
    parser.add_argument("text", nargs="+", metavar="TEKST", help="waar u naar zoekt")
    parser.add_argument(
        "-n", "--aantal", type=int, default=10, metavar="N", help="toon ten hoogste N resultaten"
    )
    add_data_options(parser, "guidelines", "trees")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the ranked hits; exit 1 when nothing matches."""
    from srg_guide.search import KIND_LABELS, cached_index
    from srg_guide.search.rank import MAX_QUERY_CHARS

    query = " ".join(args.text)
    if len(query) > MAX_QUERY_CHARS:
        from srg_guide.errors import SrgGuideError

        raise SrgGuideError(
            "Zoektekst te lang",
            f"de zoektekst heeft {len(query)} tekens; gebruik er hoogstens {MAX_QUERY_CHARS}",
        )
    hits = cached_index(args.guidelines, args.trees, args.as_of).search(query, max(1, args.aantal))
    if not hits:
        print(f'Niets gevonden voor "{query}". Probeer een ander woord.')
        return 1
    for rank, hit in enumerate(hits, 1):
        document = hit.document
        label = KIND_LABELS[document.kind]
        leads_elsewhere = hit.module_id and hit.module_id != document.target
        module = f"  -> {hit.module_id}" if leads_elsewhere else ""
        print(f"{rank:2}. [{label}] {document.title}  ({document.target}){module}")
    return 0
