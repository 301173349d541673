"""The decision tree as plain dataclasses: Tree, Question, Note, Outcome, Option.

A tree is a set of nodes keyed by id. A Question offers Options that each lead
to another node; every question also offers "weet ik niet" (``UNKNOWN_OPTION_ID``).
A question with an ``unknown`` rule then goes on as if its assumed option was
chosen, and the walk records an open point; without one it leads to the
escalation outcome (``ESCALATION_ID``). An option may carry a ``condition`` (a
grey area: the outcome holds only if it is true) and a ``value`` that a question
``records`` (the doel inzet). A Note shows a text and has one option, "verder".
An Outcome ends the walk: counts yes/no (None for the escalation), level, type
(a slug from codes.yaml, never a code), headline, warnings and an optional action.
Every node and option cites guideline module ids (``criterium-inzet#anchor``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

NODE_KINDS = ("question", "note", "outcome")
LEVELS = ("traject", "voorziening", "activiteit")

UNKNOWN_OPTION_ID = "weet-ik-niet"
UNKNOWN_LABEL = "Weet ik niet"
OTHERWISE_LABEL = "Als dat niet zo is"
CONTINUE_OPTION_ID = "verder"
CONTINUE_LABEL = "Verder"
ESCALATION_ID = "weet-ik-niet"
ACTION_WALK_PARTS = "walk-each-part"
ACTIONS = (ACTION_WALK_PARTS,)
RECORDED_FACTS = ("doel",)
DEFAULT_ASK = "een collega die de SRG-levering kent, of het CBS (SZ_SRG@cbs.nl)"
HEADLINES: dict[bool | None, str] = {
    True: "Telt mee voor de SRG",
    False: "Telt niet mee voor de SRG",
    None: "Nog niet te beslissen",
}


@dataclass(frozen=True)
class Condition:
    """A grey-area answer: the outcome holds if ``text`` is true, else ``otherwise`` applies:
    another option of the question, or an outcome reached only this way."""

    text: str
    ask: str = DEFAULT_ASK
    otherwise: str | None = None


@dataclass(frozen=True)
class UnknownRule:
    """What "weet ik niet" does: go on as if ``assume`` was chosen, mits ``condition``.
    Without ``assume`` it escalates, and ``ask`` still says who knows the answer."""

    assume: str
    condition: str
    ask: str = DEFAULT_ASK


@dataclass(frozen=True)
class Option:
    """One answer to a question and the node it leads to."""

    id: str
    label: str
    next: str
    line: int = 0
    guidelines: tuple[str, ...] = ()
    condition: Condition | None = None
    value: str | None = None


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
    records: str | None = None
    unknown: UnknownRule | None = None
    kind: str = field(default="question", init=False)

    @property
    def choices(self) -> tuple[Option, ...]:
        """The options to offer: the authored ones, then "weet ik niet"."""
        assumed = self.assumed_option
        target = assumed.next if assumed is not None else ESCALATION_ID
        unknown = Option(UNKNOWN_OPTION_ID, UNKNOWN_LABEL, target, self.line)
        return (*self.options, unknown)

    @property
    def assumed_option(self) -> Option | None:
        """The option "weet ik niet" goes on with, or None when it escalates."""
        if self.unknown is None:
            return None
        return self.option(self.unknown.assume)

    def option(self, option_id: str) -> Option | None:
        """The authored option with this id."""
        return next((o for o in self.options if o.id == option_id), None)


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
class OutcomeWarning:
    """A warning shown with an outcome; with ``doel`` only when the doel inzet is that value."""

    text: str
    doel: str | None = None


@dataclass(frozen=True)
class Outcome:
    """The end of a walk: does it count for the SRG, and if so as what."""

    id: str
    counts: bool | None
    title: str
    explanation: str = ""
    level: str | None = None
    type: str | None = None
    verdict: str = ""
    reason: str = ""
    warnings: tuple[OutcomeWarning, ...] = ()
    action: str | None = None
    part_answers: tuple[tuple[str, str], ...] = ()
    guidelines: tuple[str, ...] = ()
    line: int = 0
    guidelines_line: int = 0
    kind: str = field(default="outcome", init=False)

    @property
    def headline(self) -> str:
        """The banner: the authored verdict, else by counts ("Telt mee voor de SRG", ...)."""
        return self.verdict or HEADLINES[self.counts]

    @property
    def why_not(self) -> str:
        """Short reason this does not count (for "anders telt het niet, omdat ...")."""
        if self.reason:
            return self.reason
        return self.title.split(":", 1)[1].strip() if ":" in self.title else self.title

    def warnings_for(self, doel: str | None) -> list[str]:
        """The warnings that apply with this doel inzet."""
        return [w.text for w in self.warnings if w.doel is None or w.doel == doel]

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
        "Een vraag die de uitkomst bepaalt, is nog open. Bij de open punten ziet u de uitkomst "
        "bij elk mogelijk antwoord en bij wie u het antwoord vindt. Zoek het antwoord uit of "
        "leg de vraag voor aan een collega of aan het CBS (SZ_SRG@cbs.nl). Doorloop de boom "
        "daarna opnieuw."
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
    default: bool = False
    """``default: true`` in the YAML: the tree used when a folder holds several."""

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


def otherwise_outcomes(tree: Tree) -> list[tuple[Question, Option, Outcome]]:
    """Grey-area options whose ``condition.otherwise`` names an outcome instead of an option."""
    found = []
    for question in tree.questions:
        for option in question.options:
            wanted = option.condition.otherwise if option.condition else None
            target = tree.nodes.get(wanted or "")
            if isinstance(target, Outcome) and question.option(wanted or "") is None:
                found.append((question, option, target))
    return found
