"""Rationale: why a walk ended where it did, as Markdown, plain text or JSON.

``build_rationale(session, codes, on=date_or_datetime, case_reference=..., library=..., note=...)``
collects the path (question, answer, the guideline paragraphs of the chosen answer), the
verdict with its type, code (or why there is none) and doel, the warnings that apply, the
open points with the outcome under each alternative, the time, an optional free-text note
and the tree id, version and sha256. ``summary`` is the one-sentence verdict, conditional
where an open point changes it. A BSN in the case reference or note is masked.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from srg_guide.privacy import mask_bsns_in_text
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.conditional import Alternative, OpenPoint
from srg_guide.tree.model import Outcome
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
    time: dt.datetime
    steps: tuple[Step, ...]
    outcome_id: str
    verdict: str
    headline: str
    summary: str
    counts: bool | None
    level: str | None
    type_id: str | None
    code: str | None
    code_name: str
    code_text: str
    code_source: str | None
    doel: str | None
    doel_name: str
    explanation: str
    warnings: tuple[str, ...]
    guidelines: tuple[str, ...]
    unresolved: tuple[str, ...]
    open_points: tuple[OpenPoint, ...]
    conditional: bool
    action: str | None
    confirmed: bool
    case_reference: str | None = None
    note: str | None = None
    guideline_titles: dict[str, str] = field(default_factory=dict)
    phrases: tuple[tuple[str, ...], ...] = ()
    doel_condition: str | None = None
    doel_alternatives: tuple[str, ...] = ()

    @property
    def counts_label(self) -> str:
        """Ja, nee or onbekend; for a traject: not as one record."""
        if self.action:
            return "niet als één record: lever elk onderdeel apart"
        return {True: "ja", False: "nee"}.get(self.counts, "onbekend")  # type: ignore[arg-type]

    @property
    def verdict_line(self) -> str:
        """The headline, followed by the one-sentence summary when that adds something."""
        if self.summary.startswith(self.headline.rstrip(".")):
            return self.summary
        return f"{self.headline}. {self.summary}"

    @property
    def code_confirmed(self) -> bool | None:
        """True for a CBS-confirmed code, False for an organisation's or a missing one."""
        return None if self.type_id is None else self.code_source == "cbs"

    @property
    def asks(self) -> tuple[str, ...]:
        """Whom to ask, once each, in the order of the open points."""
        return tuple(dict.fromkeys(p.ask for p in self.open_points))

    def cited(self, references: tuple[str, ...]) -> str:
        """The cited paragraphs by title ("Module – Kop"), or by reference without a library."""
        return "; ".join(self.guideline_titles.get(ref, ref) for ref in references)

    def alternatives(self, index: int) -> list[tuple[Alternative, str]]:
        """The alternatives of open point ``index``, each with its outcome in words."""
        return list(zip(self.open_points[index].alternatives, self.phrases[index], strict=True))


def verdict_phrase(outcome: Outcome | None, doel: str | None, codes: CodeTable | None) -> str:
    """The outcome in a sentence: "telt het mee als Training (code 42), doel 1 Re-integratie"."""
    if outcome is None:
        return "is het nog niet te beslissen (nog een vraag open)"
    if outcome.counts is True:
        entry = codes.get(outcome.type) if codes else None
        kind = entry.label if entry else (outcome.type or "")
        doel_text = f"{doel} {codes.doel_name(doel)}".strip() if codes and doel else doel
        return f"telt het mee als {kind}" + (f", doel {doel_text}" if doel_text else "")
    if outcome.counts is False:
        if outcome.verdict:
            return outcome.verdict[0].lower() + outcome.verdict[1:]
        return f"telt het niet mee, omdat {outcome.why_not}"
    return "is het nog niet te beslissen"


def _otherwise_phrases(
    outcome: Outcome, doel: str | None, points: list[OpenPoint], codes: CodeTable | None
) -> tuple[list[str], list[str]]:
    """What the alternatives give instead: reasons it would not count, and other outcomes."""
    actual = verdict_phrase(outcome, doel, codes)
    reasons: list[str] = []
    others: list[str] = []
    for point in points:
        for alternative in point.alternatives:
            if alternative.outcome is None:
                continue  # still open: listed with the open point, says nothing here
            phrase = verdict_phrase(alternative.outcome, alternative.doel, codes)
            if phrase == actual:
                continue
            if alternative.outcome is outcome and outcome.counts and alternative.doel:
                phrase = f"telt het mee met doel {_doel_text(alternative.doel, codes)}"  # doel only
            elif _shows_assumed_doel(alternative):
                phrase += DOEL_ASSUMED
            if alternative.outcome.counts is False and not alternative.outcome.verdict:
                reason = f"omdat {alternative.outcome.why_not}"
                if reason not in reasons:
                    reasons.append(reason)
            elif phrase not in others:
                others.append(phrase)
    return reasons, others


def _summary(
    outcome: Outcome, doel: str | None, points: list[OpenPoint], codes: CodeTable | None
) -> str:
    main = verdict_phrase(outcome, doel, codes).replace("telt het ", "telt ", 1)
    main = main[0].upper() + main[1:]
    if outcome.counts is None:
        asked = "; ".join(f"„{p.question}”" for p in points if p.assumed is None and p.is_unknown)
        main = (
            f"Nog niet te beslissen: het hangt af van het antwoord op {asked or 'een open vraag'}"
        )
        points = [p for p in points if p.assumed is not None or not p.is_unknown] or points
    if not points:
        return main + "."
    conditions = " en ".join(p.condition for p in points if p.assumed or not p.is_unknown)
    reasons, others = _otherwise_phrases(outcome, doel, points, codes)
    if reasons:
        others.insert(0, "telt het niet mee, " + ", of ".join(reasons))
    text = main + (f" — mits {conditions}" if conditions else "")
    if others:
        joiner = ". Per antwoord: " if outcome.counts is None else "; anders "
        text += joiner + "; of ".join(others)
    return text + "."


def alternative_phrase(alternative: Alternative, codes: CodeTable | None) -> str:
    """An alternative's outcome in words; when still open, the question it stops at."""
    if alternative.outcome is None and alternative.open_question:
        return f"is het nog niet te beslissen (nog open: „{alternative.open_question}”)"
    phrase = verdict_phrase(alternative.outcome, alternative.doel, codes)
    return phrase + DOEL_ASSUMED if _shows_assumed_doel(alternative) else phrase


DOEL_ASSUMED = " (doel aangenomen: niet bekend)"


def _shows_assumed_doel(alternative: Alternative) -> bool:
    outcome = alternative.outcome
    return bool(alternative.doel_assumed and alternative.doel and outcome and outcome.counts)


def _doel_depends(doel: str | None, points: list[OpenPoint]) -> tuple[str | None, list[str]]:
    """The condition the doel inzet rests on and the other doel values, when an open point
    could change it (such as "weet ik niet" at the doel question)."""
    conditions: list[str] = []
    others: list[str] = []
    for point in points:
        changed = [
            a.doel
            for a in point.alternatives
            if a.outcome is not None and a.outcome.counts and a.doel and a.doel != doel
        ]
        if changed and doel:
            conditions.append(point.condition)
            others += [d for d in changed if d not in others]
    return (" en ".join(conditions) or None), others


def _doel_text(doel: str, codes: CodeTable | None) -> str:
    return f"{doel} {codes.doel_name(doel)}".strip() if codes else doel


def _warnings(
    outcome: Outcome, doel: str | None, others: list[str], codes: CodeTable | None
) -> tuple[str, ...]:
    """The outcome's warnings for this doel, and those for another possible doel as "Als ..."."""
    warnings = outcome.warnings_for(doel)
    for other in others:
        warnings += [
            f"Als het doel inzet {_doel_text(other, codes)} is: {w.text}"
            for w in outcome.warnings
            if w.doel == other
        ]
    return tuple(warnings)


def build_rationale(
    session: TreeSession,
    codes: CodeTable | None = None,
    *,
    on: dt.date | dt.datetime | None = None,
    case_reference: str | None = None,
    library: Library | None = None,
    note: str | None = None,
) -> Rationale:
    """The rationale of a session that has reached an outcome."""
    outcome = session.outcome
    if outcome is None:
        raise ValueError("session has no outcome yet")
    moment = on if isinstance(on, dt.datetime) else None
    if moment is None:
        now = dt.datetime.now().replace(microsecond=0)
        moment = dt.datetime.combine(on, now.time()) if on else now
    entry = codes.get(outcome.type) if codes and outcome.type else None
    doel = session.doel if outcome.counts else None
    points = session.open_points
    doel_condition, other_doelen = _doel_depends(doel, points)
    phrases = tuple(tuple(alternative_phrase(a, codes) for a in p.alternatives) for p in points)
    titles: dict[str, str] = {}
    if library is not None:
        cited = [ref for step in session.steps for ref in step.guidelines]
        titles = {ref: library.title_of(ref) for ref in (*cited, *outcome.guidelines)}
    return Rationale(
        tree_id=session.tree.id,
        tree_title=session.tree.title,
        tree_version=session.tree.version,
        tree_sha256=session.tree.sha256,
        date=moment.date(),
        time=moment,
        steps=tuple(session.steps),
        outcome_id=outcome.id,
        verdict=outcome.title,
        headline=outcome.headline,
        summary=_summary(outcome, doel, points, codes),
        counts=outcome.counts,
        level=outcome.level,
        type_id=outcome.type,
        code=entry.code if entry else None,
        code_name=entry.name if entry else (outcome.type or ""),
        code_text=entry.code_text if entry else "",
        code_source=entry.code_source if entry else None,
        doel=doel,
        doel_name=codes.doel_name(doel) if codes and doel else "",
        explanation=outcome.explanation,
        warnings=_warnings(outcome, doel, other_doelen, codes),
        guidelines=outcome.guidelines,
        unresolved=tuple(q.text for q in session.unresolved),
        open_points=tuple(points),
        conditional=bool(points),
        action=outcome.action,
        confirmed=session.verdict is not None,
        case_reference=mask_bsns_in_text(case_reference) if case_reference else None,
        note=mask_bsns_in_text(note) if note else None,
        guideline_titles=titles,
        phrases=phrases,
        doel_condition=doel_condition,
        doel_alternatives=tuple(_doel_text(d, codes) for d in other_doelen),
    )


def _conditional_mark(r: Rationale) -> str:
    return " (voorwaardelijk)" if r.conditional and r.counts is not None else ""


def type_line(r: Rationale) -> str:
    """The type with its code, or the reason there is no code."""
    if not r.type_id:
        return "geen"
    if r.code is None:
        return f"{r.code_name}; code {r.code_text}"
    suffix = " (ingesteld door uw organisatie)" if r.code_source == "organisatie" else ""
    return f"{r.code} {r.code_name}{suffix}"


def doel_line(r: Rationale) -> str:
    """Doel inzet with its name, or "geen"; conditional when an open point could change it."""
    if not r.doel:
        return "geen"
    text = f"{r.doel} {r.doel_name}".strip()
    if r.doel_condition:
        others = " of ".join(r.doel_alternatives)
        text += f" (voorwaardelijk: mits {r.doel_condition}; anders {others})"
    return text


def moment_text(r: Rationale) -> str:
    """Date and time as DD-MM-JJJJ UU:MM."""
    return r.time.strftime("%d-%m-%Y %H:%M")


def open_point_lines(r: Rationale, index: int, indent: str = "", sub: str = "  ") -> list[str]:
    """One open point: the question, the answer, the condition, the alternatives, whom to ask.

    ``sub`` starts each detail line: two spaces in text, "  - " for a Markdown sub-list.
    """
    point = r.open_points[index]
    details = [f"Antwoord: {point.answer}"]
    if point.assumed:
        details.append(f"Aangenomen: {point.assumed}")
    details.append(f"Voorwaarde: mits {point.condition}")
    details += [f"Bij '{a.label}': {phrase}" for a, phrase in r.alternatives(index)]
    details.append(f"Vraag het na bij: {point.ask}")
    return [f"{indent}- {point.question}", *(f"{indent}{sub}{line}" for line in details)]


def to_markdown(r: Rationale) -> str:
    """Markdown, for a case file or an e-mail to a colleague."""
    head = r.headline.rstrip(".")
    lines = [f"# Onderbouwing: {r.verdict}", "", r.verdict_line.replace(head, f"**{head}**", 1), ""]
    if r.case_reference:
        lines.append(f"- Dossier: {r.case_reference}")
    lines += [
        f"- Datum: {moment_text(r)}",
        f"- Telt mee voor de SRG: {r.counts_label}"
        + (" (voorwaardelijk)" if r.conditional else ""),
        f"- Type voorziening: {type_line(r)}",
        f"- Doel inzet: {doel_line(r)}",
    ]
    if r.level:
        lines.append(f"- Niveau: {r.level}")
    if not r.confirmed:
        lines.append("- Status: nog niet bevestigd")
    lines += ["", r.explanation] if r.explanation else []
    if r.warnings:
        lines += ["", "## Let op", ""] + [f"- {w}" for w in r.warnings]
    lines += ["", "## Pad", ""]
    for number, step in enumerate(r.steps, 1):
        cited = f" (richtlijn: {r.cited(step.guidelines)})" if step.guidelines else ""
        answer = "gelezen" if step.is_note else f"**{step.answer}**"
        lines.append(f"{number}. {step.text}  \n   {answer}{cited}")
    if r.open_points:
        lines += ["", "## Open punten", ""]
        for index in range(len(r.open_points)):
            lines += open_point_lines(r, index, sub="  - ")
    if r.note:
        lines += ["", "## Opmerking", "", r.note]
    if r.guidelines:
        lines += ["", f"Richtlijnen bij de uitkomst: {r.cited(r.guidelines)}"]
    lines += [
        "",
        tree_line(r),
        "",
    ]
    return "\n".join(lines)


def tree_line(r: Rationale) -> str:
    """Which tree decided: title, id, version and fingerprint."""
    version = f"{r.tree_id} versie {r.tree_version}, sha256 {r.tree_sha256}"
    return f"Beslisboom: {r.tree_title} ({version})"


def to_text(r: Rationale) -> str:
    """Plain text, for the terminal and logs."""
    lines = [f"Uitkomst: {r.verdict}", r.verdict_line]
    if r.case_reference:
        lines.append(f"Dossier: {r.case_reference}")
    lines += [
        f"Telt mee: {r.counts_label}{_conditional_mark(r)}",
        f"Type voorziening: {type_line(r)}",
        f"Doel inzet: {doel_line(r)}",
    ]
    if r.level:
        lines.append(f"Niveau: {r.level}")
    if r.explanation:
        lines.append(r.explanation)
    lines += [f"Let op: {w}" for w in r.warnings]
    lines.append("Pad:")
    for number, step in enumerate(r.steps, 1):
        cited = f" [{r.cited(step.guidelines)}]" if step.guidelines else ""
        answer = "gelezen" if step.is_note else step.answer
        lines.append(f"  {number}. {step.text} -> {answer}{cited}")
    if r.open_points:
        lines.append("Open punten:")
        for index in range(len(r.open_points)):
            lines += open_point_lines(r, index, "  ")
    if r.note:
        lines.append(f"Opmerking: {r.note}")
    lines.append(
        f"Datum {moment_text(r)}; beslisboom {r.tree_id} versie {r.tree_version}, "
        f"sha256 {r.tree_sha256[:12]}"
    )
    return "\n".join(lines) + "\n"


def open_point_dict(r: Rationale, index: int) -> dict[str, Any]:
    """Plain data for one open point."""
    point = r.open_points[index]
    return {
        "question_id": point.question_id,
        "question": point.question,
        "answer": point.answer,
        "assumed": point.assumed,
        "condition": point.condition,
        "ask": point.ask,
        "alternatives": [
            {
                "answer_id": a.option_id,
                "answer": a.label,
                "outcome_id": a.outcome.id if a.outcome else None,
                "counts": a.outcome.counts if a.outcome else None,
                "type": a.outcome.type if a.outcome else None,
                "doel": a.doel if a.outcome and a.outcome.counts else None,
                "outcome": phrase,
                "assumed_questions": list(a.assumed_questions),
            }
            for a, phrase in r.alternatives(index)
        ],
    }


def to_dict(r: Rationale) -> dict[str, Any]:
    """Plain data (what to_json writes)."""
    data = asdict(r)
    del data["phrases"]
    data["date"] = r.date.isoformat()
    data["time"] = r.time.isoformat()
    data["code_confirmed"] = r.code_confirmed
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
    data["warnings"] = list(r.warnings)
    data["unresolved"] = list(r.unresolved)
    data["open_points"] = [open_point_dict(r, i) for i in range(len(r.open_points))]
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
