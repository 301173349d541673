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

    ``message`` never holds a personal value. ``value``, ``key`` and ``context`` may (a bad date
    of birth, a tracking key); the reports decide per audience what to show.
    ``context`` holds the raw values of the other fields the rule read for this record, so
    a finding can be found in the source system (SRG201: begindatum and einddatum).
    """

    code: str
    severity: Severity
    message: str
    line: int | None = None
    field: str | None = None
    value: str | None = None
    key: str | None = None
    previous_line: int | None = None
    context: tuple[tuple[str, str], ...] = ()
