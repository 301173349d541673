"""``srg-guide guidelines lint|list|show|diff``: check and read the guideline modules."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from srg_guide.commands.common import add_as_of_option, add_command, add_data_options
from srg_guide.commands.diff import add_guidelines_diff


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``guidelines`` with its sub-commands."""
    parser = add_command(subparsers, "guidelines", "richtlijnmodules controleren en lezen")
    actions = parser.add_subparsers(dest="action", title="acties", metavar="ACTIE", required=True)
    lint_parser = add_command(actions, "lint", "controleer links, codes, vragen en front matter")
    lint_parser.set_defaults(func=run_lint)
    list_parser = add_command(actions, "list", "toon alle modules met hun titel")
    list_parser.set_defaults(func=run_list)
    show_parser = add_command(actions, "show", "toon één module (met de vragen die haar gebruiken)")
    show_parser.add_argument("module", metavar="MODULE", help="id van de module, bijv. type-22")
    show_parser.set_defaults(func=run_show)
    for sub in (lint_parser, list_parser, show_parser):
        add_data_options(sub, "guidelines", "trees")
        add_as_of_option(sub)
    add_guidelines_diff(actions)


def run_lint(args: argparse.Namespace) -> int:
    """Print every problem as file:line: message; exit 1 when there are any."""
    from srg_guide.crossref import load_citations
    from srg_guide.guidelines import load_library
    from srg_guide.guidelines.citations import rule_references
    from srg_guide.guidelines.lint import lint
    from srg_guide.tree.codes import codes_for

    library = load_library(args.guidelines, args.as_of)
    citations, tree_problems = load_citations(args.trees, args.as_of)
    codes = list(codes_for(trees_dir=args.trees).codes.values())
    problems = lint(library, codes, citations, rule_references()) + tree_problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problemen in de richtlijnen", file=sys.stderr)
        return 1
    print(f"{len(library.modules)} modules in orde (geldig op {library.as_of.isoformat()})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    """Print the table of contents."""
    from srg_guide.guidelines import load_library

    library = load_library(args.guidelines, args.as_of)
    for title, modules in library.table_of_contents():
        print(title)
        for module in modules:
            print(f"  {module.id:32} {module.title}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    """Print one module's markdown, followed by the questions that cite it."""
    from srg_guide.crossref import load_citations
    from srg_guide.errors import SrgGuideError
    from srg_guide.guidelines import load_library
    from srg_guide.guidelines.display import module_markdown

    library = load_library(args.guidelines, args.as_of)
    module = library.get(args.module.removesuffix(".md"))
    if module is None:
        raise SrgGuideError(
            "Onbekende module",
            f'geen module "{args.module}" op {library.as_of.isoformat()}; '
            "zie srg-guide guidelines list",
        )
    citations, _ = load_citations(args.trees, args.as_of)
    print(module_markdown(module, citations))
    return 0
