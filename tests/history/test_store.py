"""Storing the aggregate of a check: idempotent, split per gemeente, honest about rules not run,
and free of personal data. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from srg_guide.checks.layout import load_layout
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.dashboard import build_dashboard
from srg_guide.history import Aggregate, aggregates_of, load, save
from srg_guide.history.aggregate import MIRROR_MONTH
from srg_guide.locations import bundled_sample
from srg_guide.store import open_database
from tests.checks.deliveries import write_delivery
from tests.history.months import DATA_ARGS, PARAMS, write_month

JAN = dt.date(2026, 1, 1)


def _check(path: Path, limit: int | None = None):  # type: ignore[no-untyped-def]
    layout = load_layout()
    report = run_check(path, layout=layout, params=PARAMS, limit=limit)
    return report, aggregates_of(report, path, layout, PARAMS)


def test_same_file_twice_is_stored_once(db_url: str, tmp_path: Path) -> None:
    path = write_month(tmp_path, JAN)
    report, aggregates = _check(path)
    engine = open_database(db_url)
    assert save(engine, aggregates) == 1
    assert save(engine, aggregates) == 0
    stored = load(engine)
    assert len(stored) == 1
    only = stored[0]
    assert (only.gemeentecode, only.berichtgever, only.verslagmaand) == ("0363", "12345", "2026-01")
    assert only.file_sha256 == report.identity.input_sha256
    for result in report.results:
        assert only.count("regel", result.rule.code) == result.count, result.rule.code
    assert sum(n for (kind, _), n in only.counts.items() if kind == "type") == sum(
        t.total for t in report.mirror.types
    )
    assert only.table_versions == report.identity.ruleset_version
    engine.dispose()


def test_check_twice_through_the_cli_stores_once_and_geen_historie_stores_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_month(tmp_path, JAN, defects="none")
    other = write_month(tmp_path, dt.date(2026, 2, 1), defects="none", seed=2)
    for _ in range(2):
        main(["check", str(path), "--db", db_url, *DATA_ARGS])
    main(["check", str(other), "--db", db_url, "--geen-historie", *DATA_ARGS])
    capsys.readouterr()
    engine = open_database(db_url)
    assert [a.verslagmaand for a in load(engine)] == ["2026-01"]
    engine.dispose()


def test_rules_that_did_not_run_are_stored_as_not_run(db_url: str, tmp_path: Path) -> None:
    _, aggregates = _check(write_month(tmp_path, JAN))
    engine = open_database(db_url)
    save(engine, aggregates)
    stored = load(engine)[0]
    engine.dispose()
    # No previous month given: the month-over-month rules did not run, so no count, not 0.
    assert stored.count("regel", "SRG401") is None
    assert "vorige maand" in stored.skipped["SRG401"]
    assert stored.count("regel", "SRG301") is not None


def test_a_file_for_two_gemeenten_gives_one_aggregate_each(db_url: str, tmp_path: Path) -> None:
    path = write_month(tmp_path, JAN, defects="none", second_gemeente="0518", rows=200)
    report, aggregates = _check(path)
    assert [a.gemeentecode for a in aggregates] == ["0363", "0518"]
    assert sum(a.row_count for a in aggregates) == report.identity.row_count
    for code in {t.code for t in report.mirror.types}:
        whole = next(t.total for t in report.mirror.types if t.code == code)
        assert sum(a.counts.get(("type", code), 0) for a in aggregates) == whole
    for result in report.results:
        split = [a.count("regel", result.rule.code) for a in aggregates]
        if None not in split:
            assert sum(split) == result.count  # type: ignore[arg-type]
    engine = open_database(db_url)
    assert save(engine, aggregates) == 2
    assert save(engine, aggregates) == 0
    engine.dispose()


def test_the_aggregate_comes_from_the_checks_own_pass(tmp_path: Path) -> None:
    """No second read (the file is gone when storing), and per gemeente the same spiegel as a
    check of that gemeente's records alone."""
    path = write_month(tmp_path, JAN, defects="none", second_gemeente="0518", rows=600)
    header, *records = path.read_bytes().splitlines(keepends=True)
    alone = {}
    for gemeente in ("0363", "0518"):
        part = tmp_path / gemeente / path.name
        part.parent.mkdir()
        part.write_bytes(
            b"".join([header, *(r for r in records if r.startswith(gemeente.encode()))])
        )
        (single,) = _check(part)[1]
        alone[gemeente] = single
    layout = load_layout()
    report = run_check(path, layout=layout, params=PARAMS)
    path.unlink()
    aggregates = aggregates_of(report, path, layout, PARAMS)
    assert [a.gemeentecode for a in aggregates] == ["0363", "0518"]
    for aggregate in aggregates:
        expected = alone[aggregate.gemeentecode]
        assert aggregate.row_count == expected.row_count

        def spiegel(a: Aggregate) -> dict[tuple[str, str], int]:
            return {k: n for k, n in a.counts.items() if k[0] != "regel"}

        assert spiegel(aggregate) == spiegel(expected), aggregate.gemeentecode
        assert spiegel(aggregate)


def test_cut_findings_cannot_be_split_per_gemeente(tmp_path: Path) -> None:
    path = write_month(tmp_path, JAN, second_gemeente="0518", rows=4000)
    _, aggregates = _check(path)
    report_cut, cut = _check(path, limit=1)
    many = [r.rule.code for r in report_cut.results if r.count > 1]
    assert many, "the generated file must have a rule with more than one finding"
    for aggregate in cut:
        assert aggregate.count("regel", many[0]) is None
        assert "afgekapt" in aggregate.skipped[many[0]]
    assert all(a.count("regel", many[0]) is not None for a in aggregates)


def _personal_values(path: Path) -> set[str]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    values = set()
    for row in rows:
        for name in ("registratienummer", "bsn", "geboortedatum"):
            if len(row.get(name) or "") >= 5:
                values.add(row[name])
    return values


def test_the_stored_aggregate_holds_no_personal_data(db_url: str, tmp_path: Path) -> None:
    path = write_month(tmp_path, JAN, second_gemeente="0518", rows=300)
    _, aggregates = _check(path)
    engine = open_database(db_url)
    save(engine, aggregates)
    personal = _personal_values(path)
    assert len(personal) > 500
    stored: list[str] = []
    with engine.connect() as conn:
        for name in ("history_deliveries", "history_counts"):
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            for row in conn.execute(sa.select(table)):
                stored += [str(value) for value in row]
    engine.dispose()
    text = "\n".join(stored)
    assert "0363" in text  # the scan does read the stored values
    leaks = [value for value in personal if value in text]
    assert leaks == []


def test_a_delivery_on_stdin_is_stored(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_month(tmp_path, JAN, defects="none")
    with path.open("rb") as stdin:
        monkeypatch.setattr("sys.stdin", stdin)
        main(["check", "-", "--db", db_url, *DATA_ARGS])
    assert "historie niet opgeslagen" not in capsys.readouterr().err
    engine = open_database(db_url)
    assert [a.verslagmaand for a in load(engine)] == ["2026-01"]
    engine.dispose()


def test_the_bundled_sample_is_not_stored_and_says_so(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(bundled_sample()), "--db", db_url])
    err = capsys.readouterr().err
    assert "historie niet opgeslagen: dit is het meegeleverde voorbeeldbestand" in err
    engine = open_database(db_url)
    assert load(engine) == []
    engine.dispose()


def test_without_a_readable_month_flows_are_stored_as_not_counted(tmp_path: Path) -> None:
    """Starts, ends and running provisions need the verslagmaand: not stored as 0, and the
    dashboard shows them as not run."""
    path = write_delivery(
        tmp_path / "l.csv",
        [{"verslagmaand": "2024-10", "type_voorziening": "22", "begindatum": "20200101"}],
    )
    _, (aggregate,) = _check(path)
    assert aggregate.counts[("type", "22")] == 1
    assert not {kind for kind, _ in aggregate.counts} & {
        "start",
        "stop",
        "lopend",
        "overmax",
        "duur",
    }
    assert "verslagmaand" in aggregate.skipped[MIRROR_MONTH]
    dashboard = build_dashboard([aggregate])
    assert dashboard.series("stroom", "lopend") == {aggregate.verslagmaand: None}
    assert dashboard.series("type", "22 onbekend type") == {aggregate.verslagmaand: 1}
    assert MIRROR_MONTH not in dashboard.rules
