"""The decision tree as plain dataclasses: Tree, Question, Note, Outcome, Option.

A tree is a set of nodes keyed by id. A Question offers Options that each lead
to another node; every question also offers "weet ik niet" (``UNKNOWN_OPTION_ID``),
which leads to the escalation outcome (``ESCALATION_ID``). A Note shows a text and
has one option, "verder". An Outcome ends the walk: counts yes/no (None for the
escalation), level, type code, doel, title and explanation. Every node cites
guideline module ids (``criterium-inzet`` or ``criterium-inzet#anchor``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

NODE_KINDS = ("question", "note", "outcome")
LEVELS = ("traject", "voorziening", "activiteit")

UNKNOWN_OPTION_ID = "weet-ik-niet"
UNKNOWN_LABEL = "Weet ik niet"
CONTINUE_OPTION_ID = "verder"
CONTINUE_LABEL = "Verder"
ESCALATION_ID = "weet-ik-niet"


@dataclass(frozen=True)
class Option:
    """One answer to a question and the node it leads to."""

    id: str
    label: str
    next: str
    line: int = 0


@dataclass(frozen=True)
class Question:
    """A question; ``choices`` adds "weet ik niet" to the authored ``options``."""

    id: str
    text: str
    options: tuple[Option, ...]
    help: str = ""
    guidelines: tuple[str, ...] = ()
    line: int = 0
    guidelines_line: int = 0
    kind: str = field(default="question", init=False)

    @property
    def choices(self) -> tuple[Option, ...]:
        """The options to offer: the authored ones, then "weet ik niet"."""
        unknown = Option(UNKNOWN_OPTION_ID, UNKNOWN_LABEL, ESCALATION_ID, self.line)
        return (*self.options, unknown)


@dataclass(frozen=True)
class Note:
    """A text to read before going on; its only choice is "verder"."""

    id: str
    text: str
    next: str
    help: str = ""
    guidelines: tuple[str, ...] = ()
    line: int = 0
    guidelines_line: int = 0
    kind: str = field(default="note", init=False)

    @property
    def choices(self) -> tuple[Option, ...]:
        """The single way on."""
        return (Option(CONTINUE_OPTION_ID, CONTINUE_LABEL, self.next, self.line),)


@dataclass(frozen=True)
class Outcome:
    """The end of a walk: does it count for the SRG, and if so as what."""

    id: str
    counts: bool | None
    title: str
    explanation: str = ""
    level: str | None = None
    code: str | None = None
    doel: str | None = None
    guidelines: tuple[str, ...] = ()
    line: int = 0
    guidelines_line: int = 0
    kind: str = field(default="outcome", init=False)

    @property
    def is_escalation(self) -> bool:
        """True for the outcome reached through "weet ik niet"."""
        return self.id == ESCALATION_ID

    @property
    def choices(self) -> tuple[Option, ...]:
        """An outcome offers nothing further."""
        return ()


Node = Question | Note | Outcome

DEFAULT_ESCALATION = Outcome(
    id=ESCALATION_ID,
    counts=None,
    title="Nog niet te beslissen: leg de open vragen voor",
    explanation=(
        "U heeft op een vraag 'weet ik niet' geantwoord. Zoek het antwoord uit of leg de vraag "
        "voor aan een collega of aan het CBS (SZ_SRG@cbs.nl). Doorloop de boom daarna opnieuw."
    ),
    guidelines=("drie-criteria",),
)


@dataclass(frozen=True)
class Tree:
    """A loaded decision tree: metadata, start node and all nodes by id."""

    id: str
    title: str
    version: str
    valid_from: dt.date
    start: str
    nodes: dict[str, Node]
    path: Path | None = None
    sha256: str = ""
    source: str = ""
    description: str = ""

    def node(self, node_id: str) -> Node:
        """The node with this id (KeyError when absent)."""
        return self.nodes[node_id]

    @property
    def questions(self) -> list[Question]:
        """All questions, in file order."""
        return [n for n in self.nodes.values() if isinstance(n, Question)]

    @property
    def notes(self) -> list[Note]:
        """All notes, in file order."""
        return [n for n in self.nodes.values() if isinstance(n, Note)]

    @property
    def outcomes(self) -> list[Outcome]:
        """All outcomes, in file order (the escalation outcome last)."""
        return [n for n in self.nodes.values() if isinstance(n, Outcome)]

    @property
    def label(self) -> str:
        """Short name for messages: id, version and date in force."""
        return f"{self.id} {self.version}, geldig vanaf {self.valid_from.isoformat()}"


def outgoing(node: Node) -> tuple[Option, ...]:
    """The authored edges of a node (without "weet ik niet")."""
    if isinstance(node, Question):
        return node.options
    if isinstance(node, Note):
        return node.choices
    return ()
