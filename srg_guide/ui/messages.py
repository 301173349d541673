"""App-wide messages: the file-check worker announces with these, the checker screen decides.

Widget messages live in their widget (``ChoiceList.Chosen``, ``FindingsTable.RuleSelected``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from srg_guide.checks.report import Report


@dataclass
class CheckProgress(Message):
    """A file check has read ``done`` of about ``total`` rows (total 0 when unknown)."""

    done: int
    total: int


@dataclass
class CheckFinished(Message):
    """A file check is done."""

    report: Report


@dataclass
class CheckFailed(Message):
    """A file check could not run: bad input or a bug (title, message)."""

    title: str
    message: str


@dataclass
class CheckCancelled(Message):
    """The user stopped a running file check."""
