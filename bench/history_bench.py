"""What storing the history costs a CLI ``check``: the same check with and without storing.

Generates a delivery (300,000 rows unless --rows; with --gemeenten 2 every other record goes to
a second gemeente), then runs ``srg-guide check`` in fresh interpreters, alternating
``--geen-historie`` and storing into a fresh copy of an already migrated SQLite database (first
use is not what is measured), and prints the median
wall times and their ratio. Goal: storing adds only a few percent (it once read the file again).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def generate(path: Path, rows: int, gemeenten: int, tables: str) -> None:
    """A synthetic delivery; the second gemeente (if any) gets every other record."""
    subprocess.run(
        [sys.executable, "-m", "srg_guide", "sample", "--rows", str(rows), "--tables", tables,
         str(path)],
        check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    if gemeenten == 2:
        lines = path.read_bytes().splitlines(keepends=True)
        moved = [
            b"0518" + line[4:] if i % 2 and line.startswith(b"0363;") else line
            for i, line in enumerate(lines[1:])
        ]
        path.write_bytes(b"".join([lines[0], *moved]))


def timed_check(path: Path, tables: str, db: Path | None) -> float:
    """One ``srg-guide check`` in its own interpreter (JSON report to a file); wall seconds."""
    report = path.with_suffix(".json")
    command = [sys.executable, "-m", "srg_guide", "check", str(path), "--tables", tables,
               "--format", "json", "--output", str(report)]  # fmt: skip
    env = dict(os.environ)
    if db is None:
        command.append("--geen-historie")
    else:
        env["SRG_GUIDE_DB"] = f"sqlite:///{db}"
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"check failed:\n{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--gemeenten", type=int, choices=(1, 2), default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from srg_guide.locations import sample_tables
    from srg_guide.store import open_database

    tables = str(sample_tables())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "levering.csv"
        generate(path, args.rows, args.gemeenten, tables)
        size = path.stat().st_size / 2**20
        print(f"bestand: {args.rows:,} regels, {size:.0f} MB, {args.gemeenten} gemeente(n)")
        template = Path(folder) / "leeg.db"
        open_database(f"sqlite:///{template}").dispose()
        without, with_history = [], []
        for run in range(args.runs):
            without.append(timed_check(path, tables, None))
            db = Path(folder) / f"h{run}.db"
            shutil.copyfile(template, db)
            with_history.append(timed_check(path, tables, db))
        bare, stored = statistics.median(without), statistics.median(with_history)
        print(f"check --geen-historie: {bare:6.2f} s (mediaan van {args.runs})")
        print(f"check met historie:    {stored:6.2f} s (mediaan van {args.runs})")
        print(f"historie opslaan kost {stored - bare:5.2f} s per check")
        print(f"verhouding met / zonder historie: {stored / bare:5.2f}x")


if __name__ == "__main__":
    main()
