"""`srg-guide tree lint|diagram|paths|test|diff`: tools for tree authors and trainers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srg_guide.commands.common import (
    add_as_of_option,
    add_command,
    add_data_options,
)
from srg_guide.commands.diff import add_tree_diff
from srg_guide.formats import DIAGRAM_FORMATS

if TYPE_CHECKING:
    from srg_guide.tree import Tree


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add `tree` with its sub-commands."""
    parser = add_command(subparsers, "tree", "controleer, teken en test de beslisboom")
    sub = parser.add_subparsers(dest="tree_command", title="opdrachten", metavar="OPDRACHT")
    sub.required = True

    lint = add_command(sub, "lint", "controleer boombestanden (0 = in orde, 1 = bevindingen)")
    lint.add_argument(
        "files", nargs="*", type=Path, metavar="BESTAND", help="standaard: alle bomen"
    )
    add_data_options(lint, "trees", "guidelines")
    lint.set_defaults(func=run_lint)

    diagram = add_command(sub, "diagram", "teken de boom als Mermaid of Graphviz (dot)")
    diagram.add_argument(
        "--format",
        choices=DIAGRAM_FORMATS,
        metavar="FORMAAT",
        help="%(choices)s (standaard %(default)s)",
        default="mermaid",
    )
    diagram.add_argument("--output", type=Path, metavar="BESTAND", help="schrijf naar dit bestand")
    _add_tree_choice(diagram)
    diagram.set_defaults(func=run_diagram)

    paths = add_command(sub, "paths", "toon elk pad dat eindigt in een type code of uitkomst")
    target = paths.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--code", metavar="CODE", help="type voorziening: code (30) of id uit codes.yaml (coaching)"
    )
    target.add_argument("--outcome", metavar="ID", help="id van een uitkomst")
    _add_tree_choice(paths)
    paths.set_defaults(func=run_paths)

    test = add_command(sub, "test", "speel scenario's af en meld de dekking van de uitkomsten")
    test.add_argument("folder", nargs="?", type=Path, metavar="MAP", help="standaard scenarios/")
    test.add_argument("-v", "--verbose", action="store_true", help="toon ook geslaagde scenario's")
    _add_tree_choice(test)
    test.set_defaults(func=run_test)

    add_tree_diff(sub)


def _add_tree_choice(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--tree", type=Path, metavar="BESTAND", help="gebruik dit boombestand")
    add_data_options(parser, "trees")
    add_as_of_option(parser)


def _guidelines_dir(override: str | None) -> Path | None:
    from srg_guide.errors import InputFileError
    from srg_guide.locations import data_dir

    try:
        return data_dir("guidelines", override)
    except InputFileError:
        if override is not None:
            raise
        return None


def run_lint(args: argparse.Namespace) -> int:
    """Lint the given files (or every shipped tree): 0 clean, 1 findings, 2 unreadable."""
    from srg_guide.crossref import lint_tree_and_citations
    from srg_guide.errors import Problem, ProblemsError, display_path
    from srg_guide.locations import data_dir
    from srg_guide.tree import CodeTable, codes_for, load_tree, tree_files
    from srg_guide.tree.loader import TreeUnreadableError

    files = args.files or tree_files(data_dir("trees", args.trees))
    guidelines = _guidelines_dir(args.guidelines)
    findings: list[Problem] = []
    unreadable = False
    for path in files:
        try:
            tree = load_tree(path)
        except TreeUnreadableError as exc:
            unreadable = True
            findings += exc.problems
            continue
        except ProblemsError as exc:
            findings += exc.problems
            continue
        try:
            codes: CodeTable | None = codes_for(path, args.trees)
        except ProblemsError as exc:
            unreadable = True
            findings += exc.problems
            codes = None
        problems = lint_tree_and_citations(tree, codes, guidelines)
        findings += problems
        if not problems:
            print(f"{display_path(path)}: in orde ({tree.label}, {len(tree.nodes)} knopen)")
    for problem in findings:
        print(problem, file=sys.stderr)
    if findings:
        print(f"{len(findings)} bevinding(en).", file=sys.stderr)
    return 2 if unreadable else 1 if findings else 0


def _tree(args: argparse.Namespace) -> Tree:
    from srg_guide.tree import open_tree

    return open_tree(args.trees, args.as_of, args.tree)


def run_diagram(args: argparse.Namespace) -> int:
    """Print or write the diagram."""
    from srg_guide.atomic import write_atomic
    from srg_guide.errors import display_path
    from srg_guide.tree.diagram import render_diagram

    text = render_diagram(_tree(args), args.format)
    if args.output:
        write_atomic(args.output, text)
        if str(args.output) != "-":
            print(f"Diagram geschreven naar {display_path(args.output)}.")
    else:
        sys.stdout.write(text)
    return 0


def run_paths(args: argparse.Namespace) -> int:
    """List every path to a code or outcome; exit 1 when there is none."""
    from srg_guide.tree import Question, codes_for
    from srg_guide.tree.paths import iter_paths, paths_to_code

    tree = _tree(args)
    type_id = None
    hint = ""
    if args.code is not None:
        codes = codes_for(tree.path, args.trees)
        entry = codes.get(args.code.strip())
        type_id = entry.id if entry else args.code.strip()
        if entry is None:
            missing = ", ".join(t.id for t in codes.codes.values() if t.code is None)
            hint = f" Deze code staat niet in de codelijst. Typen zonder bekende code: {missing}."
    if type_id is not None:
        wanted = paths_to_code(tree, type_id)
    else:
        wanted = [p for p in iter_paths(tree) if p.outcome.id == args.outcome]
    label = f"code {args.code}" if args.code is not None else f'uitkomst "{args.outcome}"'
    if not wanted:
        print(f"Geen pad in {tree.id} {tree.version} eindigt in {label}.{hint}")
        return 1
    print(f"{len(wanted)} pad(en) in {tree.id} {tree.version} eindigen in {label}:")
    for number, path in enumerate(wanted, 1):
        print(f"\n{number}. {path.outcome.title} [{path.outcome.id}]")
        for node, option in path.steps:
            if isinstance(node, Question):
                print(f"   - {node.text} -> {option.label}")
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Run scenario fixtures: 0 all pass, 1 failures, 2 unreadable scenarios."""
    from srg_guide.errors import InputFileError
    from srg_guide.locations import data_dir
    from srg_guide.tree import (
        load_scenarios,
        open_point_coverage,
        outcome_coverage,
        run_scenario,
    )
    from srg_guide.tree.scenario import open_point_sources

    folder: Path = args.folder or data_dir("scenarios")
    if not folder.is_dir():
        raise InputFileError("map met scenario's niet gevonden; geef een MAP op", None)
    tree = _tree(args)
    scenarios, problems = load_scenarios(folder)
    results = [run_scenario(tree, s) for s in scenarios]
    for result in results:
        if result.passed and args.verbose:
            print(f"ok    {result.scenario.source}: {result.scenario.name}")
        elif not result.passed:
            print(f"FOUT  {result.scenario.source}: {result.scenario.name}")
            for failure in result.failures:
                print(f"      {failure}")
    for problem in problems:
        print(f"FOUT  {problem}")
    passed = sum(r.passed for r in results)
    _reached, missing = outcome_coverage(tree, results)
    total = len(tree.outcomes)
    percent = 100 * (total - len(missing)) / total if total else 100.0
    print(f"{passed} van {len(results)} scenario's geslaagd ({tree.label}).")
    print(f"Dekking uitkomsten: {total - len(missing)} van {total} ({percent:.0f}%).")
    if missing:
        print(f"Niet gedekt: {', '.join(missing)}")
    _taken, open_missing = open_point_coverage(tree, results)
    sources = len(open_point_sources(tree))
    covered = sources - len(open_missing)
    print(f"Dekking open punten (weet ik niet, grijs gebied): {covered} van {sources}.")
    if open_missing:
        print(f"Niet gedekt: {', '.join(open_missing)}")
    if problems:
        return 2
    return 0 if passed == len(results) else 1
