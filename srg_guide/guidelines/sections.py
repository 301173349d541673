"""The paragraph a ``module#anchor`` reference cites: its title, markdown and plain text.

A paragraph is a heading with the text under it, up to the next heading of any level.
A reference without an anchor cites the module's opening: the text under its title.
"""

from __future__ import annotations

from dataclasses import dataclass

from srg_guide.guidelines.markdown import make_parser, plain_text
from srg_guide.guidelines.model import Module, Section

TITLE_SEPARATOR = " – "


@dataclass(frozen=True)
class Paragraph:
    """What a reference cites; ``section`` is None when it cites the whole module."""

    reference: str
    module: Module
    section: Section | None

    @property
    def title(self) -> str:
        """ "Module – Kop" for a paragraph, the module title for a whole module."""
        if self.section is None:
            return self.module.title
        return f"{self.module.title}{TITLE_SEPARATOR}{self.section.title}"

    @property
    def markdown(self) -> str:
        """The markdown under the heading, without the heading itself."""
        first, end = line_span(self.module, self.section)
        lines = self.module.text.splitlines()[first:end]
        return "\n".join(lines).strip("\n") + "\n"

    @property
    def text(self) -> str:
        """The paragraph as plain text, for a terminal or a screen reader."""
        return markdown_as_text(self.markdown)

    @property
    def excerpt(self) -> str:
        """The first paragraph as plain text; the module summary for a whole module."""
        if self.section is None:
            return self.module.summary
        tokens = make_parser().parse(self.markdown)
        for index, token in enumerate(tokens[1:], 1):
            if token.type == "inline" and tokens[index - 1].type == "paragraph_open":
                return plain_text(token)
        return self.module.summary


def line_span(module: Module, section: Section | None) -> tuple[int, int]:
    """0-based [first, end) lines of ``module.text`` under ``section`` (or under the title)."""
    if section is None:
        section = next((s for s in module.sections if s.level == 1), None)
    first = section.line if section else _body_start(module)
    following = [s.line - 1 for s in module.sections if s.line - 1 >= first]
    return first, min(following, default=len(module.text.splitlines()))


def _body_start(module: Module) -> int:
    """0-based line where the markdown starts, after the front matter."""
    if not module.text.startswith("---"):
        return 0
    end = module.text.find("\n---", 3)
    return module.text[: end + 4].count("\n") + 1 if end >= 0 else 0


def markdown_as_text(markdown: str) -> str:
    """Plain text: a block a line, blank lines between blocks, "- " before list items."""
    lines: list[str] = []
    marker = ""
    row: list[str] | None = None
    for token in make_parser().parse(markdown):
        starts_block = token.nesting == 1 and (
            token.level == 0 or (token.type == "paragraph_open" and not token.hidden)
        )
        if starts_block and lines and lines[-1] and not marker:
            lines.append("")
        if token.type == "list_item_open":
            bullet = f"{token.info}{token.markup}" if token.info else "-"
            marker = "  " * (token.level // 2) + bullet + " "
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            lines.append(" | ".join(row))
            row = None
        elif token.type == "inline":
            text = plain_text(token)
            if row is not None:
                row.append(text)
            elif text:
                lines.append(marker + text)
                marker = ""
        elif token.type in ("fence", "code_block"):
            lines.extend(token.content.rstrip("\n").splitlines())
    return "\n".join(lines).strip()
