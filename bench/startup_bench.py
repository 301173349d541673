"""Start-up times as ratios to baselines measured in the same run.

- ``srg-guide --help`` and ``srg-guide OPDRACHT --help`` against a bare ``python -c pass``
  (goal: at most 6x; aim at 5x so a busy machine stays within 6x);
- ``srg-guide search`` with a cached index against a bare interpreter plus the index load
  (goal: at most 3x a bare start on top of the index load);
- the app's first screen against a bare Textual app (goal: at most 1.3x). Each run is a fresh
  interpreter that imports the app and mounts its first screen headless; the clock runs from
  starting the interpreter to the first screen, so import cost counts and work the app starts
  in the background afterwards does not.

The command is the ``srg-guide`` script that pip installed next to this Python (what a user
types), else ``python -m srg_guide``. Every measurement is warmed up once (bytecode and disk
caches: PYTHONDONTWRITEBYTECODE is dropped for the runs, as an installed package has its
bytecode), then run ``--runs`` times interleaved with its baseline, so machine noise hits both
sides alike; medians are compared. A missed goal is reported, never raised: the script always
prints every ratio and ends with exit code 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from srg_guide.cli import COMMANDS

RUNS = 7
APP_TARGET = 1.3
HELP_TARGET = 6.0
HELP_AIM = 5.0
SEARCH_TARGET = 3.0

HARNESS = """
import asyncio, time
{setup}
async def first_screen():
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen is not None
        print(time.time(), flush=True)
asyncio.run(first_screen())
"""

BARE = """
from textual.app import App
from textual.widgets import Footer, Header, OptionList
class Bare(App):
    def compose(self):
        yield Header()
        yield OptionList("een", "twee", "drie", "vier")
        yield Footer()
app = Bare()
"""

SRG_GUIDE = """
from srg_guide.ui import SrgGuideApp
app = SrgGuideApp()
"""

# What `srg-guide search` does to load the cached index: find, read and check it.
INDEX_LOAD = """
import time
from srg_guide.search.cache import cached_documents
start = time.perf_counter()
cached_documents()
print(time.perf_counter() - start)
"""


class Failed(Exception):
    """A measurement that could not be taken; its section says so and the rest goes on."""


def srg_guide_command() -> list[str]:
    """The installed ``srg-guide`` script run by this Python, else ``python -m srg_guide``."""
    script = Path(sys.executable).parent / "srg-guide"
    return (
        [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "srg_guide"]
    )


def environment() -> dict[str, str]:
    """This process's environment, with bytecode caches allowed."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_seconds(command: list[str]) -> float:
    """Wall seconds for one fresh process to run ``command`` to the end."""
    start = time.perf_counter()
    subprocess.run(command, check=False, capture_output=True, env=environment())
    return time.perf_counter() - start


def printed_seconds(command: list[str]) -> float:
    """The number of seconds the process prints as its last word."""
    result = subprocess.run(command, check=False, capture_output=True, text=True, env=environment())
    try:
        return float(result.stdout.split()[-1])
    except (IndexError, ValueError):
        raise Failed(result.stderr.strip().splitlines()[-1:] or "geen uitvoer") from None


def first_screen_seconds(setup: str) -> float:
    """Seconds for one fresh interpreter to reach the app's first screen."""
    start = time.time()
    return printed_seconds([sys.executable, "-c", HARNESS.format(setup=setup)]) - start


def medians(runs: int, *measures: Callable[[], float]) -> list[float]:
    """Median of each measure after one warm-up, run interleaved ``runs`` times."""
    for measure in measures:
        measure()
    times: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for spent, measure in zip(times, measures, strict=True):
            spent.append(measure())
    return [statistics.median(spent) for spent in times]


def verdict(ratio: float, target: float) -> str:
    return "gehaald" if ratio <= target else "NIET gehaald"


def cli_ratios(runs: int) -> None:
    """--help and every OPDRACHT --help against a bare interpreter."""
    bare_start = [sys.executable, "-c", "pass"]
    worst = 0.0
    for args in [["--help"], *([name, "--help"] for name in COMMANDS)]:
        command = [*srg_guide_command(), *args]
        bare, ours = medians(
            runs, lambda: run_seconds(bare_start), lambda c=command: run_seconds(c)
        )
        ratio = ours / bare
        worst = max(worst, ratio)
        label = "srg-guide " + " ".join(args)
        print(
            f"{label:30}: {ours * 1000:5.0f} ms = {ratio:4.1f}x kale start "
            f"(doel <= {HELP_TARGET:.0f}x, streven <= {HELP_AIM:.0f}x): "
            f"{verdict(ratio, HELP_TARGET)}"
        )
    print(f"{'hoogste --help':30}: {worst:4.1f}x kale start")


def search_ratio(runs: int) -> None:
    """search with a cached index: (search - index load) against a bare interpreter."""
    search = [*srg_guide_command(), "search", "jobcoach"]
    run_seconds(search)  # fills the cache
    bare, ours, load = medians(
        runs,
        lambda: run_seconds([sys.executable, "-c", "pass"]),
        lambda: run_seconds(search),
        lambda: printed_seconds([sys.executable, "-c", INDEX_LOAD]),
    )
    ratio = (ours - load) / bare
    print(
        f"{'srg-guide search jobcoach':30}: {ours * 1000:5.0f} ms, index laden "
        f"{load * 1000:.0f} ms, rest = {ratio:.1f}x kale start "
        f"(doel <= {SEARCH_TARGET:.0f}x): {verdict(ratio, SEARCH_TARGET)}"
    )


def app_ratio(runs: int) -> None:
    """First screen of the app against a bare Textual app."""
    bare, ours = medians(
        runs, lambda: first_screen_seconds(BARE), lambda: first_screen_seconds(SRG_GUIDE)
    )
    ratio = ours / bare
    print(f"bare Textual app : {bare * 1000:7.0f} ms (mediaan van {runs})")
    print(f"srg-guide app    : {ours * 1000:7.0f} ms (mediaan van {runs})")
    print(f"verhouding       : {ratio:.2f}x (doel <= {APP_TARGET}x): {verdict(ratio, APP_TARGET)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs per median ({RUNS})")
    runs = max(1, parser.parse_args().runs)
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SRG_GUIDE_CACHE"] = cache  # a private cache, filled by the first search
        for section in (cli_ratios, search_ratio, app_ratio):
            try:
                section(runs)
            except (Failed, OSError) as exc:
                print(f"{section.__name__}: niet gemeten ({exc})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
