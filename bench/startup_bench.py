"""Start-up times as ratios to baselines measured in the same run.

- ``srg-guide --help`` and ``srg-guide OPDRACHT --help`` against a bare ``python -c pass``
  (goal: at most 6x);
- ``srg-guide search`` with a cached index against a bare interpreter plus the index load
  (goal: at most 3x a bare start on top of the index load);
- the app's first screen against a bare Textual app (goal: at most 1.3x). Each run is a fresh
  interpreter that imports the app and mounts its first screen headless; the clock runs from
  starting the interpreter to the first screen, so import cost counts and work the app starts
  in the background afterwards does not.

Runs are interleaved, so machine noise hits both sides alike. Prints medians and ratios.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from srg_guide.cli import COMMANDS

RUNS = 7
TARGET_RATIO = 1.3
HELP_TARGET = 6.0
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


def time_run(setup: str) -> float:
    """Seconds for one fresh interpreter to reach the first screen."""
    code = HARNESS.format(setup=setup)
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return float(result.stdout.split()[-1]) - start


INDEX_LOAD = """
import time
from srg_guide.search import cached_index
start = time.perf_counter()
cached_index()
print(time.perf_counter() - start)
"""


def time_process(args: list[str]) -> float:
    """Seconds for one fresh interpreter to run ``args`` to the end."""
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=False, capture_output=True)
    return time.perf_counter() - start


def medians(*runs: Callable[[], float]) -> list[float]:
    """Median seconds of each callable, run interleaved RUNS times."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(RUNS):
        for spent, run in zip(times, runs, strict=True):
            spent.append(run())
    return [statistics.median(spent) for spent in times]


def cli_ratios() -> bool:
    """--help and every OPDRACHT --help against a bare interpreter; True when all within goal."""
    ok = True
    for args in [["--help"], *([name, "--help"] for name in COMMANDS)]:
        bare, ours = medians(
            lambda: time_process(["-c", "pass"]),
            lambda args=args: time_process(["-m", "srg_guide", *args]),
        )
        ratio = ours / bare
        ok &= ratio <= HELP_TARGET
        label = "srg-guide " + " ".join(args)
        print(
            f"{label:30}: {ours * 1000:5.0f} ms = {ratio:4.1f}x kale start "
            f"(doel <= {HELP_TARGET:.0f}x)"
        )
    return ok


def search_ratio() -> bool:
    """search with a cached index: (search - index load) against a bare interpreter."""
    time_process(["-m", "srg_guide", "search", "jobcoach"])  # fills the cache
    bare, ours, load = medians(
        lambda: time_process(["-c", "pass"]),
        lambda: time_process(["-m", "srg_guide", "search", "jobcoach"]),
        lambda: float(
            subprocess.run(
                [sys.executable, "-c", INDEX_LOAD], check=True, capture_output=True
            ).stdout
        ),
    )
    ratio = (ours - load) / bare
    print(
        f"{'srg-guide search jobcoach':30}: {ours * 1000:5.0f} ms, index laden "
        f"{load * 1000:.0f} ms, rest = {ratio:.1f}x kale start (doel <= {SEARCH_TARGET}x)"
    )
    return ratio <= SEARCH_TARGET


def app_ratio() -> bool:
    """First screen of the app against a bare Textual app."""
    bare_median, ours_median = medians(lambda: time_run(BARE), lambda: time_run(SRG_GUIDE))
    ratio = ours_median / bare_median
    print(f"bare Textual app : {bare_median * 1000:7.0f} ms (mediaan van {RUNS})")
    print(f"srg-guide app    : {ours_median * 1000:7.0f} ms (mediaan van {RUNS})")
    print(f"verhouding       : {ratio:.2f}x (doel <= {TARGET_RATIO}x)")
    return ratio <= TARGET_RATIO


def main() -> int:
    with tempfile.TemporaryDirectory() as cache:
        os.environ["SRG_GUIDE_CACHE"] = cache  # a cold, private cache for the search run
        ok = [cli_ratios(), search_ratio(), app_ratio()]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
