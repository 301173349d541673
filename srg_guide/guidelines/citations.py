"""Which tree questions cite which guideline paragraph, in both directions.

The citations are collected from the trees by :mod:`srg_guide.crossref`.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field

from srg_guide.errors import Location, display_path
from srg_guide.guidelines.links import split_reference


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


def rule_references() -> list[GuidelineRef]:
    """The ``guideline`` of every check rule, located at the rule's source file."""
    from srg_guide.checks.rules import all_rules

    refs = []
    for rule in all_rules():
        if rule.guideline:
            source = display_path(inspect.getsourcefile(rule) or rule.__module__)
            refs.append(
                GuidelineRef(rule.guideline, Location(source, None, f"{rule.code}.guideline"))
            )
    return refs
