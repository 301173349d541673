"""``srg-guide search TEXT``: one ranked search over guidelines, codes, questions and rules.

``search WORD...`` without options needs no parser: :func:`plain_words` lets the command line
answer it without loading argparse, as a search is often run many times in a row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from collections.abc import Sequence
    from typing import Any

DEFAULT_COUNT = 10


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``search``."""
    from srg_guide.commands.common import add_as_of_option, add_command, add_data_options

    parser = add_command(
        subparsers, "search", "zoek in richtlijnen, typen, vragen en controles (tikfouten mogen)"
    )
    parser.add_argument("text", nargs="+", metavar="TEKST", help="waar u naar zoekt")
    parser.add_argument(
        "-n",
        "--aantal",
        type=int,
        default=DEFAULT_COUNT,
        metavar="N",
        help="toon ten hoogste N resultaten",
    )
    add_data_options(parser, "guidelines", "trees")
    add_as_of_option(parser)
    parser.set_defaults(func=run)


def plain_words(args: Sequence[str]) -> list[str] | None:
    """The words of ``search WORD...`` when no option is given (what argparse would make of
    them), else None: then the parser has to read the options."""
    if len(args) < 2 or args[0] != "search" or any(arg.startswith("-") for arg in args):
        return None
    return list(args[1:])


def run(args: argparse.Namespace) -> int:
    """Print the ranked hits; exit 1 when nothing matches."""
    return search(args.text, args.aantal, args.guidelines, args.trees, args.as_of)


def search(
    words: list[str],
    count: int = DEFAULT_COUNT,
    guidelines: str | None = None,
    trees: str | None = None,
    as_of: dt.date | None = None,
) -> int:
    """Print the best ``count`` hits for ``words``; exit 1 when nothing matches."""
    from srg_guide.search import KIND_LABELS, cached_index
    from srg_guide.search.rank import MAX_QUERY_CHARS

    query = " ".join(words)
    if len(query) > MAX_QUERY_CHARS:
        from srg_guide.errors import SrgGuideError

        raise SrgGuideError(
            "Zoektekst te lang",
            f"de zoektekst heeft {len(query)} tekens; gebruik er hoogstens {MAX_QUERY_CHARS}",
        )
    hits = cached_index(guidelines, trees, as_of).search(query, max(1, count))
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
