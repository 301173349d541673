"""The HTML report in headless Chromium: WCAG 2.1 AA by axe-core, sorted and filtered offline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from srg_guide.checks.runner import run_check
from srg_guide.locations import bundled_sample
from srg_guide.reports import write_report

CHROMIUM = "/usr/bin/chromium"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip(f"{CHROMIUM} ontbreekt (installeer met: make browser)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    sample = bundled_sample()
    report = run_check(sample, previous=sample.with_name("voorbeeld-levering-vorige-maand.csv"))
    written = {}
    for name, options in {
        "herstel": {},
        "delen": {"audience": "delen"},
        "kwartaal": {"quarter": True},
    }.items():
        written[name] = folder / f"{name}.html"
        write_report(report, "html", written[name], **options)  # type: ignore[arg-type]
    return written


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        yield chromium
        chromium.close()


def open_page(browser, path: Path):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    return page, requests, errors


@pytest.mark.parametrize("name", ["herstel", "delen", "kwartaal"])
def test_report_passes_axe_wcag_21_aa(browser, pages: dict[str, Path], name: str) -> None:  # type: ignore[no-untyped-def]
    page, requests, errors = open_page(browser, pages[name])
    result = axe_sync.Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    violations = [(v["id"], v["help"]) for v in result.response["violations"]]
    assert violations == []
    assert [url for url in requests if not url.startswith("file:")] == []
    assert errors == []
    page.close()


def test_findings_table_sorts_and_filters_offline(browser, pages: dict[str, Path]) -> None:  # type: ignore[no-untyped-def]
    page, requests, errors = open_page(browser, pages["herstel"])
    rows = page.locator("#bevindingen-tabel tbody tr")
    total = rows.count()
    assert total > 10 and page.is_visible("#filters")
    page.select_option("#filter-ernst", "signaal")
    shown = page.locator("#bevindingen-tabel tbody tr:visible")
    assert 0 < shown.count() < total
    assert {shown.nth(i).get_attribute("data-ernst") for i in range(shown.count())} == {"signaal"}
    assert page.inner_text("#filter-aantal") == f"{shown.count()} van {total} bevindingen getoond"
    page.select_option("#filter-ernst", "")
    page.fill("#filter-tekst", "elfproef")
    assert 0 < page.locator("#bevindingen-tabel tbody tr:visible").count() < total
    page.fill("#filter-tekst", "")

    header = page.locator("#bevindingen-tabel thead th").nth(2)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    lines = [int(v) for v in rows.evaluate_all("rs => rs.map(r => r.cells[2].dataset.value)")]
    assert lines == sorted(lines)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    lines = [int(v) for v in rows.evaluate_all("rs => rs.map(r => r.cells[2].dataset.value)")]
    assert lines == sorted(lines, reverse=True)

    page.click('a[data-controle="SRG201"]')
    assert page.input_value("#filter-controle") == "SRG201"
    assert page.locator("#bevindingen-tabel tbody tr:visible").count() == 1
    assert errors == [] and [u for u in requests if not u.startswith("file:")] == []
    page.close()
