"""``history import`` on a folder of 24 generated monthly files, then the dashboard from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.checks.layout import load_layout
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.history import import_folder, load
from srg_guide.store import open_database
from tests.dashboard.tables import table
from tests.history.months import DATA_ARGS, PARAMS, month_add, write_month

START = dt.date(2024, 1, 1)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("leveringen")
    for n in range(24):
        write_month(here, month_add(START, n), rows=60 + 3 * n, seed=n)
    (here / "lees-mij.md").write_text("geen levering", encoding="utf-8")
    return here


def test_import_24_months_then_again_then_the_dashboard(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'historie.db'}"
    assert main(["history", "import", str(folder), "--db", db, *DATA_ARGS]) == 0
    out = capsys.readouterr().out
    assert "24 bestanden gelezen, 24 nieuwe maandtellingen" in out
    assert main(["history", "import", str(folder), "--db", db, *DATA_ARGS]) == 0
    out = capsys.readouterr().out
    assert "24 bestanden gelezen, 0 nieuwe maandtellingen" in out
    assert "24 overgeslagen (al opgeslagen met dezelfde versie" in out
    engine = open_database(db)
    stored = load(engine)
    engine.dispose()
    assert [a.verslagmaand for a in stored] == [
        month_add(START, n).strftime("%Y-%m") for n in range(24)
    ]
    # Each file has one record of the wrong shape (SRG107), which counts nowhere else.
    assert [a.row_count for a in stored] == [60 + 3 * n - 1 for n in range(24)]

    output = tmp_path / "dashboard.html"
    assert main(["dashboard", "--db", db, "--output", str(output), *DATA_ARGS]) == 0
    page = output.read_text(encoding="utf-8")
    signals = table(page, "Bevindingen per controle")
    # The numbers shown are the check's own counts, month by month.
    layout = load_layout()
    for n in (0, 13, 23):
        path = folder / f"levering-{month_add(START, n):%Y-%m}.csv"
        report = run_check(path, layout=layout, params=PARAMS)
        for result in report.results:
            prefix = result.rule.code + " "
            row = next((v for k, v in signals.items() if k.startswith(prefix)), None)
            assert row is not None, (result.rule.code, list(signals))
            assert row[n] == str(result.count), (n, result.rule.code)
        for skipped in report.skipped:
            row = next(v for k, v in signals.items() if k.startswith(skipped.rule.code + " "))
            assert row[n] == "niet uitgevoerd"


def test_a_stored_file_is_skipped_without_a_check(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same bytes, srg-guide version and tables: hashed only. Another version: checked again."""
    import srg_guide.checks.runner
    import srg_guide.history.importer

    here = tmp_path / "map"
    here.mkdir()
    for n in range(2):
        write_month(here, month_add(START, n), seed=n)
    layout = load_layout()
    engine = open_database(db_url)
    tables = DATA_ARGS[1]
    trees = DATA_ARGS[3]
    first = import_folder(engine, here, layout, tables=tables, trees=trees)
    assert (first.files, first.stored, first.skipped) == (2, 2, 0)

    checked: list[Path] = []
    real = srg_guide.checks.runner.run_check

    def counting(path: Path, **kwargs: object) -> object:
        checked.append(path)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(srg_guide.checks.runner, "run_check", counting)
    again = import_folder(engine, here, layout, tables=tables, trees=trees)
    assert (again.files, again.stored, again.skipped) == (2, 0, 2) and checked == []

    monkeypatch.setattr(srg_guide.history.importer, "__version__", "99.0")
    newer = import_folder(engine, here, layout, tables=tables, trees=trees)
    assert newer.skipped == 0 and len(checked) == 2
    engine.dispose()


def test_a_broken_file_is_named_and_the_others_are_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here = tmp_path / "map"
    here.mkdir()
    write_month(here, START)
    (here / "kapot.xlsx").write_bytes(b"geen spreadsheet")
    db = f"sqlite:///{tmp_path / 'historie.db'}"
    assert main(["history", "import", str(here), "--db", db, *DATA_ARGS]) == 1
    captured = capsys.readouterr()
    assert "kapot.xlsx" in captured.err
    assert "1 nieuwe maandtellingen" in captured.out
    assert "Traceback" not in captured.err


def test_a_missing_folder_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["history", "import", str(tmp_path / "nergens"), "--db", f"sqlite:///{tmp_path}/h.db"]
    )
    assert code != 0
    assert "geen map" in capsys.readouterr().err
