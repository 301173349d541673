"""The dashboard page in headless Chromium: offline, charts drawn, axe-core WCAG 2.1 AA, and no
sideways scrolling at 390 px."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from srg_guide.atomic import write_atomic
from srg_guide.dashboard import build_dashboard
from srg_guide.dashboard.benchmark import load_benchmark
from srg_guide.dashboard.page import render_dashboard
from tests.dashboard.test_benchmark import EXAMPLE
from tests.dashboard.test_figures import MAX_MONTHS, TYPE_NAMES, _known

CHROMIUM = "/usr/bin/chromium"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip(f"{CHROMIUM} ontbreekt (installeer met: make browser)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")


@pytest.fixture(scope="module")
def page_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    history = [_known(g, m) for g in range(2) for m in range(6)]
    history[0].older = 2  # the note and table on older checks left out are checked too
    path = tmp_path_factory.mktemp("dashboard") / "dashboard.html"
    benchmark = load_benchmark(EXAMPLE)
    dashboard = build_dashboard(history, TYPE_NAMES, MAX_MONTHS)
    write_atomic(path, render_dashboard(dashboard, benchmark=benchmark))
    assert 'id="weggelaten"' in path.read_text(encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [1280, 390])
def test_offline_accessible_and_no_sideways_scroll(page_path: Path, width: int) -> None:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": width, "height": 900})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(page_path.as_uri())
        for chart in ("signalen", "stromen", "types", "overmax", "gemeenten"):
            page.wait_for_selector(f"#chart-{chart} svg path")
        assert errors == []
        assert [url for url in requests if not url.startswith("file:")] == []
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        result = axe_sync.Axe().run(
            page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}}
        )
        browser.close()
    assert result.violations_count == 0, result.generate_report()
