"""Tables in force on a date: --as-of picks the durations, AOW and signal versions."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from srg_guide.checks.params import load_params
from srg_guide.cli import main
from srg_guide.errors import InputFileError
from srg_guide.locations import data_dir
from tests.checks.deliveries import write_delivery

NEW = 'version: "2024"\nvalid_from: 2024-06-01\nmax_months: {"22": 24}\n'
OLD = 'version: "2020"\nvalid_from: 2020-01-01\nmax_months: {"22": 12}\n'


@pytest.fixture
def tables(tmp_path: Path) -> Path:
    folder = tmp_path / "tables"
    shutil.copytree(data_dir("tables"), folder)
    (folder / "durations.yaml").write_text(NEW, encoding="utf-8")
    (folder / "durations.2020.yaml").write_text(OLD, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("day", "months", "version"),
    [(dt.date(2024, 6, 1), 24, "2024"), (dt.date(2024, 5, 31), 12, "2020")],
)
def test_latest_version_not_after_the_date_wins(
    tables: Path, day: dt.date, months: int, version: str
) -> None:
    params = load_params(tables, as_of=day)
    assert params.max_months == {"22": months}
    assert params.versions["durations"] == version


def test_valid_from_with_a_time_counts_from_that_day(tables: Path) -> None:
    (tables / "durations.2020.yaml").write_text(OLD.replace("2020-01-01", "2020-01-01 09:00:00"))
    assert load_params(tables, as_of=dt.date(2020, 1, 1)).max_months == {"22": 12}


def test_no_version_in_force_uses_the_oldest_and_says_so(tables: Path) -> None:
    params = load_params(tables, as_of=dt.date(2019, 12, 31))
    assert params.max_months == {"22": 12}
    (notice,) = [n for n in params.notices if "durations" in n]
    assert "31-12-2019" in notice
    assert "versie 2020" in notice
    assert "01-01-2020" in notice
    assert "geen oudere versie" in notice or "oudere versie is er niet" in notice


def test_a_version_in_force_gives_no_notice(tables: Path) -> None:
    assert not [
        n for n in load_params(tables, as_of=dt.date(2024, 6, 1)).notices if "durations" in n
    ]


def test_bad_valid_from_names_file_line_and_field(tables: Path) -> None:
    (tables / "durations.2020.yaml").write_text(OLD.replace("2020-01-01", "begin"), "utf-8")
    with pytest.raises(InputFileError) as caught:
        load_params(tables)
    assert "durations.2020.yaml:2" in str(caught.value)
    assert "valid_from" in str(caught.value)


def test_check_as_of_uses_the_table_then_in_force(
    tables: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 18 whole months at the end of the reporting month: too long only under the 2020 table.
    path = write_delivery(
        tmp_path / "l.csv", [{"type_voorziening": "22", "begindatum": "20240701"}]
    )

    def durations_signals(as_of: str) -> int:
        args = ["check", str(path), "--tables", str(tables), "--format", "json", "--as-of", as_of]
        main(args)
        report = json.loads(capsys.readouterr().out)
        return sum(r["count"] for r in report["rules"] if r["code"] == "SRG305")

    assert durations_signals("2024-05-31") == 1
    assert durations_signals("2024-06-01") == 0


def test_check_before_every_version_names_the_version_used(
    tables: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_delivery(tmp_path / "l.csv", [{}])
    out = tmp_path / "r.json"
    args = ["check", str(path), "--tables", str(tables), "--as-of", "2019-06-30"]
    main([*args, "--output", str(out)])
    err = capsys.readouterr().err
    assert "Op 30-06-2019 gold nog geen versie van de tabel maximale looptijden" in err
    assert "Gebruikt is versie 2020" in err
    assert json.loads(out.read_text("utf-8"))


def test_an_older_version_added_next_to_the_shipped_one_does_not_replace_it(
    tmp_path: Path,
) -> None:
    """The shipped durations table is dated (July 2024), so an older one only counts before."""
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "durations.2020.yaml").write_text(OLD, "utf-8")
    assert load_params(folder, as_of=dt.date(2026, 1, 31)).versions["durations"] == "2024.1"
    assert load_params(folder, as_of=dt.date(2021, 1, 31)).versions["durations"] == "2020"


def test_an_undated_version_next_to_dated_ones_counts_as_the_oldest_and_says_so(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "aow.2026.yaml").write_text(
        'version: "2026"\nvalid_from: 2026-01-01\nages: []\n', "utf-8"
    )
    params = load_params(folder, as_of=dt.date(2025, 6, 1))
    assert params.versions["aow"] != "2026"
    assert any("geen valid_from" in n and "AOW-leeftijden (aow.yaml)" in n for n in params.notices)
