"""Which tree questions cite which guideline paragraph, in both directions."""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass, field
from pathlib import Path

from srg_guide.errors import Location, Problem, SrgGuideError, display_path
from srg_guide.guidelines.links import split_reference
from srg_guide.locations import data_dir
from srg_guide.tree.loader import load_trees, tree_in_force
from srg_guide.tree.model import Outcome, Tree


@dataclass(frozen=True)
class GuidelineRef:
    """A tree node's ``guideline: id#anchor`` and where it is written."""

    reference: str
    where: Location

    @property
    def module_id(self) -> str:
        return split_reference(self.reference)[0]

    @property
    def anchor(self) -> str | None:
        return split_reference(self.reference)[1]


@dataclass(frozen=True)
class Question:
    """A tree node as the guidelines see it: id, text and cited paragraphs.

    ``kind`` is question, note or outcome; only questions must cite a module.
    """

    id: str
    text: str
    guidelines: tuple[GuidelineRef, ...]
    where: Location
    kind: str = "question"
    tree_id: str = ""


@dataclass
class Citations:
    """The tree questions, indexed for lookups from either side."""

    questions: dict[str, Question] = field(default_factory=dict)

    def cited_by(self, module_id: str, anchor: str | None = None) -> list[Question]:
        """Questions citing this module (any paragraph) or, with ``anchor``, that paragraph."""
        return [
            question
            for question in self.questions.values()
            if any(
                ref.module_id == module_id and (anchor is None or ref.anchor == anchor)
                for ref in question.guidelines
            )
        ]


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


def rule_references() -> list[GuidelineRef]:
    """The ``guideline`` of every check rule, located at the rule's source file."""
    from srg_guide.checks.registry import all_rules

    refs = []
    for rule in all_rules():
        if rule.guideline:
            source = display_path(inspect.getsourcefile(rule) or rule.__module__)
            refs.append(
                GuidelineRef(rule.guideline, Location(source, None, f"{rule.code}.guideline"))
            )
    return refs
