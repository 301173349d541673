"""TreeSession: walk a tree step by step, go back, change an answer, review, confirm.

The session holds only the answers (question id -> option id, in order). The
current node, the path and the outcome follow from replaying them, so the state
is always consistent. "Weet ik niet" goes on along the question's assumed option;
``open_points`` then says what the outcome depends on (see conditional.py), and
``doel`` comes from the answer to the question that records it. Reaching an
outcome puts the session in review
(``in_review``); ``confirm()`` turns the outcome into the ``verdict``.
``change(question_id)`` rewinds to that question and keeps the later answers:
``kept_answer()`` offers them again and ``replay_kept()`` re-applies them while
they still fit the path. Session files (``save``/``load_session``) hold the tree
id, version and sha256 and the answers: no personal data, no case reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from srg_guide.atomic import write_atomic
from srg_guide.errors import InputFileError, Location, SrgGuideError, display_path
from srg_guide.tree.conditional import OpenPoint, effective_option, facts_of, open_points
from srg_guide.tree.model import (
    CONTINUE_OPTION_ID,
    UNKNOWN_OPTION_ID,
    Node,
    Note,
    Option,
    Outcome,
    Question,
    Tree,
)
from srg_guide.yamlio import load_yaml

SESSION_FORMAT = "srg-guide-sessie"


@dataclass(frozen=True)
class Step:
    """One answered node on the path: what was asked, what was chosen, what it cites."""

    node_id: str
    text: str
    option_id: str
    answer: str
    guidelines: tuple[str, ...]
    is_note: bool = False

    @property
    def is_unknown(self) -> bool:
        """True when the answer was "weet ik niet"."""
        return self.option_id == UNKNOWN_OPTION_ID


class TreeSession:
    """The state of one walk through a tree."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self._answers: list[tuple[str, str]] = []
        self._kept: dict[str, str] = {}
        self._confirmed = False

    # --- reading the state ---------------------------------------------------------------
    @property
    def current(self) -> Node:
        """The node to show now: a question, a note, or the outcome under review."""
        node = self.tree.node(self.tree.start)
        for _, option_id in self._answers:
            node = self.tree.node(_choice(node, option_id).next)
        return node

    @property
    def steps(self) -> list[Step]:
        """The path so far, one Step per answered question or read note."""
        result = []
        node = self.tree.node(self.tree.start)
        for _, option_id in self._answers:
            option = _choice(node, option_id)
            assert isinstance(node, Question | Note)
            result.append(
                Step(
                    node.id,
                    node.text,
                    option.id,
                    option.label,
                    _cited(node, option_id),
                    is_note=isinstance(node, Note),
                )
            )
            node = self.tree.node(option.next)
        return result

    @property
    def facts(self) -> dict[str, str]:
        """Values the answers record, such as ``{"doel": "1"}``."""
        return facts_of(self.tree, self._answers)

    @property
    def doel(self) -> str | None:
        """The doel inzet from the answers ("1", "2"), or None when not asked."""
        return self.facts.get("doel")

    @property
    def all_open_points(self) -> list[OpenPoint]:
        """Every "weet ik niet" or grey-area answer on the path, with its alternatives."""
        return open_points(self.tree, self._answers, self.outcome)

    @property
    def open_points(self) -> list[OpenPoint]:
        """The open points that change the outcome."""
        return [p for p in self.all_open_points if p.material]

    @property
    def is_conditional(self) -> bool:
        """True when an outcome is reached that depends on an open point."""
        return self.outcome is not None and bool(self.open_points)

    @property
    def warnings(self) -> list[str]:
        """The outcome's warnings that apply with the doel given."""
        outcome = self.outcome
        return outcome.warnings_for(self.doel) if outcome is not None else []

    def part_session(self) -> TreeSession:
        """A new walk for one part of a traject: the answers before this outcome's level
        question and its ``part_answers`` are applied; it stops at the first new question."""
        outcome = self.outcome
        part = TreeSession(self.tree)
        if outcome is None:
            return part
        preset = dict(outcome.part_answers)
        earlier: dict[str, str] = {}
        for node_id, option_id in self._answers:
            if node_id in preset:
                break
            earlier[node_id] = option_id
        part._kept = {**earlier, **preset}
        part.replay_kept()
        part._kept.clear()
        return part

    @property
    def answers(self) -> dict[str, str]:
        """The answers given so far, keyed by question id (notes left out)."""
        return {q: o for q, o in self._answers if o != CONTINUE_OPTION_ID}

    @property
    def outcome(self) -> Outcome | None:
        """The outcome reached (under review or confirmed), or None while still asking."""
        node = self.current
        return node if isinstance(node, Outcome) else None

    @property
    def in_review(self) -> bool:
        """True when an outcome is reached but not yet confirmed."""
        return self.outcome is not None and not self._confirmed

    @property
    def verdict(self) -> Outcome | None:
        """The confirmed outcome, or None."""
        return self.outcome if self._confirmed else None

    @property
    def unresolved(self) -> list[Question]:
        """Questions on the path answered with "weet ik niet"."""
        result = []
        for step in self.steps:
            node = self.tree.node(step.node_id)
            if step.is_unknown and isinstance(node, Question):
                result.append(node)
        return result

    def kept_answer(self) -> str | None:
        """The answer kept for the current question after change() or back(), if it still fits."""
        node = self.current
        option_id = self._kept.get(node.id)
        if option_id is None or not any(o.id == option_id for o in node.choices):
            return None
        return option_id

    # --- changing the state --------------------------------------------------------------
    def answer(self, option_id: str) -> Node:
        """Answer the current question (or "verder" on a note); returns the next node."""
        node = self.current
        if isinstance(node, Outcome):
            raise SrgGuideError(
                "Geen vraag", "de boom is al bij een uitkomst; ga terug of begin opnieuw"
            )
        _choice(node, option_id)
        self._answers.append((node.id, option_id))
        self._kept.pop(node.id, None)
        return self.current

    def back(self) -> Node:
        """Undo the last step (or the confirmation); the undone answer is kept and offered again."""
        if self._confirmed:
            self._confirmed = False
        elif self._answers:
            node_id, option_id = self._answers.pop()
            self._kept[node_id] = option_id
        return self.current

    def change(self, question_id: str) -> Node:
        """Rewind to an earlier question; later answers are kept and offered again."""
        index = next((i for i, (q, _) in enumerate(self._answers) if q == question_id), None)
        if index is None:
            raise SrgGuideError("Onbekende vraag", f'vraag "{question_id}" staat niet op het pad')
        self._kept.update(dict(self._answers[index:]))
        del self._answers[index:]
        self._confirmed = False
        return self.current

    def replay_kept(self) -> Node:
        """Re-apply kept answers while the current node has one; stops at a new question."""
        while not isinstance(self.current, Outcome):
            option_id = self.kept_answer()
            if option_id is None:
                break
            self.answer(option_id)
        return self.current

    def confirm(self) -> Outcome:
        """Accept the outcome under review as the verdict."""
        outcome = self.outcome
        if outcome is None:
            raise SrgGuideError("Nog geen uitkomst", "beantwoord eerst alle vragen")
        self._confirmed = True
        return outcome

    def restart(self) -> Node:
        """Start again from the first question, forgetting everything."""
        self._answers.clear()
        self._kept.clear()
        self._confirmed = False
        return self.current

    # --- persistence ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Plain data for a session file: tree identity and answers, nothing personal."""
        return {
            "format": SESSION_FORMAT,
            "tree": {
                "id": self.tree.id,
                "version": self.tree.version,
                "sha256": self.tree.sha256,
            },
            "answers": [{"question": q, "answer": o} for q, o in self._answers],
            "kept": dict(self._kept),
            "confirmed": self._confirmed,
        }

    @classmethod
    def from_dict(cls, tree: Tree, data: Any, source: str = "sessie") -> TreeSession:
        """Rebuild a session by replaying its answers; Dutch error when they no longer fit."""
        if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
            raise InputFileError("dit is geen srg-guide-sessie", Location(source))
        tree_info = data.get("tree")
        if not isinstance(tree_info, dict) or tree_info.get("id") != tree.id:
            raise InputFileError(
                f'sessie hoort niet bij beslisboom "{tree.id}"', Location(source, None, "tree.id")
            )
        session = cls(tree)
        answers = data.get("answers") or []
        if not isinstance(answers, list):
            raise InputFileError("moet een lijst zijn", Location(source, None, "answers"))
        for index, item in enumerate(answers):
            where = Location(
                source, getattr(answers, "line_of", lambda _: None)(index), f"answers[{index}]"
            )
            if not isinstance(item, dict):
                raise InputFileError("moet question en answer hebben", where)
            node = session.current
            if node.id != item.get("question") or not any(
                o.id == item.get("answer") for o in node.choices
            ):
                changed = tree_info.get("sha256") != tree.sha256
                hint = " (de beslisboom is sinds het opslaan veranderd)" if changed else ""
                raise InputFileError(f"antwoord past niet meer bij de beslisboom{hint}", where)
            session.answer(str(item["answer"]))
        kept = data.get("kept") or {}
        if isinstance(kept, dict):
            session._kept = {str(k): str(v) for k, v in kept.items()}
        session._confirmed = bool(data.get("confirmed")) and session.outcome is not None
        return session

    def save(self, path: Path) -> None:
        """Write the session as a small YAML file (atomically)."""
        text = yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False)
        write_atomic(path, text, replaces_input=True)


def load_session(path: Path, tree: Tree) -> TreeSession:
    """Read a session file saved by ``TreeSession.save``."""
    return TreeSession.from_dict(tree, load_yaml(path), display_path(path))


def _cited(node: Question | Note, option_id: str) -> tuple[str, ...]:
    """The paragraphs the chosen answer rests on: the option's own, else the question's first."""
    if isinstance(node, Question):
        option = effective_option(node, option_id)
        if option is not None and option.guidelines:
            return option.guidelines
        return node.guidelines[:1]
    return node.guidelines


def _choice(node: Node, option_id: str) -> Option:
    for option in node.choices:
        if option.id == option_id:
            return option
    valid = ", ".join(o.id for o in node.choices) or "geen"
    raise SrgGuideError(
        "Onbekende keuze", f'"{option_id}" is geen keuze bij "{node.id}"; kies uit {valid}'
    )
