"""A module's markdown as shown to readers: body plus the tree questions that cite it.

A question citing a paragraph (``module#anchor``) is named at the end of that paragraph;
a question citing the whole module is named in a closing section.
"""

from __future__ import annotations

from dataclasses import replace

from srg_guide.guidelines.citations import Citations, Question
from srg_guide.guidelines.model import Module
from srg_guide.guidelines.sections import line_span

USED_IN_HEADING = "Gebruikt in de beslisboom"
NODE_LABELS = {"question": "vraag", "note": "uitleg", "outcome": "uitkomst"}


def node_label(question: Question) -> str:
    """ "vraag", "uitleg" or "uitkomst": what kind of tree node cites a module."""
    return NODE_LABELS.get(question.kind, "vraag")


def cites_whole_module(question: Question, module_id: str) -> bool:
    """Whether ``question`` cites ``module_id`` without an anchor."""
    return any(r.module_id == module_id and r.anchor is None for r in question.guidelines)


def _link_text(text: str) -> str:
    """Question text made safe as markdown link text."""
    flat = " ".join(text.split())
    return flat.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def paragraph_notes(questions: list[Question]) -> list[str]:
    """Markdown paragraphs "*Gebruikt in vraag:* [tekst](vraag:id)", one per distinct text.

    Questions with the same text (such as the doel questions after each type) share a line.
    """
    groups: dict[tuple[str, str], list[Question]] = {}
    for question in questions:
        groups.setdefault((question.kind, " ".join(question.text.split())), []).append(question)
    notes = []
    for same in groups.values():
        first = same[0]
        times = f" ({len(same)} keer in de beslisboom)" if len(same) > 1 else ""
        label = node_label(first)
        notes.append(f"*Gebruikt in {label}:* [{_link_text(first.text)}](vraag:{first.id}){times}")
    return notes


def annotated_text(module: Module, citations: Citations) -> str:
    """The module's full text with the citing questions at the end of each cited paragraph."""
    lines = module.text.splitlines()
    for section in sorted(module.sections, key=lambda s: s.line, reverse=True):
        notes = paragraph_notes(citations.cited_by(module.id, section.anchor))
        if not notes:
            continue
        first, end = line_span(module, section)
        while end > first and not lines[end - 1].strip():
            end -= 1
        block = [""] + [line for note in notes for line in (note, "")]
        lines[end:end] = block[:-1]
    return "\n".join(lines) + "\n"


def used_in_lines(module: Module, citations: Citations) -> list[str]:
    """Markdown list items "gebruikt in vraag ..." for questions citing the whole module."""
    return [
        f"- gebruikt in {node_label(question)} [{_link_text(question.text)}](vraag:{question.id})"
        for question in citations.cited_by(module.id)
        if cites_whole_module(question, module.id)
    ]


def module_markdown(
    module: Module, citations: Citations | None, *, closing_section: bool = True
) -> str:
    """The body of ``module`` with its citing questions at their paragraphs.

    With ``closing_section`` the questions citing the whole module follow in a last section.
    """
    if citations is None:
        return module.body.rstrip() + "\n"
    body = replace(module, text=annotated_text(module, citations)).body.rstrip() + "\n"
    lines = used_in_lines(module, citations) if closing_section else []
    if lines:
        body += f"\n## {USED_IN_HEADING}\n\n" + "\n".join(lines) + "\n"
    return body
