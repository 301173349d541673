"""App-wide messages: widgets and workers announce with these, screens decide what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message


@dataclass
class Chosen(Message):
    """An option was picked in a ChoiceList."""

    choice_id: str


@dataclass
class CheckProgress(Message):
    """A file check has read ``done`` of about ``total`` rows (total 0 when unknown)."""

    done: int
    total: int


@dataclass
class CheckFinished(Message):
    """A file check is done; ``report`` is a srg_guide.checks.report.Report."""

    report: Any


@dataclass
class CheckFailed(Message):
    """A file check stopped: bad input (title, message) or cancelled by the user."""

    title: str
    message: str


@dataclass
class RuleSelected(Message):
    """A rule row was picked in the findings table."""

    code: str
