"""The dashboard shows the figures that were stored: a known history in, the same numbers out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from srg_guide.cli import main
from srg_guide.dashboard import build_dashboard
from srg_guide.dashboard.page import render_dashboard
from srg_guide.history import Aggregate, load, save
from srg_guide.store import open_database
from tests.dashboard.tables import table
from tests.history.months import month_add

START = dt.date(2025, 7, 1)
GEMEENTEN = ("0363", "0518")
TYPE_NAMES = {"22": "Loonkostensubsidie Participatiewet", "30": "Jobcoaching"}
MAX_MONTHS = {"22": 36}


def _known(gemeente_index: int, month_index: int) -> Aggregate:
    """Counts that differ per gemeente and month, so a mix-up shows."""
    base = 100 * (gemeente_index + 1) + month_index
    month = month_add(START, month_index).strftime("%Y-%m")
    aggregate = Aggregate(
        file_sha256=f"{gemeente_index}{month_index:02d}".ljust(64, "0"),
        gemeentecode=GEMEENTEN[gemeente_index],
        berichtgever="12345",
        verslagmaand=month,
        row_count=base * 3,
        tool_version="test",
        table_versions="durations=1",
        layout_name="voorbeeld",
    )
    aggregate.counts = {
        ("regel", "SRG303"): base,
        ("regel", "SRG305"): month_index + 1,
        ("type", "22"): base * 2,
        ("type", "30"): base,
        ("overmax", "22"): month_index + 1,
        ("start", "22"): 5,
        ("start", "30"): month_index,
        ("stop", "30"): 2,
        ("lopend", "22"): base,
        ("doel", "1"): base * 3,
    }
    if month_index == 5:
        aggregate.skipped = {"SRG302": "veld arbeidsvermogen ontbreekt in de layout"}
    return aggregate


@pytest.fixture
def stored(db_url: str) -> list[Aggregate]:
    engine = open_database(db_url)
    save(engine, [_known(g, m) for g in range(2) for m in range(6)])
    history = load(engine)
    engine.dispose()
    return history


def test_the_page_shows_the_stored_counts(stored: list[Aggregate]) -> None:
    dashboard = build_dashboard(stored, TYPE_NAMES, MAX_MONTHS)
    page = render_dashboard(dashboard)
    months = [month_add(START, m).strftime("%Y-%m") for m in range(6)]
    signals = table(page, "Bevindingen per controle")
    title = dashboard.rules["SRG303"]
    assert signals[f"SRG303 {title}"] == [str(100 + m + 200 + m) for m in range(6)]
    # SRG302 did not run in the last month: unknown, not 0; before that it ran and found none.
    assert signals[f"SRG302 {dashboard.rules['SRG302']}"] == ["0"] * 5 + ["niet uitgevoerd"]
    types = table(page, "Voorzieningen per type")
    assert types["22 Loonkostensubsidie Participatiewet"] == [
        str(2 * (100 + m) + 2 * (200 + m)) for m in range(6)
    ]
    flows = table(page, "Gestart, gestopt en lopend")
    assert flows["gestart"] == [str(2 * (5 + m)) for m in range(6)]
    assert flows["gestopt"] == ["4"] * 6
    assert flows["lopend"] == [str(100 + m + 200 + m) for m in range(6)]
    over = table(page, "Voorzieningen langer dan de maximale duur")
    assert over["22 Loonkostensubsidie Participatiewet"] == [str(2 * (m + 1)) for m in range(6)]
    side = table(page, "Totaal aantal signalen per gemeente")
    assert side["0518"] == [str(200 + m + m + 1) for m in range(6)]
    assert side["Gemeente"] == months
    not_run = table(page, "Controles die niet draaiden")
    assert "0363 2025-12" in not_run[f"SRG302 {dashboard.rules['SRG302']}"][-1]


def test_the_quarter_table_has_the_shape_of_the_cbs_mail(stored: list[Aggregate]) -> None:
    page = render_dashboard(build_dashboard(stored, TYPE_NAMES, MAX_MONTHS))
    quality = table(page, "Signalering kwaliteit | Aantal voorzieningen")
    # Quarter 2025-K3 is shown by September (month index 2), 2025-K4 by December (index 5).
    assert quality["Signalering kwaliteit"] == [
        "2025-K3 (sep 2025)",
        "2025-K4 (dec 2025)",
    ]
    assert quality["Loonwaarde niet gevuld (SRG303)"] == ["102", "105"]
    assert quality[next(k for k in quality if k.endswith("(SRG302)"))] == ["0", "niet uitgevoerd"]
    durations = table(page, "Type voorziening | Maximale duur | Aantal")
    assert durations["22 Loonkostensubsidie Participatiewet"] == ["36", "3", "6"]


def test_an_empty_history_says_so(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "leeg.html"
    assert main(["dashboard", "--db", db_url, "--output", str(output)]) == 0
    assert "nog geen historie" in capsys.readouterr().err
    assert "Gemeenten: geen" in output.read_text(encoding="utf-8")


def test_older_checks_of_a_month_are_left_out_and_said(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files for one gemeente, berichtgever and month: the newest counts, the page says so."""
    engine = open_database(db_url)
    first, corrected, other = _known(0, 0), _known(0, 0), _known(0, 0)
    corrected.file_sha256 = "c" * 64
    corrected.counts[("regel", "SRG303")] = 7
    other.file_sha256, other.berichtgever = "d" * 64, "99999"
    save(engine, [first, corrected, other])
    history = load(engine)
    engine.dispose()
    newest = [a for a in history if a.berichtgever == "12345"]
    assert len(newest) == 1 and newest[0].file_sha256 == "c" * 64 and newest[0].older == 1
    dashboard = build_dashboard(history, TYPE_NAMES, MAX_MONTHS)
    assert dashboard.left_out == [("0363", "12345", "2025-07", 1)]
    page = render_dashboard(dashboard)
    assert "Let op: 1 oudere controle(s) weggelaten" in page
    left_out = table(page, "Oudere controles per gemeente, berichtgever en verslagmaand")
    assert left_out["Gemeente"] == ["Berichtgever", "Verslagmaand", "Weggelaten"]
    assert left_out["0363"] == ["12345", "jul 2025", "1"]
    signals = table(page, "Bevindingen per controle")
    assert signals[f"SRG303 {dashboard.rules['SRG303']}"] == [str(7 + 100)]

    output = tmp_path / "dashboard.html"
    assert main(["dashboard", "--db", db_url, "--output", str(output)]) == 0
    assert "let op: 1 oudere controle(s) weggelaten" in capsys.readouterr().err


def test_no_note_when_every_month_was_checked_once(stored: list[Aggregate]) -> None:
    page = render_dashboard(build_dashboard(stored, TYPE_NAMES, MAX_MONTHS))
    assert "weggelaten" not in page.lower()
