"""Live quiz under load: 200 simulated participants vote on 10 questions, on 127.0.0.1 only.

Runs the real presenter screen headless (Pilot) with a live room, and one aiohttp client
session and websocket per participant, all in one process. Prints whether every vote was
counted and every tally exact, vote round-trip times, votes per second, the time the
presenter's reveal key takes while the room is full (and as a ratio to a baseline run with one
participant), and the largest event-loop delay seen while votes pour in (the presenter's
screen shares that loop). Exits 1 when a vote is lost.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.trainer.load import run_load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        baseline = asyncio.run(run_load(Path(folder) / "basis", 1, args.questions))
        result = asyncio.run(run_load(Path(folder) / "vol", args.participants, args.questions))
    print(result.summary())
    ratio = statistics.median(result.reveal_seconds) / statistics.median(baseline.reveal_seconds)
    print(
        f"onthullen met 1 deelnemer (basis) mediaan "
        f"{statistics.median(baseline.reveal_seconds) * 1000:.1f} ms; vol / basis = {ratio:.2f}x"
    )
    return 0 if result.exact and baseline.exact else 1


if __name__ == "__main__":
    raise SystemExit(main())
