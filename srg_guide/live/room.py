"""Room: one live quiz. The presenter shows a question; anonymous participants vote once.

A room knows no network and no Textual: the server and the presenter's screen both drive it.
Participants are random tokens the server hands out; nothing personal is stored.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

# No 0/O, 1/I/L: a code read aloud or copied from a slide is typed right the first time.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_OPTIONS = 6
LETTERS = "ABCDEF"


def new_room_code() -> str:
    """A random room code, e.g. ``K7PX3M``."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_participant_token() -> str:
    """A random, anonymous participant token (no link to any person)."""
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class LiveQuestion:
    """What participants see: the question text and at most six labelled options."""

    number: int
    text: str
    options: tuple[tuple[str, str], ...]

    def option_ids(self) -> list[str]:
        """The option ids, in order."""
        return [option_id for option_id, _ in self.options]


@dataclass(frozen=True)
class Reveal:
    """The answer and why, shown to everyone once the presenter reveals."""

    option_id: str
    explanation: str = ""


class VoteRejected(Exception):
    """A vote that does not count; ``message`` is plain Dutch for the participant."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Room:
    """The state of one quiz: current question, votes per question, open or closed."""

    code: str = field(default_factory=new_room_code)
    is_open: bool = True
    question: LiveQuestion | None = None
    reveal: Reveal | None = None
    votes: dict[int, dict[str, str]] = field(default_factory=dict)
    listeners: list[Callable[[Room, str], None]] = field(default_factory=list)

    def show(self, text: str, options: list[tuple[str, str]]) -> LiveQuestion:
        """Put a new question to the room; earlier votes stay counted for their question."""
        number = (self.question.number + 1) if self.question else 1
        self.question = LiveQuestion(number, text, tuple(options[:MAX_OPTIONS]))
        self.reveal = None
        self.votes.setdefault(number, {})
        self._changed("question")
        return self.question

    def vote(self, participant: str, number: object, option_id: object) -> None:
        """Count one vote; raises VoteRejected with the reason when it does not count."""
        if not self.is_open:
            raise VoteRejected("Deze zaal is gesloten. Stemmen kan niet meer.")
        question = self.question
        if question is None:
            raise VoteRejected("Er is nog geen vraag.")
        if not isinstance(number, int) or isinstance(number, bool) or number != question.number:
            raise VoteRejected("Deze vraag is al voorbij.")
        if self.reveal is not None:
            raise VoteRejected("Het antwoord is al getoond. Stemmen kan niet meer.")
        if not isinstance(option_id, str) or option_id not in question.option_ids():
            raise VoteRejected("Dit antwoord hoort niet bij de vraag.")
        ballots = self.votes[question.number]
        if participant in ballots:
            raise VoteRejected("U heeft al gestemd op deze vraag.")
        ballots[participant] = option_id
        self._changed("vote")

    def tally(self, number: int | None = None) -> dict[str, int]:
        """Votes per option id for a question (the current one by default), zeros included."""
        question = self.question
        if question is None:
            return {}
        number = question.number if number is None else number
        counts = dict.fromkeys(question.option_ids() if number == question.number else (), 0)
        for option_id in self.votes.get(number, {}).values():
            counts[option_id] = counts.get(option_id, 0) + 1
        return counts

    def show_answer(self, option_id: str, explanation: str = "") -> None:
        """Reveal the answer: voting on this question stops."""
        self.reveal = Reveal(option_id, explanation)
        self._changed("reveal")

    def close(self) -> None:
        """Close the room: no more votes, participants are told."""
        self.is_open = False
        self._changed("close")

    def state(self) -> dict[str, object]:
        """What a participant page needs, as plain JSON-ready data."""
        question = self.question
        data: dict[str, object] = {"type": "state", "room": self.code, "open": self.is_open}
        if question is not None:
            data["question"] = {
                "number": question.number,
                "text": question.text,
                "options": [
                    {"id": option_id, "letter": LETTERS[index], "label": label}
                    for index, (option_id, label) in enumerate(question.options)
                ],
            }
        if self.reveal is not None:
            data["reveal"] = {"option": self.reveal.option_id, "why": self.reveal.explanation}
            data["tally"] = self.tally()
        return data

    def _changed(self, kind: str) -> None:
        """Tell listeners what changed: question, vote, reveal or close."""
        for listener in list(self.listeners):
            listener(self, kind)
