"""Turn a finished tree walk into a decision to store: the rationale JSON plus a few columns.

Coupling to the tree core is kept small on purpose: the rationale is stored as its own JSON
export, and only a handful of fields are read from it (with defaults when absent).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from srg_guide.register.basis import session_basis
from srg_guide.tree import build_rationale, to_json

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library
    from srg_guide.tree import CodeTable, TreeSession


@dataclass(frozen=True)
class DecisionDraft:
    """Everything a decision stores that comes from the walk."""

    rationale_json: str
    answers: tuple[tuple[str, str], ...]
    basis: tuple[tuple[str, str, str], ...]
    columns: dict[str, Any]


def _open_point(point: Any) -> str:
    if not isinstance(point, dict):
        return str(point)
    question = str(point.get("question") or point.get("question_id") or "")
    condition = point.get("condition")
    return f"{question} (mits {condition})" if condition else question


def _open_points(data: dict[str, Any]) -> list[str]:
    """The open points of a conditional outcome, else the questions answered "weet ik niet"."""
    points = [_open_point(p) for p in data.get("open_points") or []]
    return points or [str(q) for q in data.get("unresolved") or []]


def columns_from_rationale(data: dict[str, Any]) -> dict[str, Any]:
    """The few fields the register lists and checks against."""
    open_points = _open_points(data)
    counts = data.get("counts")
    return {
        "outcome_id": str(data.get("outcome_id", "")),
        "verdict": str(data.get("verdict", "")),
        "counts": counts if isinstance(counts, bool) else None,
        "level": data.get("level"),
        "type_code": data.get("code"),
        "type_name": data.get("code_name") or data.get("type_id") or None,
        "doel": data.get("doel"),
        "conditional": bool(data.get("conditional")) or bool(open_points) or counts is None,
        "open_points": json.dumps(open_points, ensure_ascii=False),
        "tree_id": str(data.get("tree_id", "")),
        "tree_version": str(data.get("tree_version", "")),
        "tree_sha256": str(data.get("tree_sha256", "")),
    }


def draft_from_session(
    session: TreeSession, codes: CodeTable | None = None, library: Library | None = None
) -> DecisionDraft:
    """The draft of a session that reached an outcome."""
    rationale_json = to_json(build_rationale(session, codes, library=library))
    answers = tuple(
        (str(item["question"]), str(item["answer"])) for item in session.to_dict()["answers"]
    )
    return DecisionDraft(
        rationale_json=rationale_json,
        answers=answers,
        basis=tuple(session_basis(session, library)),
        columns=columns_from_rationale(json.loads(rationale_json)),
    )
