"""The bounded live-quiz load run: N simulated participants vote on Q questions on 127.0.0.1.

Drives the real presenter screen (headless, Pilot) through a chain tree of Q questions; each
participant has its own cookie and websocket and votes a known option, so the tallies the
room shows can be checked exactly. Shared by the test (small) and bench/live_bench.py (full).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from srg_guide.live.room import Room
from srg_guide.ui import AppOptions, SrgGuideApp
from srg_guide.ui.screens.presenter import PresenterScreen

try:
    from .conftest import GUIDELINES, Participant
except ImportError:  # run as tests.trainer.load from bench/
    from tests.trainer.conftest import GUIDELINES, Participant

OPTIONS = ("a", "b", "c")
PROBE_INTERVAL = 0.01


@dataclass
class LoadResult:
    """What the run measured and counted."""

    participants: int
    questions: int
    counted: int = 0
    rejected: int = 0
    tallies: list[dict[str, int]] = field(default_factory=list)
    expected: list[dict[str, int]] = field(default_factory=list)
    vote_seconds: list[float] = field(default_factory=list)
    round_seconds: list[float] = field(default_factory=list)
    reveal_seconds: list[float] = field(default_factory=list)
    max_loop_lag: float = 0.0

    @property
    def exact(self) -> bool:
        """Every vote counted and every tally exactly as cast."""
        total = self.participants * self.questions
        return self.counted == total and self.rejected == 0 and self.tallies == self.expected

    def summary(self) -> str:
        """Figures for the bench output."""
        votes = sorted(self.vote_seconds)
        p95 = votes[int(len(votes) * 0.95) - 1] if votes else 0.0
        rounds = sum(self.round_seconds)
        return "\n".join(
            [
                f"deelnemers x vragen   {self.participants} x {self.questions}",
                f"stemmen geteld        {self.counted} van {self.participants * self.questions}"
                f" (geweigerd {self.rejected})",
                f"tellingen exact       {'ja' if self.tallies == self.expected else 'NEE'}",
                f"stem heen en terug    mediaan {statistics.median(votes) * 1000:.1f} ms,"
                f" p95 {p95 * 1000:.1f} ms, max {votes[-1] * 1000:.1f} ms",
                f"ronde (alle stemmen)  gemiddeld {rounds / len(self.round_seconds):.3f} s,"
                f" {self.counted / rounds:.0f} stemmen/s",
                f"onthullen (toets)     mediaan {statistics.median(self.reveal_seconds) * 1000:.1f}"
                f" ms, max {max(self.reveal_seconds) * 1000:.1f} ms",
                f"grootste vertraging event loop tijdens stemmen {self.max_loop_lag * 1000:.1f} ms",
            ]
        )


def write_chain(folder: Path, questions: int) -> Path:
    """A tree of ``questions`` questions in a row (three options each) and a scenario; returns
    the scenario file."""
    nodes: dict[str, object] = {}
    for number in range(1, questions + 1):
        following = f"v{number + 1}" if number < questions else "einde"
        nodes[f"v{number}"] = {
            "kind": "question",
            "text": f"Vraag {number} van de belastingtest?",
            "options": [{"id": o, "label": f"Antwoord {o}", "next": following} for o in OPTIONS],
        }
    nodes["einde"] = {"kind": "outcome", "counts": False, "title": "Einde"}
    tree = {
        "id": "keten",
        "title": "Belastingtest",
        "version": "1",
        "valid_from": "2020-01-01",
        "start": "v1",
        "nodes": nodes,
    }
    (folder / "trees").mkdir(parents=True, exist_ok=True)
    (folder / "trees" / "keten.yaml").write_text(yaml.safe_dump(tree), encoding="utf-8")
    (folder / "trees" / "codes.yaml").write_text("doelen: []\ncodes: []\n", encoding="utf-8")
    scenario = folder / "keten-scenario.yaml"
    answers = {f"v{n}": "a" for n in range(1, questions + 1)}
    scenario.write_text(
        yaml.safe_dump({"name": "Keten", "answers": answers, "expect": {"outcome": "einde"}}),
        encoding="utf-8",
    )
    return scenario


def choice_of(participant: int, question: int) -> str:
    """The option participant i votes on question q: known, so tallies can be checked."""
    return OPTIONS[(participant * 7 + question) % len(OPTIONS)]


async def _vote_when_asked(person: Participant, question: int, option: str) -> tuple[str, float]:
    await person.question(question)
    started = time.perf_counter()
    reply = await person.vote(question, option)
    return reply["type"], time.perf_counter() - started


async def _probe(stop: asyncio.Event, result: LoadResult) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(PROBE_INTERVAL)
        lag = time.perf_counter() - started - PROBE_INTERVAL
        result.max_loop_lag = max(result.max_loop_lag, lag)


async def run_load(folder: Path, participants: int, questions: int) -> LoadResult:
    """Run the load test with the presenter app headless; returns the counts and figures."""
    scenario = write_chain(folder, questions)
    options = AppOptions(
        trees=folder / "trees",
        guidelines=GUIDELINES,
        start="presentatie",
        scenarios=scenario,
        live=True,
        live_port=0,
    )
    app = SrgGuideApp(options)
    result = LoadResult(participants, questions)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        while screen.live is None:
            await pilot.pause(0.05)
        room: Room = screen.live.room
        people = [Participant(screen.live.url) for _ in range(participants)]
        try:
            await asyncio.gather(*(person.join() for person in people))
            for question in range(1, questions + 1):
                stop = asyncio.Event()
                probe = asyncio.create_task(_probe(stop, result))
                started = time.perf_counter()
                replies = await asyncio.gather(
                    *(
                        _vote_when_asked(person, question, choice_of(i, question))
                        for i, person in enumerate(people)
                    )
                )
                result.round_seconds.append(time.perf_counter() - started)
                stop.set()
                await probe
                for kind, seconds in replies:
                    result.counted += kind == "counted"
                    result.rejected += kind != "counted"
                    result.vote_seconds.append(seconds)
                started = time.perf_counter()
                await pilot.press("space")
                result.reveal_seconds.append(time.perf_counter() - started)
                assert screen.revealed and room.reveal is not None
                result.tallies.append(room.tally(room.question.number if room.question else 0))
                expected = dict.fromkeys(OPTIONS, 0)
                for i in range(participants):
                    expected[choice_of(i, question)] += 1
                expected["weet-ik-niet"] = 0
                result.expected.append(expected)
                await pilot.press("space")
        finally:
            await asyncio.gather(*(person.close() for person in people))
    return result
