"""Check speed and memory on a generated delivery, against frictionless and a bare csv.reader.

Generates a CSV with every single-file defect except bad bytes, on which frictionless stops
(1,000,000 rows unless --rows), then times each run in its own interpreter, so import cost
and peak memory (ru_maxrss of that child) count. srg-guide runs as a user runs it:
`srg-guide check FILE`, with the text report on stdout and the run stored in the history
database (a temporary one that already exists, as after a first check). For comparison it
also runs with --geen-historie, `frictionless validate` with an equivalent schema, and a pass
with csv.reader that touches every row. Targets for `srg-guide check`: >= 10x faster than
frictionless, <= 3x the bare pass, peak RSS < 150 MB. Frictionless is skipped with a note when
it is not installed.

This machine's speed drifts by a third between runs a minute apart, so the bare pass and the
check run back to back in each of ``--rounds`` rounds, and the ratio is the median of the
rounds' ratios. CPU time (user + system) is shown too: the check uses a second core when
there is one, the bare pass never does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CREATE_HISTORY = """
from srg_guide.store import open_database
open_database().dispose()
"""

BARE = """
import csv
rows = 0
with open({path!r}, newline="", encoding="utf-8", errors="replace") as handle:
    for row in csv.reader(handle, delimiter=";"):
        rows += 1
print(rows)
"""

CHECK_ONLY = """
from pathlib import Path
from srg_guide.checks.params import params_for
from srg_guide.checks.runner import run_check
path = Path({path!r})
report = run_check(path, params=params_for(path, {tables!r}))
print(report.identity.row_count)
"""
"""The check alone (reading, rules, spiegel), without the report text and the history."""

FRICTIONLESS = """
from frictionless import Resource, Schema, formats
schema = Schema.from_descriptor({schema!r})
resource = Resource(path={name!r}, basepath={folder!r}, schema=schema,
                    control=formats.CsvControl(delimiter=";"))
report = resource.validate(limit_errors=10**9)
print(report.stats["errors"])
"""


def frictionless_schema(type_codes: list[str]) -> dict[str, object]:
    """The example layout as a Table Schema: the same field checks and the tracking key."""

    def text(name: str, pattern: str | None = None, required: bool = True) -> dict[str, object]:
        constraints: dict[str, object] = {"required": required}
        if pattern:
            constraints["pattern"] = pattern
        return {"name": name, "type": "string", "constraints": constraints}

    def date(name: str, required: bool = True) -> dict[str, object]:
        return {
            "name": name,
            "type": "date",
            "format": "%Y%m%d",
            "constraints": {"required": required},
        }

    fields = [
        text("gemeentecode", r"\d{4}"),
        text("berichtgevercode", r"\d+"),
        text("verslagmaand", r"\d{6}"),
        text("registratienummer"),
        text("bsn", r"\d{9}"),
        date("geboortedatum"),
        {
            "name": "type_voorziening",
            "type": "string",
            "constraints": {"required": True, "enum": type_codes},
        },
        {
            "name": "doel_inzet",
            "type": "string",
            "constraints": {"required": True, "enum": ["1", "2"]},
        },
        date("begindatum"),
        date("einddatum", required=False),
        text("loonwaarde", r"\d{1,3}(,\d+)?", required=False),
        {"name": "arbeidsvermogen", "type": "string", "constraints": {"enum": ["1", "2"]}},
    ]
    return {
        "fields": fields,
        "primaryKey": ["registratienummer", "gemeentecode", "berichtgevercode"],
    }


def defect_spec(rows: int) -> str:
    """Every single-file defect except SRG108: frictionless stops at the first bad byte."""
    from srg_guide.sample.generator import ALL_CODES, MONTH_OVER_MONTH

    count = max(1, rows // 2000)
    codes = [c for c in ALL_CODES if c not in MONTH_OVER_MONTH and c != "SRG108"]
    return ",".join(f"{code}={count}" for code in codes)


def timed(
    argv: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> tuple[float, float, int, str]:
    """Run ``argv`` as a fresh process: wall seconds, CPU seconds, peak RSS in MB, stdout.

    Output goes to temporary files, not pipes: a long report would fill a pipe and stall
    the child while this process waits for it to end.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status) not in ok:
            raise SystemExit(f"run failed: {' '.join(argv)}\n{err.read().decode()}")
        cpu = usage.ru_utime + usage.ru_stime
        return elapsed, cpu, usage.ru_maxrss // 1024, out.read().decode().strip()


def python(code: str) -> list[str]:
    """``code`` in a fresh interpreter."""
    return [sys.executable, "-c", code]


def summary(report: str) -> str:
    """The summary line of a text report."""
    return next((line for line in report.splitlines() if line.startswith("Samenvatting")), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="bare pass + check, back to back")
    args = parser.parse_args()
    # The sample's example type codes, so the LKS defects have a code to use.
    from srg_guide.locations import sample_tables

    tables = str(sample_tables())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "levering.csv"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "srg_guide",
                "sample",
                "--rows",
                str(args.rows),
                "--seed",
                str(args.seed),
                "--defects",
                defect_spec(args.rows),
                "--tables",
                tables,
                str(path),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        size = path.stat().st_size / 2**20
        print(f"bestand: {args.rows:,} regels, {size:.0f} MB (alle fouten behalve SRG108)")
        # A user's own folders, in the temporary folder: the history database exists already.
        env = {k: v for k, v in os.environ.items() if k != "SRG_GUIDE_DB"}
        env |= {"SRG_GUIDE_HOME": f"{folder}/home", "SRG_GUIDE_CACHE": f"{folder}/cache"}
        timed(python(CREATE_HISTORY), env)
        check = [sys.executable, "-m", "srg_guide", "check", str(path), "--tables", tables]
        runs = {
            "kaal": (python(BARE.format(path=str(path))), (0,)),
            "check": (check, (0, 1)),
            "lean": ([*check, "--geen-historie"], (0, 1)),
            "core": (python(CHECK_ONLY.format(path=str(path), tables=tables)), (0,)),
        }
        rounds = [
            {name: timed(argv, env, ok=ok) for name, (argv, ok) in runs.items()}
            for _ in range(args.rounds)
        ]

        def median(name: str, item: int) -> float:
            return statistics.median(r[name][item] for r in rounds)

        def ratio(name: str, item: int = 0) -> float:
            return statistics.median(r[name][item] / r["kaal"][item] for r in rounds)

        def peak(name: str) -> int:
            return max(r[name][2] for r in rounds)

        labels = {
            "kaal": "csv.reader (kaal):",
            "check": "srg-guide check:",
            "lean": "  --geen-historie:",
            "core": "  alleen controle:",
        }
        print(f"{args.rounds} rondes; mediaan wandklok, mediaan CPU-tijd, hoogste piekgeheugen")
        for name, label in labels.items():
            print(
                f"{label:20s} {median(name, 0):6.2f} s  {median(name, 1):6.2f} s CPU  "
                f"{peak(name):4d} MB"
            )
        print(
            "  per ronde (s):",
            "; ".join(" / ".join(f"{r[n][0]:.2f}" for n in runs) for r in rounds),
        )
        print(f"samenvatting: {summary(rounds[0]['check'][3])}")
        ours_s = median("check", 0)
        print(f"verhouding srg-guide / kaal:         {ratio('check'):5.2f}x (doel <= 3)")
        print(f"verhouding controle / kaal:          {ratio('core'):5.2f}x (doel <= 3)")
        print(f"verhouding CPU-tijd srg-guide / kaal: {ratio('check', 1):5.2f}x")
        try:
            import frictionless  # noqa: F401
        except ImportError:
            print("frictionless niet geïnstalleerd: pip install -e '.[bench]'")
        else:
            from srg_guide.checks.params import load_params

            schema = frictionless_schema(sorted(load_params(tables).type_codes))
            code = FRICTIONLESS.format(schema=schema, name=path.name, folder=folder)
            fl_s, _, fl_mb, fl_out = timed(python(code))
            print(f"frictionless:        {fl_s:6.2f} s  {fl_mb:4d} MB  (fouten: {fl_out})")
            print(f"verhouding frictionless / srg-guide: {fl_s / ours_s:5.2f}x (doel >= 10)")
        print(f"piekgeheugen srg-guide: {peak('check')} MB (doel < 150)")


if __name__ == "__main__":
    main()
