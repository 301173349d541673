"""A scenario walk as a list of steps a trainer shows: question, answer and why.

Used by the presenter screen, the webinar export and the slides. Core only: no Textual.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from srg_guide.tree.codes import SOURCE_ORGANISATION
from srg_guide.tree.conditional import OpenPoint
from srg_guide.tree.model import Node, Note, Outcome, Tree
from srg_guide.tree.scenario import Scenario, answer_for
from srg_guide.tree.session import TreeSession

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library
    from srg_guide.tree.codes import CodeTable


@dataclass(frozen=True)
class Why:
    """Why an answer is right: the tree's own words and the guideline paragraph it cites."""

    text: str = ""
    guideline_title: str = ""
    guideline_text: str = ""

    def lines(self) -> list[str]:
        """Plain text lines, for a slide or a screen reader."""
        result = [self.text] if self.text else []
        if self.guideline_title:
            result.append(f"Uit de richtlijnen, {self.guideline_title}: {self.guideline_text}")
        return result


@dataclass(frozen=True)
class Step:
    """One node of a walk: what is asked, the options, the answer and why."""

    kind: str
    node_id: str
    text: str
    options: tuple[tuple[str, str], ...]
    answer_id: str | None
    why: Why
    path: tuple[str, ...]
    verdict: tuple[str, ...] = ()

    @property
    def answer_label(self) -> str:
        """The label of the answer, or empty."""
        return next((label for oid, label in self.options if oid == self.answer_id), "")


def why_of(node: Node, library: Library | None) -> Why:
    """The explanation of a node: its help (or outcome explanation) and first cited paragraph."""
    text = node.explanation if isinstance(node, Outcome) else node.help
    if library is None:
        return Why(" ".join(text.split()))
    for reference in node.guidelines:
        paragraph = library.paragraph(reference)
        if paragraph is not None:
            return Why(" ".join(text.split()), paragraph.title, paragraph.excerpt)
    return Why(" ".join(text.split()))


def verdict_lines(
    outcome: Outcome,
    codes: CodeTable | None,
    doel: str | None = None,
    open_points: Sequence[OpenPoint] = (),
) -> tuple[str, ...]:
    """Counts or not, type with its code, doel inzet, each "mits": what the outcome slide says."""
    lines = [outcome.headline]
    entry = codes.get(outcome.type) if codes else None
    # Worded as the rationale's type_line and doel_line, so slides and exports agree.
    if entry is None and outcome.type:
        lines.append(f"Type voorziening: {outcome.type}; code onbekend (niet in de codelijst)")
    elif entry is not None and entry.code is None:
        lines.append(f"Type voorziening: {entry.name}; code {entry.code_text}")
    elif entry is not None:
        own = " (ingesteld door uw organisatie)" if entry.code_source == SOURCE_ORGANISATION else ""
        lines.append(f"Type voorziening: {entry.code} {entry.name}{own}")
    if doel and outcome.counts:
        name = codes.doel_name(doel) if codes else ""
        lines.append(f"Doel inzet: {doel} {name}".rstrip())
    for point in open_points:
        # Undecided: the point is the open question itself, not a condition on an outcome.
        what = (
            f"Open vraag: {point.question}" if outcome.counts is None else f"Mits {point.condition}"
        )
        lines.append(f"{what} (navragen bij {point.ask})")
    return tuple(lines)


def step_at(
    session: TreeSession,
    answer_id: str | None,
    library: Library | None = None,
    codes: CodeTable | None = None,
) -> Step:
    """The step for the session's current node, with the answer to reveal (if known)."""
    node = session.current
    path = (*(s.node_id for s in session.steps), node.id)
    options = tuple((o.id, o.label) for o in node.choices)
    if isinstance(node, Outcome):
        return Step(
            "outcome",
            node.id,
            node.title,
            (),
            None,
            why_of(node, library),
            path,
            verdict_lines(node, codes, session.doel, session.open_points),
        )
    kind = "note" if isinstance(node, Note) else "question"
    return Step(kind, node.id, node.text, options, answer_id, why_of(node, library), path)


def scenario_steps(
    tree: Tree,
    scenario: Scenario,
    library: Library | None = None,
    codes: CodeTable | None = None,
) -> list[Step]:
    """Every step of a scenario's walk, ending at its outcome (or where an answer is missing)."""
    session = TreeSession(tree)
    steps = []
    while True:
        node = session.current
        answer_id = None if isinstance(node, Outcome) else answer_for(node, scenario.answers)
        steps.append(step_at(session, answer_id, library, codes))
        if answer_id is None or not any(o.id == answer_id for o in node.choices):
            return steps
        session.answer(answer_id)
