"""Rationale: why a walk ended where it did, as Markdown, plain text or JSON.

``build_rationale(session, codes, on=date, case_reference=..., library=...)`` collects
the path (question, answer, cited guideline paragraphs), the verdict, code and name,
doel, date, the optional case reference and the tree id, version and sha256. With a
guideline library each cited ``module#anchor`` is shown by its title ("Module – Kop").
A BSN in the case reference is masked.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from srg_guide.privacy import mask_bsns_in_text
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.session import Step, TreeSession


class Library(Protocol):
    """What a rationale needs of the guideline library: a paragraph's title."""

    def title_of(self, reference: str) -> str: ...


RATIONALE_FORMATS = ("md", "txt", "json")


@dataclass(frozen=True)
class Rationale:
    """Everything needed to explain and later check one classification."""

    tree_id: str
    tree_title: str
    tree_version: str
    tree_sha256: str
    date: dt.date
    steps: tuple[Step, ...]
    outcome_id: str
    verdict: str
    counts: bool | None
    level: str | None
    code: str | None
    code_name: str
    code_confirmed: bool | None
    doel: str | None
    doel_name: str
    explanation: str
    guidelines: tuple[str, ...]
    unresolved: tuple[str, ...]
    confirmed: bool
    case_reference: str | None = None
    guideline_titles: dict[str, str] = field(default_factory=dict)

    @property
    def counts_label(self) -> str:
        """Ja, nee or onbekend."""
        return {True: "ja", False: "nee"}.get(self.counts, "onbekend")  # type: ignore[arg-type]

    def cited(self, references: tuple[str, ...]) -> str:
        """The cited paragraphs by title ("Module – Kop"), or by reference without a library."""
        return "; ".join(self.guideline_titles.get(ref, ref) for ref in references)


def build_rationale(
    session: TreeSession,
    codes: CodeTable | None = None,
    *,
    on: dt.date | None = None,
    case_reference: str | None = None,
    library: Library | None = None,
) -> Rationale:
    """The rationale of a session that has reached an outcome."""
    outcome = session.outcome
    if outcome is None:
        raise ValueError("session has no outcome yet")
    entry = codes.codes.get(outcome.code or "") if codes else None
    titles: dict[str, str] = {}
    if library is not None:
        cited = [ref for step in session.steps for ref in step.guidelines]
        titles = {ref: library.title_of(ref) for ref in (*cited, *outcome.guidelines)}
    return Rationale(
        tree_id=session.tree.id,
        tree_title=session.tree.title,
        tree_version=session.tree.version,
        tree_sha256=session.tree.sha256,
        date=on or dt.date.today(),
        steps=tuple(session.steps),
        outcome_id=outcome.id,
        verdict=outcome.title,
        counts=outcome.counts,
        level=outcome.level,
        code=outcome.code,
        code_name=entry.name if entry else "",
        code_confirmed=entry.confirmed if entry else None,
        doel=outcome.doel,
        doel_name=codes.doel_name(outcome.doel) if codes else "",
        explanation=outcome.explanation,
        guidelines=outcome.guidelines,
        unresolved=tuple(q.text for q in session.unresolved),
        confirmed=session.verdict is not None,
        case_reference=mask_bsns_in_text(case_reference) if case_reference else None,
        guideline_titles=titles,
    )


def _code_line(r: Rationale) -> str:
    if not r.code:
        return "geen"
    text = f"{r.code} {r.code_name}".strip()
    return text + (
        " (aanname srg-guide, niet bevestigd door het CBS)" if r.code_confirmed is False else ""
    )


def _doel_line(r: Rationale) -> str:
    return f"{r.doel} {r.doel_name}".strip() if r.doel else "geen"


def to_markdown(r: Rationale) -> str:
    """Markdown, for a case file or an e-mail to a colleague."""
    lines = [f"# Onderbouwing: {r.verdict}", ""]
    if r.case_reference:
        lines.append(f"- Dossier: {r.case_reference}")
    lines += [
        f"- Datum: {r.date.isoformat()}",
        f"- Telt mee voor de SRG: {r.counts_label}",
        f"- Type voorziening: {_code_line(r)}",
        f"- Doel inzet: {_doel_line(r)}",
    ]
    if r.level:
        lines.append(f"- Niveau: {r.level}")
    if not r.confirmed:
        lines.append("- Status: nog niet bevestigd")
    lines += ["", r.explanation, "", "## Pad", ""] if r.explanation else ["", "## Pad", ""]
    for number, step in enumerate(r.steps, 1):
        cited = f" (richtlijn: {r.cited(step.guidelines)})" if step.guidelines else ""
        answer = "gelezen" if step.is_note else f"**{step.answer}**"
        lines.append(f"{number}. {step.text}  \n   {answer}{cited}")
    if r.unresolved:
        lines += ["", "## Open vragen", ""] + [f"- {q}" for q in r.unresolved]
    if r.guidelines:
        lines += ["", f"Richtlijnen bij de uitkomst: {r.cited(r.guidelines)}"]
    lines += [
        "",
        f"Beslisboom: {r.tree_title} ({r.tree_id} versie {r.tree_version}, sha256 {r.tree_sha256})",
        "",
    ]
    return "\n".join(lines)


def to_text(r: Rationale) -> str:
    """Plain text, for the terminal and logs."""
    lines = [f"Uitkomst: {r.verdict}"]
    if r.case_reference:
        lines.append(f"Dossier: {r.case_reference}")
    lines += [
        f"Telt mee: {r.counts_label}",
        f"Type voorziening: {_code_line(r)}",
        f"Doel inzet: {_doel_line(r)}",
    ]
    if r.level:
        lines.append(f"Niveau: {r.level}")
    if r.explanation:
        lines.append(r.explanation)
    lines.append("Pad:")
    for number, step in enumerate(r.steps, 1):
        cited = f" [{r.cited(step.guidelines)}]" if step.guidelines else ""
        answer = "gelezen" if step.is_note else step.answer
        lines.append(f"  {number}. {step.text} -> {answer}{cited}")
    if r.unresolved:
        lines.append("Open vragen:")
        lines += [f"  - {q}" for q in r.unresolved]
    lines.append(
        f"Datum {r.date.isoformat()}; beslisboom {r.tree_id} versie {r.tree_version}, "
        f"sha256 {r.tree_sha256[:12]}"
    )
    return "\n".join(lines) + "\n"


def to_dict(r: Rationale) -> dict[str, Any]:
    """Plain data (what to_json writes)."""
    data = asdict(r)
    data["date"] = r.date.isoformat()
    data["steps"] = [
        {
            "question_id": s.node_id,
            "question": s.text,
            "answer_id": s.option_id,
            "answer": s.answer,
            "guidelines": list(s.guidelines),
            "note": s.is_note,
        }
        for s in r.steps
    ]
    data["guidelines"] = list(r.guidelines)
    data["unresolved"] = list(r.unresolved)
    return data


def to_json(r: Rationale) -> str:
    """JSON, for other tools."""
    return json.dumps(to_dict(r), ensure_ascii=False, indent=2) + "\n"


def render(r: Rationale, fmt: str) -> str:
    """Render in one of RATIONALE_FORMATS."""
    renderers = {"md": to_markdown, "txt": to_text, "json": to_json}
    return renderers[fmt](r)


def format_for(path: Path) -> str:
    """Rationale format from a file name: .json, .txt, otherwise Markdown."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in ("json", "txt") else "md"
