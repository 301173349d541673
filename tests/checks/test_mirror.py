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


def test_without_a_readable_month_the_month_counts_are_not_counted(tmp_path: Path) -> None:
    """Starts, ends, running provisions, durations and "longer than the maximum" need the
    verslagmaand: without it they are None with the reason, never 0."""
    path = write_delivery(
        tmp_path / "l.csv",
        [
            {"verslagmaand": "2024-10", "type_voorziening": "22", "begindatum": "20200101"},
            {"verslagmaand": "2024-10", "type_voorziening": "22", "begindatum": "20241001"},
        ],
    )
    mirror = run_check(path).mirror
    assert (mirror.started, mirror.ended, mirror.running) == (None, None, None)
    assert mirror.duration_months is None
    assert mirror.not_counted == "verslagmaand van deze levering ontbreekt of is onleesbaar"
    (row,) = mirror.types
    assert (row.total, row.per_doel) == (2, {"1": 2})
    assert (row.started, row.ended, row.running, row.over_max) == (None, None, None, None)
    assert row.max_months == 24


def test_a_type_without_a_maximum_has_no_count_over_the_maximum(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv", [{"type_voorziening": "30", "begindatum": "20100101"}]
    )
    mirror = run_check(path).mirror
    assert mirror.not_counted is None
    (row,) = mirror.types
    assert (row.max_months, row.over_max, row.running) == (None, None, 1)
