"""A stored decision as plain text lines, read from its rationale JSON (CLI and app alike).

Reading the stored JSON, not rebuilding the tree core's Rationale, keeps old decisions
readable whatever the tree core adds to its rationale later.
"""

from __future__ import annotations

from srg_guide.register.model import DOEL_PER_PERSON, Decision, Entry


def decision_lines(d: Decision) -> list[str]:
    """Outcome, type, doel, who and when, open points, then the path with its citations."""
    data = d.rationale
    type_text = data.get("code_text") or " ".join(
        part for part in (d.type_code, d.type_name) if part
    )
    doel_text = " ".join(part for part in (d.doel, data.get("doel_name")) if part)
    if doel_text and not d.doel_fixed:
        doel_text = f"{DOEL_PER_PERSON} (bij deze beoordeling: {doel_text})"
    lines = [
        d.verdict,
        f"Telt mee: {d.counts_label}",
        f"Type voorziening: {type_text or 'geen'}",
        f"Doel inzet: {doel_text or 'geen'}",
    ]
    if d.level:
        lines.append(f"Niveau: {d.level}")
    lines += [f"Open punt: {point}" for point in d.open_points]
    who = f" door {d.decided_by}" if d.decided_by else ""
    lines.append(f"Beslist op {d.decided_at:%d-%m-%Y %H:%M}{who}")
    if d.note:
        lines.append(f"Notitie: {d.note}")
    lines += ["", "Onderbouwing:"]
    titles = data.get("guideline_titles") or {}
    for number, step in enumerate(data.get("steps") or [], 1):
        cited = "; ".join(titles.get(ref, ref) for ref in step.get("guidelines") or [])
        answer = "gelezen" if step.get("note") else step.get("answer", "")
        lines.append(f"  {number}. {step.get('question', '')} -> {answer}")
        if cited:
            lines.append(f"     richtlijn: {cited}")
    if data.get("explanation"):
        lines += ["", str(data["explanation"])]
    lines += ["", f"({d.reference})"]
    return lines


def entry_lines(entry: Entry) -> list[str]:
    """An entry: code, name, catalogue data, status with what changed, then its decision."""
    lines = [f"{entry.lokale_code}: {entry.naam}"]
    for label, value in (
        ("Omschrijving", entry.omschrijving),
        ("Uitvoerder", entry.uitvoerder),
        ("Budget", entry.budget),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if not entry.in_catalogue:
        lines.append("Staat niet meer in de catalogus (beslissingen blijven bewaard).")
    lines.append(f"Status: {entry.status}")
    lines += [f"  - {reason}" for reason in entry.stale_reasons]
    if entry.decision is None:
        lines.append("Nog niet beoordeeld.")
        return lines
    return [*lines, "", *decision_lines(entry.decision)]
