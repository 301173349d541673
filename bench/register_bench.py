"""Register speed, as ratios to bare baselines measured in the same run.

1. A register of 5,000 entries (half of them decided) in SQLite: filtering through the core
   (``Register.entries(text)``, rows turned into Entry objects) against the same join and LIKE
   filter as a bare sqlite3 query. Target: <= 3x.
2. ``check --register`` on a generated delivery of 1,000,000 rows with a local-code column,
   each run in its own interpreter: against a bare csv.reader pass (target: <= 3x), and
   against the same check without the register (what the register adds).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from check_bench import BARE  # the same bare csv.reader pass (bench/ is on sys.path)

from srg_guide.register import Register, Row
from srg_guide.register.draft import DecisionDraft, columns_from_rationale

BARE_QUERY = """
SELECT e.*, d.* FROM register_entries AS e
LEFT OUTER JOIN register_decisions AS d ON d.id = e.current_decision_id
WHERE lower(e.lokale_code) LIKE lower(?) OR lower(e.naam) LIKE lower(?)
   OR lower(e.omschrijving) LIKE lower(?)
ORDER BY e.lokale_code
"""

OURS = """
from pathlib import Path
from srg_guide.checks.layout import load_layout
from srg_guide.checks.runner import run_check
from srg_guide.register import Register, decisions_frame
report = run_check(Path({path!r}), layout=load_layout({layout!r}),
                   register=decisions_frame(Register.open({url!r})))
print(report.identity.row_count, {{r.rule.code: r.count for r in report.results
                                   if r.rule.code.startswith("SRG70")}})
"""

PLAIN = """
from pathlib import Path
from srg_guide.checks.layout import load_layout
from srg_guide.checks.runner import run_check
report = run_check(Path({path!r}), layout=load_layout({layout!r}))
print(report.identity.row_count)
"""


KINDS = ("Training", "Coaching", "Werkplek", "Taalmaatje", "Participatieplaats")


def synthetic_draft(type_code: str, counts: bool = True) -> DecisionDraft:
    """A decision without a tree walk: the bench measures storage and checks, not the tree."""
    rationale = {
        "outcome_id": f"type-{type_code}",
        "verdict": f"Telt mee: type {type_code}",
        "counts": counts,
        "code": type_code,
        "doel": "1",
        "tree_id": "srg",
        "tree_version": "bench",
        "tree_sha256": "0" * 64,
        "steps": [],
    }
    text = json.dumps(rationale)
    return DecisionDraft(
        text, (("inzet-betrokken", "gemeente"),), (), columns_from_rationale(rationale)
    )


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_filter(folder: Path, entries: int) -> None:
    url = f"sqlite:///{folder / 'register.db'}"
    register = Register.open(url)
    rows = [
        Row(
            i, {"lokale_code": f"L{i:05d}", "naam": f"{KINDS[i % 5]} {i}", "omschrijving": "x" * 40}
        )
        for i in range(entries)
    ]
    register.import_catalogue(rows, "catalogus")
    for i in range(0, entries, 2):
        register.decide(f"L{i:05d}", synthetic_draft("42"), expected_version=1)
    text = "training"
    found = len(register.entries(text))
    connection = sqlite3.connect(folder / "register.db")
    pattern = f"%{text}%"

    def bare() -> None:
        connection.execute(BARE_QUERY, (pattern, pattern, pattern)).fetchall()

    bare_s = best_of(15, bare)
    core_s = best_of(15, lambda: register.entries(text))
    print(f"register: {entries:,} voorzieningen, filter '{text}' vindt er {found:,}")
    print(f"kale SQL-query:      {bare_s * 1000:7.1f} ms")
    print(f"srg-guide (kern):    {core_s * 1000:7.1f} ms")
    print(f"verhouding kern / kaal: {core_s / bare_s:5.2f}x (doel <= 3)")


def timed(code: str) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"run failed:\n{result.stderr}")
    return time.perf_counter() - start, result.stdout.strip()


def bench_check(folder: Path, rows: int) -> None:
    import polars as pl

    from tests.register.cases import layout_with_local_code

    sample = folder / "sample.csv"
    subprocess.run(
        [sys.executable, "-m", "srg_guide", "sample", "--rows", str(rows), str(sample)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    frame = pl.read_csv(sample, separator=";", infer_schema=False, encoding="utf8-lossy")
    types = sorted(frame["type_voorziening"].drop_nulls().unique().to_list())
    # One local provision per type; one record in 1,000 carries a code the register lacks.
    local = pl.concat_str(pl.lit("L-"), pl.col("type_voorziening"))
    unknown = (pl.int_range(pl.len()) % 1000) == 0
    frame = frame.with_columns(
        pl.when(unknown).then(pl.lit("ONBEKEND")).otherwise(local).alias("lokale_code")
    )
    path = folder / "levering.csv"
    frame.write_csv(path, separator=";")
    del frame
    url = f"sqlite:///{folder / 'check.db'}"
    register = Register.open(url)
    register.import_catalogue(
        [Row(i, {"lokale_code": f"L-{t}", "naam": t}) for i, t in enumerate(types)], "c"
    )
    for t in types:
        register.decide(f"L-{t}", synthetic_draft(t), expected_version=1)
    layout = layout_with_local_code(folder)
    size = path.stat().st_size / 2**20
    print(
        f"\nbestand: {rows:,} regels, {size:.0f} MB, met kolom lokale_code; "
        f"register: {len(types)} codes"
    )
    bare_s, _ = timed(BARE.format(path=str(path)))
    ours_s, out = timed(OURS.format(path=str(path), layout=str(layout), url=url))
    plain_s, _ = timed(PLAIN.format(path=str(path), layout=str(layout)))
    print(f"csv.reader (kaal):      {bare_s:6.2f} s")
    print(f"check zonder register:  {plain_s:6.2f} s")
    print(f"check --register:       {ours_s:6.2f} s  (rijen, registerbevindingen: {out})")
    print(f"verhouding check --register / kaal: {ours_s / bare_s:5.2f}x (doel <= 3)")
    print(f"wat het register toevoegt:          {ours_s / plain_s:5.2f}x de check zonder register")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=5_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    with tempfile.TemporaryDirectory() as folder:
        bench_filter(Path(folder), args.entries)
        bench_check(Path(folder), args.rows)


if __name__ == "__main__":
    main()
