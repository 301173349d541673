"""A finding: one rule firing on one record (or on the file), with its position."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):  # noqa: UP042  (kept: changing the base changes str())
    """How bad a finding is. Only FOUT makes `srg-guide check` exit 1."""

    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"
    SIGNAAL = "signaal"

    @property
    def rank(self) -> int:
        """0 for the most severe; for sorting."""
        return list(Severity).index(self)


@dataclass(frozen=True)
class Finding:
    """One problem at a line and field of the delivery file.

    ``message`` never holds a personal value. ``value`` and ``key`` may (a bad date of
    birth, a tracking key); renderers mask or drop them unless the user asked on screen.
    """

    code: str
    severity: Severity
    message: str
    line: int | None = None
    field: str | None = None
    value: str | None = None
    key: str | None = None
    previous_line: int | None = None
