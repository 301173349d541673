"""SRG305 and the spiegel at the boundaries: "longer than N months" per srg-facts §4.

A provision runs longer than N months when the end of the period (einddatum, or else the last
day of the verslagmaand) falls after begindatum + N months - 1 day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from tests.checks.deliveries import example_params, write_delivery
from tests.checks.test_calendar import add_months

PARAMS = example_params()
LIMIT = PARAMS.max_months["22"]


def _ymd(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _month_end(month: dt.date) -> dt.date:
    return add_months(month.replace(day=1), 1) - dt.timedelta(days=1)


def _fires(report: Report) -> set[int]:
    (result,) = [r for r in report.results if r.rule.code == "SRG305"]
    return {f.line for f in result.findings if f.line is not None}


def _expected(begin: dt.date, end: dt.date, months: int) -> bool:
    return end > add_months(begin, months) - dt.timedelta(days=1)


def test_the_example_from_the_facts(tmp_path: Path) -> None:
    """Begin 01-10-2022, type 22: verslagmaand October 2024 fires, September 2024 not."""
    records = [
        {"type_voorziening": "22", "begindatum": "20221001", "verslagmaand": month}
        for month in ("202409", "202410")
    ]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=PARAMS)
    assert _fires(report) == {3}


BEGINS = [
    dt.date(2022, 10, 1),
    dt.date(2022, 1, 28),
    dt.date(2022, 1, 29),
    dt.date(2022, 1, 30),
    dt.date(2022, 1, 31),
    dt.date(2022, 8, 31),
    dt.date(2022, 12, 31),
    dt.date(2024, 2, 29),
    dt.date(2023, 2, 28),
]


@pytest.mark.parametrize("begin", BEGINS, ids=str)
def test_boundary_by_verslagmaand(tmp_path: Path, begin: dt.date) -> None:
    """Verslagmaanden around begin + 24 months: fires from the first one that is longer."""
    months = [add_months(begin.replace(day=1), LIMIT + k) for k in (-2, -1, 0, 1, 2)]
    records = [
        {"type_voorziening": "22", "begindatum": _ymd(begin), "verslagmaand": m.strftime("%Y%m")}
        for m in months
    ]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=PARAMS)
    expected = {i + 2 for i, m in enumerate(months) if _expected(begin, _month_end(m), LIMIT)}
    assert _fires(report) == expected
    assert expected, "the window must hold a firing month"
    assert len(expected) < len(months), "the window must hold a silent month"


@pytest.mark.parametrize("begin", BEGINS, ids=str)
def test_boundary_by_einddatum(tmp_path: Path, begin: dt.date) -> None:
    """Ends one day before, on, and after begin + 24 months - 1 day."""
    last_ok = add_months(begin, LIMIT) - dt.timedelta(days=1)
    ends = [last_ok - dt.timedelta(days=1), last_ok, last_ok + dt.timedelta(days=1)]
    records = [
        {
            "type_voorziening": "22",
            "begindatum": _ymd(begin),
            "einddatum": _ymd(end),
            "verslagmaand": end.strftime("%Y%m"),
        }
        for end in ends
    ]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=PARAMS)
    assert _fires(report) == {4}


def test_mirror_over_max_matches_the_rule(tmp_path: Path) -> None:
    """The spiegel's "over maximum" and its buckets count with the same rule as SRG305."""
    records = [
        {"type_voorziening": "22", "begindatum": _ymd(add_months(dt.date(2026, 1, 31), -n))}
        for n in range(20, 30)
    ] + [{"type_voorziening": "22", "begindatum": "20240201"}]
    report = run_check(write_delivery(tmp_path / "l.csv", records), params=PARAMS)
    (row,) = [t for t in report.mirror.types if t.code == "22"]
    assert row.over_max == len(_fires(report)) == 6
    buckets = report.mirror.duration_months
    assert buckets["25-60"] == 6
    assert buckets["13-24"] == 5
