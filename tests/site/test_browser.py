"""The exported site in headless Chromium from file://: walk one scenario, search once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from srg_guide.site import export_site
from srg_guide.yamlio import load_yaml

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCENARIO = (
    Path(__file__).parents[2] / "scenarios" / "02-vrijwilligerswerk-klantmanager-vindt-nuttig.yaml"
)

if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
    pytest.skip(f"{CHROMIUM} ontbreekt (installeer met: make browser)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    assert shutil.which(CHROMIUM) or Path(CHROMIUM).exists(), f"{CHROMIUM} ontbreekt"
    site = tmp_path_factory.mktemp("browser") / "site"
    export_site(site)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield site, page, errors
        browser.close()


def test_walk_scenario_through_clickable_tree(browser_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site, page, errors = browser_page
    scenario = load_yaml(SCENARIO)
    page.goto((site / "beslisboom.html").as_uri())
    first = page.get_attribute("#walk", "data-node")
    page.click('#walk button[data-choice="inwoner"]')
    page.click("#terug")
    assert page.get_attribute("#walk", "data-node") == first
    for node_id, choice in scenario["answers"].items():
        assert page.get_attribute("#walk", "data-node") == node_id
        page.click(f'#walk button[data-choice="{choice}"]')
    expect = scenario["expect"]
    assert page.get_attribute("#uitkomst", "data-outcome") == expect["outcome"]
    assert "Type 43" in page.inner_text("#uitkomst")  # vrijwilligerswerk
    rationale = page.inner_text("#onderbouwing")
    assert rationale.count("\n") >= len(scenario["answers"])
    assert page.is_visible("#afdrukken")
    assert "Uit de richtlijnen" in page.inner_text("#walk")
    screenshot = tmp_path / "beslisboom.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.read_bytes()[:4] == b"\x89PNG"
    assert errors == []


def test_search_box_finds_jobcoach_with_typo(browser_page) -> None:  # type: ignore[no-untyped-def]
    site, page, errors = browser_page
    page.goto((site / "index.html").as_uri())
    page.fill("#zoek", "jobcaoch")
    first = page.locator("#zoekresultaten a").first
    assert first.get_attribute("href") == "type-30.html"
    page.press("#zoek", "Enter")
    page.wait_for_url("**/type-30.html")
    assert "Jobcoach" in page.inner_text("h1")
    assert errors == []


# Typos, accents, several words, codes: the site's search must rank as srg_guide.search does.
PARITY_QUERIES = [
    "jobcoach",
    "jobcaoch",
    "vrijwiligerswerk",
    "participatieplaats 24 maanden",
    "orthopädische schoenen",
    "werkervaringplaats",
    "inburgerring",
    "vinger aan de pols",
    "loonkostensubsidie doel participatie",
    "AOW leeftijd",
    "Re-integratie",
    "SRG301",
    "proefplaatsing",
    "beschut werk",
    "conversiebestand",
    "type 30",
]


def test_site_search_ranks_like_the_python_index(browser_page) -> None:  # type: ignore[no-untyped-def]
    from srg_guide.search import load_index
    from srg_guide.site.data import search_data

    site, page, errors = browser_page
    index = load_index()
    documents = search_data(index)["documents"]
    page.goto((site / "index.html").as_uri())
    for query in PARITY_QUERIES:
        hits = index.search(query, len(index.documents))
        numbers = [index.documents.index(hit.document) for hit in hits]
        expected = [
            (documents[n]["href"], documents[n]["title"]) for n in numbers if documents[n]["href"]
        ][:3]
        page.fill("#zoek", query)
        shown = page.eval_on_selector_all(
            "#zoekresultaten a",
            "links => links.map(a => [a.getAttribute('href'), a.lastChild.textContent])",
        )
        assert expected, query
        assert [tuple(link) for link in shown[:3]] == expected, query
    assert errors == []


@pytest.mark.parametrize("name", ["index.html", "beslisboom.html", "type-30.html"])
def test_no_sideways_scrolling_on_a_phone(browser_page, name: str) -> None:  # type: ignore[no-untyped-def]
    """At 390 px the header wraps and the search box and its results fit the screen."""
    site, page, _errors = browser_page
    phone = page.context.browser.new_page(viewport={"width": 390, "height": 800})
    try:
        phone.goto((site / name).as_uri())
        phone.fill("#zoek", "jobcoach")
        assert phone.locator("#zoekresultaten a").count() > 0
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        phone.close()
