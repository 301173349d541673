"""Time to the first screen of srg-guide against a bare Textual app, both measured now.

Each run is a fresh interpreter that imports the app and mounts its first screen headless;
the clock runs from starting the interpreter to the first screen, so import cost counts and
work the app starts in the background afterwards does not. Prints medians and the ratio.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 7
TARGET_RATIO = 1.3

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


def main() -> int:
    bare: list[float] = []
    ours: list[float] = []
    for _ in range(RUNS):  # interleaved, so machine noise hits both alike
        bare.append(time_run(BARE))
        ours.append(time_run(SRG_GUIDE))
    bare_median, ours_median = statistics.median(bare), statistics.median(ours)
    ratio = ours_median / bare_median
    print(f"bare Textual app : {bare_median * 1000:7.0f} ms (mediaan van {RUNS})")
    print(f"srg-guide app    : {ours_median * 1000:7.0f} ms (mediaan van {RUNS})")
    print(f"verhouding       : {ratio:.2f}x (doel <= {TARGET_RATIO}x)")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
