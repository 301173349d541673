"""Guideline modules as plain data: sections (anchors), links and front matter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Section:
    """A heading inside a module; ``anchor`` is what ``module#anchor`` links use."""

    anchor: str
    title: str
    level: int
    line: int


@dataclass(frozen=True)
class Link:
    """A link in a module body.

    ``kind`` is module, question, code, external or unknown; ``target`` is the module id,
    question id or type code, ``anchor`` the heading slug for module links.
    """

    href: str
    text: str
    line: int
    kind: str
    target: str = ""
    anchor: str | None = None


@dataclass(frozen=True)
class Module:
    """One guideline module: front matter plus markdown body."""

    id: str
    title: str
    path: Path
    source: str
    text: str
    codes: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    sections: tuple[Section, ...] = ()
    links: tuple[Link, ...] = ()
    field_lines: dict[str, int] = field(default_factory=dict)
    order: int = 100
    summary: str = ""

    @property
    def body(self) -> str:
        """The markdown without its front matter."""
        if not self.text.startswith("---"):
            return self.text
        end = self.text.find("\n---", 3)
        return self.text[end + 4 :].lstrip("\n") if end >= 0 else self.text

    def in_force(self, day: dt.date) -> bool:
        """Whether this version applies on ``day`` (valid_until is the last day it applies)."""
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until

    def section(self, anchor: str) -> Section | None:
        """The section with this anchor, if any."""
        return next((s for s in self.sections if s.anchor == anchor), None)

    def line_of(self, name: str) -> int:
        """Line of a front-matter field (1 when absent)."""
        return self.field_lines.get(name, 1)
