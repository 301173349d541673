"""The Dashboard screen through Pilot: opened from the start screen, showing the stored counts."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from srg_guide.history import save
from srg_guide.store import open_database
from srg_guide.ui.screens.dashboard import DashboardScreen
from srg_guide.ui.screens.home import HomeScreen
from tests.dashboard.test_figures import _known
from tests.ui.conftest import make_app


@pytest.fixture
def history(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SRG_GUIDE_DB", db_url)
    engine = open_database(db_url)
    save(engine, [_known(g, m) for g in range(2) for m in range(6)])
    engine.dispose()


def _cells(table: DataTable) -> list[list[str]]:  # type: ignore[type-arg]
    return [[str(cell) for cell in table.get_row(key)] for key in table.rows]


@pytest.mark.usefixtures("history")
async def test_dashboard_from_the_start_screen() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("d")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        summary = str(screen.query_one("#dashboard-summary", Static).render())
        assert "2 gemeente(n), 6 verslagmaanden" in summary
        months = _cells(screen.query_one("#months", DataTable))
        assert len(months) == 12
        # 0518 in December 2025: SRG303 205 + SRG305 6 signals, 5 + 5 started, 6 past the max.
        assert months[-1] == ["0518", "2025-12", "211", "10", "2", "205", "6"]
        quarter = _cells(screen.query_one("#quarter", DataTable))
        assert ["0363", "102", "105", "SRG303 Loonwaarde niet gevuld"] in quarter
        assert any(row[-1].startswith("SRG302") and row[-2] == "niet uitgevoerd" for row in quarter)
        over = next(row for row in quarter if row[0] == "0518" and row[-1].startswith("22 "))
        assert over[1:3] == ["3", "6"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_dashboard_without_history_says_what_to_do(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SRG_GUIDE_DB", db_url)
    app = make_app(start="dashboard")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        summary = str(app.screen.query_one("#dashboard-summary", Static).render())
        assert "history import" in summary


async def test_the_screen_says_when_older_checks_of_a_month_were_left_out(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SRG_GUIDE_DB", db_url)
    engine = open_database(db_url)
    first, corrected = _known(0, 0), _known(0, 0)
    corrected.file_sha256 = "c" * 64
    save(engine, [first, corrected])
    engine.dispose()
    app = make_app(start="dashboard")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        summary = str(app.screen.query_one("#dashboard-summary", Static).render())
        assert "Let op: 1 oudere controle(s) weggelaten" in summary
