"""The site's walk records "weet ik niet" and grey-area answers as open points, as the app does.

Every scenario is walked by clicking in headless Chromium (file://); the conditional outcome,
the doel line, the open points and whom to ask must read exactly as build_rationale words
them. The conditional outcome page passes axe-core (WCAG 2.1 AA).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from srg_guide.site import export_site
from srg_guide.tree import build_rationale, codes_for, load_tree, run_answers
from srg_guide.tree.rationale import doel_line
from srg_guide.tree.scenario import load_scenarios
from tests.trainer.browser import (
    AXE_RUN,
    CHROMIUM,
    CHROMIUM_ARGS,
    axe_source,
    need_chromium,
    violations_summary,
)

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = load_scenarios(REPO / "scenarios")[0]
TREE = load_tree(REPO / "trees" / "srg.yaml")
CODES = codes_for(TREE.path)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Any:
    need_chromium()
    site = tmp_path_factory.mktemp("open-punten") / "site"
    export_site(site)
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto((site / "beslisboom.html").as_uri())
        tab.errors = errors
        yield tab
        browser.close()


def walk(page: Any, answers: dict[str, str]) -> None:
    """Start again and click each answer; read every note on the way."""
    page.click("#opnieuw")
    for node_id, choice in answers.items():
        while page.get_attribute("#walk", "data-kind") == "note":
            page.click('#walk button[data-choice="verder"]')
        assert page.get_attribute("#walk", "data-node") == node_id
        page.click(f'#walk button[data-choice="{choice}"]')
    while page.get_attribute("#walk", "data-kind") == "note":
        page.click('#walk button[data-choice="verder"]')


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[Path(s.source).stem for s in SCENARIOS])
def test_each_scenario_shows_the_open_points_the_app_shows(page: Any, scenario: Any) -> None:
    session = run_answers(TREE, scenario.answers).session
    rationale = build_rationale(session, CODES)
    walk(page, scenario.answers)
    assert page.get_attribute("#uitkomst", "data-outcome") == rationale.outcome_id
    conditional = page.get_attribute("#uitkomst", "data-conditional") == "ja"
    assert conditional == bool(rationale.open_points)
    if rationale.open_points:
        assert page.inner_text("#voorwaarde") == rationale.summary
        shown = page.locator("#open-punten > ul > li > strong").all_inner_texts()
        assert shown == [p.question for p in rationale.open_points]
        details = page.inner_text("#open-punten")
        for point in rationale.open_points:
            assert f"Vraag het na bij: {point.ask}" in details
            assert f"Voorwaarde: mits {point.condition}" in details
        for index in range(len(rationale.open_points)):
            for alternative, phrase in rationale.alternatives(index):
                assert f"Bij '{alternative.label}': {phrase}" in details
    else:
        assert page.locator("#voorwaarde, #open-punten").count() == 0
    if rationale.doel:
        assert page.inner_text("#uitkomst .doel") == f"Doel inzet: {doel_line(rationale)}"
    for warning in rationale.warnings:
        assert f"Let op: {warning}" in page.inner_text("#uitkomst")
    assert page.errors == []


def test_weet_ik_niet_at_the_doel_gives_both_doelen_and_whom_to_ask(page: Any) -> None:
    """The QA finding: before, "weet ik niet" on the site left no open point at all."""
    walk(
        page,
        {
            "inzet-betrokken": "gemeente",
            "niveau": "voorziening",
            "doel": "weet-ik-niet",
            "fin-budget": "reintegratiebudget",
            "herleidbaar": "ja",
            "soort": "training",
        },
    )
    box = page.inner_text("#uitkomst")
    assert "anders telt het mee met doel 2 Participatie" in page.inner_text("#voorwaarde")
    assert "Doel inzet: 1 Re-integratie (voorwaardelijk: mits" in box
    assert "Vraag het na bij: de klantmanager van de inwoner" in box
    assert "Uitkomst: Telt mee als Training" in page.inner_text("#onderbouwing")


def test_the_conditional_outcome_passes_axe(page: Any, tmp_path: Path) -> None:
    walk(
        page,
        {
            "inzet-betrokken": "gemeente",
            "niveau": "voorziening",
            "doel": "weet-ik-niet",
            "fin-budget": "eigen-medewerkers",
            "herleidbaar": "ja",
            "soort": "begeleiding",
            "coaching-of-monitoring": "echte-begeleiding",
            "begeleiding-soort": "coaching",
        },
    )
    assert "gewone dienstverlening" in page.inner_text("#voorwaarde")
    page.add_script_tag(content=axe_source())
    violations = page.evaluate(AXE_RUN)
    assert violations == [], violations_summary(violations)
    screenshot = tmp_path / "open-punten.png"
    page.screenshot(path=str(screenshot), full_page=True)
    assert screenshot.read_bytes()[:4] == b"\x89PNG"
