"""A module's markdown as shown to readers: body plus the tree questions that cite it."""

from __future__ import annotations

from srg_guide.guidelines.citations import Citations
from srg_guide.guidelines.model import Module

USED_IN_HEADING = "Gebruikt in de beslisboom"


def used_in_lines(module: Module, citations: Citations) -> list[str]:
    """Markdown list items "gebruikt in vraag ..." for the module and each cited paragraph."""
    lines: list[str] = []
    for question in citations.cited_by(module.id):
        paragraphs = sorted(
            {
                ref.anchor
                for ref in question.guidelines
                if ref.module_id == module.id and ref.anchor is not None
            }
        )
        titles = [s.title for s in module.sections if s.anchor in paragraphs]
        where = f" (bij: {', '.join(titles)})" if titles else ""
        lines.append(f"- gebruikt in vraag [{question.text}](vraag:{question.id}){where}")
    return lines


def module_markdown(module: Module, citations: Citations | None) -> str:
    """The body of ``module`` with a closing section listing the questions that cite it."""
    body = module.body.rstrip() + "\n"
    lines = used_in_lines(module, citations) if citations else []
    if lines:
        body += f"\n## {USED_IN_HEADING}\n\n" + "\n".join(lines) + "\n"
    return body
