"""Cross-references between the decision tree and the guidelines, in both directions.

The tree and the guidelines do not import each other; what joins them lives here, above
both: which guideline paragraphs the tree's questions cite (for "gebruikt in vraag" and the
guidelines lint) and whether every paragraph a tree cites exists (for ``tree lint``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from srg_guide.errors import Location, Problem, SrgGuideError
from srg_guide.guidelines.citations import Citations, GuidelineRef, Question
from srg_guide.guidelines.library import Library, load_library
from srg_guide.locations import data_dir
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.loader import load_trees, tree_in_force
from srg_guide.tree.model import Outcome, Tree
from srg_guide.tree.validate import lint_tree, unknown_references


def citations_from_trees(trees: list[Tree]) -> Citations:
    """Collect every node of every tree with the guideline references it makes."""
    citations = Citations()
    for tree in trees:
        for node in tree.nodes.values():
            where = Location(tree.source, node.guidelines_line or node.line or None, "guidelines")
            text = node.title if isinstance(node, Outcome) else node.text
            refs = tuple(GuidelineRef(ref, where) for ref in node.guidelines)
            citations.questions[node.id] = Question(
                node.id, text, refs, Location(tree.source, node.line or None), node.kind, tree.id
            )
    return citations


def load_citations(
    trees: Path | str | None = None, as_of: dt.date | None = None
) -> tuple[Citations, list[Problem]]:
    """Citations of every tree in force on ``as_of``, plus the problems of trees that failed."""
    result = load_trees(data_dir("trees", trees))
    in_force: list[Tree] = []
    for tree_id in dict.fromkeys(t.id for t in result.trees):
        try:
            in_force.append(tree_in_force(result.trees, as_of, tree_id))
        except SrgGuideError:
            continue
    return citations_from_trees(in_force), list(result.problems)


def guideline_problems(
    tree: Tree, library: Library, folder_name: str = "guidelines"
) -> list[Problem]:
    """Cited guidelines must exist, and a cited #anchor must be a heading there.

    The module and the anchor may be in any version of the module, so a tree can be checked
    against guidelines that take effect on another date.
    """
    anchors: dict[str, set[str]] = {}
    for module in library.all_versions:
        anchors.setdefault(module.id, set()).update(s.anchor for s in module.sections)
    problems = []
    for node in tree.nodes.values():
        for index, ref in enumerate(node.guidelines):
            module_id, _, anchor = ref.partition("#")
            where = Location(
                tree.source,
                node.guidelines_line or node.line or None,
                f"nodes.{node.id}.guidelines[{index}]",
            )
            if module_id not in anchors:
                message = f'richtlijn "{module_id}" bestaat niet in {folder_name}/'
                problems.append(Problem(where, message))
            elif anchor and anchor not in anchors[module_id]:
                message = f'richtlijn "{module_id}" heeft geen kop met anker "{anchor}"'
                problems.append(Problem(where, message))
    return problems


def lint_tree_and_citations(
    tree: Tree, codes: CodeTable | None = None, guidelines_dir: Path | None = None
) -> list[Problem]:
    """:func:`srg_guide.tree.validate.lint_tree`, then the cited guidelines when there are any."""
    problems = lint_tree(tree, codes)
    if guidelines_dir is not None and guidelines_dir.is_dir() and not unknown_references(tree):
        problems += guideline_problems(tree, load_library(guidelines_dir), guidelines_dir.name)
    return problems
