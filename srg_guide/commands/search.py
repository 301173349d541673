"""``srg-guide search TEXT``: one ranked search over guidelines, codes, questions and rules.

``search WORD...`` without options needs no parser: :func:`plain_words` lets the command line
answer it without loading argparse, as a search is often run many times in a row.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing: a search starts quicker
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
    from srg_guide.search.cache import cached_documents
    from srg_guide.search.rank import KIND_LABELS, MAX_QUERY_CHARS

    query = " ".join(words)
    if len(query) > MAX_QUERY_CHARS:
        from srg_guide.errors import SrgGuideError

        raise SrgGuideError(
            "Zoektekst te lang",
            f"de zoektekst heeft {len(query)} tekens; gebruik er hoogstens {MAX_QUERY_CHARS}",
        )
    documents, ranking = cached_documents(guidelines, trees, as_of)
    titles = [fields[2] for fields in documents]
    hits = ranking.rank(query, titles, max(1, count))
    if not hits:
        if any(c.isdigit() for c in query):  # a BSN typed as a search word is never echoed
            from srg_guide.privacy import mask_bsns_in_text

            query = mask_bsns_in_text(query)
        print(f'Niets gevonden voor "{query}". Probeer een ander woord.')
        return 1
    for rank, (number, _score) in enumerate(hits, 1):
        kind, target, title, _text, _keywords, module_id = documents[number]
        module = f"  -> {module_id}" if module_id and module_id != target else ""
        print(f"{rank:2}. [{KIND_LABELS[kind]}] {title}  ({target}){module}")
    return 0
