"""Dashboard speed for a history of 60 months x 12 gemeenten, with ratios measured in this run.

1. Loading the history through the core (``srg_guide.history.load``: one query for the
   deliveries, one for their counts, turned into Aggregate objects) against a bare SQL
   aggregate over the same tables (sqlite3, fetched whole). Target: <= 3x.
2. Building the dashboard (figures and the HTML page) from the loaded history. Target: < 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from srg_guide.dashboard import build_dashboard
from srg_guide.dashboard.page import render_dashboard
from srg_guide.history import Aggregate, load, save
from srg_guide.store import open_database

BARE_QUERY = """
SELECT d.gemeentecode, d.berichtgever, d.verslagmaand, c.kind, c.item, SUM(c.n)
FROM history_counts AS c JOIN history_deliveries AS d ON d.id = c.delivery_id
GROUP BY d.gemeentecode, d.berichtgever, d.verslagmaand, c.kind, c.item
"""
RULES = [f"SRG{n}" for n in (*range(101, 109), 201, 202, 203, 204, *range(301, 306), 501)]
TYPES = [str(n) for n in (11, 12, 13, 14, 21, 22, 23, 29, 30, 31, 32, 41, 42, 43, 59, 98)]
DOELEN = ("1", "2", "3")
BUCKETS = ("0-6", "7-12", "13-24", "25-60", "meer dan 60")


def history(months: int, gemeenten: int) -> list[Aggregate]:
    """Synthetic aggregates with counts that vary by gemeente and month."""
    out = []
    for g in range(gemeenten):
        for m in range(months):
            index = 2021 * 12 + m
            month = dt.date(index // 12, index % 12 + 1, 1).strftime("%Y-%m")
            a = Aggregate(f"{g:04d}{m:04d}".ljust(64, "0"), f"{363 + g:04d}", "12345", month,
                          3000 + g, "bench", "durations=1", "voorbeeld")  # fmt: skip
            for i, code in enumerate(RULES):
                a.counts[("regel", code)] = (g + m + i) % 7
            for i, code in enumerate(TYPES):
                for j, kind in enumerate(("type", "start", "stop", "lopend", "overmax")):
                    a.counts[(kind, code)] = 200 - 30 * j + (g * i + m) % 11
            for i, doel in enumerate(DOELEN):
                a.counts[("doel", doel)] = 1000 - 300 * i
            for i, bucket in enumerate(BUCKETS):
                a.counts[("duur", bucket)] = 600 - 100 * i
            if m % 12 == 0:
                a.skipped = {"SRG401": "geen levering van de vorige maand opgegeven"}
            out.append(a)
    return out


def best(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--gemeenten", type=int, default=12)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.db"
        engine = open_database(f"sqlite:///{path}")
        aggregates = history(args.months, args.gemeenten)
        start = time.perf_counter()
        save(engine, aggregates)
        stored_s = time.perf_counter() - start
        rows = sum(len(a.counts) for a in aggregates)
        print(f"history: {len(aggregates)} aggregates, {rows} counts, stored in {stored_s:.2f} s")

        def bare() -> None:
            with sqlite3.connect(path) as conn:
                conn.execute(BARE_QUERY).fetchall()

        loaded: list[list[Aggregate]] = []
        bare_s = best(bare, args.runs)
        core_s = best(lambda: loaded.append(load(engine)), args.runs)
        print(f"load: core {core_s * 1000:.0f} ms, bare SQL aggregate {bare_s * 1000:.0f} ms, "
              f"ratio {core_s / bare_s:.2f}x (target <= 3x)")  # fmt: skip

        pages: list[str] = []
        build_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            dashboard = build_dashboard(loaded[-1], {}, {"22": 24})
            pages.append(render_dashboard(dashboard))
            build_times.append(time.perf_counter() - start)
        print(f"build dashboard: best {min(build_times):.3f} s, median "
              f"{statistics.median(build_times):.3f} s (target < 1 s); "
              f"page {len(pages[-1]) / 1e6:.2f} MB")  # fmt: skip
        engine.dispose()


if __name__ == "__main__":
    main()
