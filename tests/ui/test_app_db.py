"""`srg-guide app --db URL`: the register, dashboard and check history use that database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from srg_guide.cli import main
from srg_guide.history import load, save
from srg_guide.locations import bundled_sample
from srg_guide.register import Register
from srg_guide.store import open_database
from srg_guide.ui import AppOptions, SrgGuideApp
from srg_guide.ui.screens.checker import CheckerScreen
from srg_guide.ui.screens.dashboard import DashboardScreen
from srg_guide.ui.screens.register import RegisterScreen
from tests.dashboard.test_figures import _known
from tests.register.helpers import CATALOGUE

from .conftest import make_mini_app


@pytest.fixture
def other_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """SRG_GUIDE_DB points at an empty database, so a screen reading it shows nothing."""
    url = f"sqlite:///{tmp_path / 'omgeving.db'}"
    monkeypatch.setenv("SRG_GUIDE_DB", url)
    return url


def test_the_db_option_reaches_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[AppOptions] = []
    monkeypatch.setattr(SrgGuideApp, "run", lambda self: started.append(self.options))
    url = "sqlite:////tmp/srg-register.db"
    assert main(["app", "--db", url, "--start", "register"]) == 0
    assert [(o.db, o.start) for o in started] == [(url, "register")]


@pytest.mark.usefixtures("other_db")
async def test_register_screen_reads_the_db_option(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'register.db'}"
    Register.open(url).import_catalogue(CATALOGUE, "catalogus.csv")
    app = make_mini_app(start="register", db=url)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegisterScreen)
        table = screen.query_one("#entries", DataTable)
        assert sorted(str(key.value) for key in table.rows) == ["IN-01", "TR-01", "VW-01"]


@pytest.mark.usefixtures("other_db")
async def test_dashboard_screen_reads_the_db_option(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'historie.db'}"
    engine = open_database(url)
    save(engine, [_known(g, m) for g in range(2) for m in range(3)])
    engine.dispose()
    app = make_mini_app(start="dashboard", db=url)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DashboardScreen)
        summary = str(screen.query_one("#dashboard-summary", Static).render())
        assert "2 gemeente(n), 3 verslagmaanden" in summary


@pytest.mark.usefixtures("other_db")
async def test_a_check_in_the_app_stores_its_counts_in_the_db_option(tmp_path: Path) -> None:
    delivery = tmp_path / "levering.csv"
    shutil.copy(bundled_sample(), delivery)  # the bundled sample itself is never stored
    url = f"sqlite:///{tmp_path / 'historie.db'}"
    app = make_mini_app(start="controle", check_file=delivery, db=url)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CheckerScreen) and app.screen.report is not None
    engine = open_database(url)
    try:
        assert load(engine, None)
    finally:
        engine.dispose()
