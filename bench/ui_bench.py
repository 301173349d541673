"""Speed of the Beslisboom and search in the app, as ratios to a bare Textual screen switch.

All timings run headless in one process and one run: a bare screen switch (Header, an
OptionList, Footer; timed before and after the rest), one tree step (answer a question,
next question drawn), review to outcome (confirm, outcome screen drawn) and one search
keystroke in the Richtlijnen (hits shown). Each is a median of several tries; the goal
is at most 3x the switch.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList

if TYPE_CHECKING:
    from srg_guide.ui import SrgGuideApp

TRIES = 7
TARGET_RATIO = 3.0
SIZE = (100, 30)
# One answer path of the shipped tree that reaches an outcome; unknown ids end the walk early.
WALK = (
    "gemeente",
    "voorziening",
    "re-integratie",
    "reintegratiebudget",
    "ja",
    "begeleiding",
    "echte-begeleiding",
    "op-werkplek",
)


class BareScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList("een", "twee", "drie", "vier")
        yield Footer()


class BareApp(App[None]):
    def get_default_screen(self) -> Screen[None]:
        return BareScreen()


async def settle(pilot: Pilot[None]) -> None:
    """Wait until the app has drawn what the last key caused, workers included."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def timed(action: Callable[[], Awaitable[None]], pilot: Pilot[None]) -> float:
    start = time.perf_counter()
    await action()
    await settle(pilot)
    return time.perf_counter() - start


async def bare_switch() -> list[float]:
    app = BareApp()
    times = []
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(TRIES):
            times.append(await timed(lambda: app.push_screen(BareScreen()), pilot))
            await app.pop_screen()
            await settle(pilot)
    return times


def srg_app() -> SrgGuideApp:
    from srg_guide.ui import AppOptions, SrgGuideApp

    return SrgGuideApp(AppOptions())


async def to_review(pilot: Pilot[None]) -> None:
    """From the home screen, walk the tree until the review screen shows."""
    from srg_guide.ui.screens.question import QuestionScreen

    await pilot.press("b")
    await settle(pilot)
    while isinstance(pilot.app.screen, QuestionScreen):
        current = pilot.app.screen.session.current
        ids = [option.id for option in current.choices]
        choice = next((i for i in ids if i in WALK or i == "verder"), ids[0])
        await pilot.press(str(ids.index(choice) + 1))
        await settle(pilot)


async def tree_step_and_outcome() -> tuple[list[float], list[float]]:
    steps: list[float] = []
    outcomes: list[float] = []
    app = srg_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.resources.preload()
        for _ in range(TRIES):
            await pilot.press("b")
            await settle(pilot)
            steps.append(await timed(lambda: pilot.press("1"), pilot))
            await pilot.press("escape")
            await settle(pilot)
        for _ in range(TRIES):
            await to_review(pilot)
            outcomes.append(await timed(lambda: pilot.press("b"), pilot))
            while len(app.screen_stack) > 1:
                app.pop_screen()
            await settle(pilot)
    return steps, outcomes


async def search_keystroke() -> list[float]:
    app = srg_app()
    times = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.resources.preload()
        await pilot.press("r")
        await settle(pilot)
        for word in ("jobcoach", "taalcursus", "monitoring", "traject"):
            await pilot.press("slash")
            await pilot.press(*word[:-1])
            await settle(pilot)
            times.append(await timed(lambda w=word: pilot.press(w[-1]), pilot))  # type: ignore[misc]
            await pilot.press("escape")
            await settle(pilot)
    return times


def report(name: str, times: list[float], base: float) -> bool:
    median = statistics.median(times)
    ratio = median / base
    print(f"{name:<22}: {median * 1000:7.1f} ms  {ratio:5.2f}x (doel <= {TARGET_RATIO:.0f}x)")
    return ratio <= TARGET_RATIO


async def run() -> int:
    # The bare switch is timed before and after, so a change in machine load hits both sides.
    bare = await bare_switch()
    steps, outcomes = await tree_step_and_outcome()
    search = await search_keystroke()
    base = statistics.median(bare + await bare_switch())
    print(f"{'kale schermwissel':<22}: {base * 1000:7.1f} ms  (mediaan van {2 * TRIES})")
    results = [
        report("stap in de beslisboom", steps, base),
        report("overzicht -> uitkomst", outcomes, base),
        report("toets in zoeken", search, base),
    ]
    return 0 if all(results) else 1


def main() -> int:
    # Autosaved sessions of the bench go to a throwaway folder, never the user's.
    with tempfile.TemporaryDirectory() as home:
        os.environ["SRG_GUIDE_HOME"] = home
        return asyncio.run(run())


if __name__ == "__main__":
    sys.exit(main())
