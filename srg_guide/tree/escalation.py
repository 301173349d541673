"""Escalation note: the open points of a walk, to hand to a colleague or to the CBS.

It lists every open point (question, answer, condition, the outcome under each
alternative, whom to ask), all answers given, the free-text remark and the tree
version. Built from a Rationale, exported in the same formats (md, txt, json).
"""

from __future__ import annotations

import json
from typing import Any

from srg_guide.tree.rationale import (
    RATIONALE_FORMATS,
    Rationale,
    doel_line,
    moment_text,
    open_point_dict,
    open_point_lines,
    tree_line,
)

ESCALATION_FORMATS = RATIONALE_FORMATS
NO_OPEN_POINTS = "Geen open punten: de uitkomst hangt van geen onzeker antwoord af."


def needs_escalation(r: Rationale) -> bool:
    """True when the outcome depends on an open point, or could not be decided."""
    return bool(r.open_points) or r.counts is None


def _header(r: Rationale) -> list[str]:
    lines = []
    if r.case_reference:
        lines.append(f"Dossier: {r.case_reference}")
    lines += [
        f"Datum: {moment_text(r)}",
        f"Uitkomst nu: {r.summary}",
    ]
    if r.doel:
        lines.append(f"Doel inzet: {doel_line(r)}")
    if r.asks:
        lines.append(f"Vraag het na bij: {'; '.join(r.asks)}")
    return lines


def to_markdown(r: Rationale) -> str:
    """Markdown, for an e-mail or a case file."""
    lines = [f"# Escalatienotitie: {r.verdict}", ""]
    lines += [f"- {line}" for line in _header(r)]
    lines += ["", "## Open punten", ""]
    if r.open_points:
        for index in range(len(r.open_points)):
            lines += open_point_lines(r, index, sub="  - ")
    else:
        lines.append(NO_OPEN_POINTS)
    lines += ["", "## Alle antwoorden", ""]
    for number, step in enumerate(r.steps, 1):
        answer = "gelezen" if step.is_note else step.answer
        lines.append(f"{number}. {step.text}  \n   **{answer}**")
    lines += ["", "## Opmerking", "", r.note or "(geen)"]
    lines += [
        "",
        tree_line(r),
        "",
    ]
    return "\n".join(lines)


def to_text(r: Rationale) -> str:
    """Plain text."""
    lines = [f"Escalatienotitie: {r.verdict}", *_header(r), "Open punten:"]
    if r.open_points:
        for index in range(len(r.open_points)):
            lines += open_point_lines(r, index, "  ")
    else:
        lines.append(f"  {NO_OPEN_POINTS}")
    lines.append("Alle antwoorden:")
    for number, step in enumerate(r.steps, 1):
        answer = "gelezen" if step.is_note else step.answer
        lines.append(f"  {number}. {step.text} -> {answer}")
    lines.append(f"Opmerking: {r.note or '(geen)'}")
    lines.append(f"Beslisboom {r.tree_id} versie {r.tree_version}, sha256 {r.tree_sha256[:12]}")
    return "\n".join(lines) + "\n"


def to_dict(r: Rationale) -> dict[str, Any]:
    """Plain data (what to_json writes)."""
    return {
        "format": "srg-guide-escalatie",
        "tree": {"id": r.tree_id, "version": r.tree_version, "sha256": r.tree_sha256},
        "time": r.time.isoformat(),
        "case_reference": r.case_reference,
        "outcome_id": r.outcome_id,
        "summary": r.summary,
        "counts": r.counts,
        "doel": r.doel,
        "doel_condition": r.doel_condition,
        "doel_alternatives": list(r.doel_alternatives),
        "ask": list(r.asks),
        "open_points": [open_point_dict(r, i) for i in range(len(r.open_points))],
        "answers": [
            {
                "question_id": s.node_id,
                "question": s.text,
                "answer_id": s.option_id,
                "answer": s.answer,
            }
            for s in r.steps
            if not s.is_note
        ],
        "note": r.note,
    }


def to_json(r: Rationale) -> str:
    """JSON, for other tools."""
    return json.dumps(to_dict(r), ensure_ascii=False, indent=2) + "\n"


def render_escalation(r: Rationale, fmt: str) -> str:
    """Render the escalation note in one of ESCALATION_FORMATS."""
    renderers = {"md": to_markdown, "txt": to_text, "json": to_json}
    return renderers[fmt](r)
