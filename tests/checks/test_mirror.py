"""The spiegel counts from a real check: types, starts, ends and duration buckets."""

from __future__ import annotations

from pathlib import Path

from srg_guide.checks.runner import run_check
from tests.checks.deliveries import write_delivery


def test_durations_count_only_records_with_a_known_duration(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv",
        [
            {"begindatum": "20260105"},  # started this month
            {"begindatum": "20240101"},  # longer than 24 months at 2026-01-31
            {"begindatum": "20240201"},  # exactly 24 months at 2026-01-31
            {"begindatum": "20250231"},  # no such date: duration unknown
            {"begindatum": "20251201", "einddatum": "20260110"},  # ended this month
        ],
    )
    mirror = run_check(path).mirror
    assert mirror is not None
    assert mirror.duration_months == {
        "0-6": 2,
        "7-12": 0,
        "13-24": 1,
        "25-60": 1,
        "meer dan 60": 0,
    }
    (row,) = [t for t in mirror.types if t.code == "42"]
    assert (row.total, row.started, row.ended, row.running) == (5, 1, 1, 4)
