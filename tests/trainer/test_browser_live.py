"""A browser participant (headless chromium) and the presenter (Pilot) in one live room,
with axe-core WCAG 2.1 AA audits of the participant page at 390 px and 1280 px."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from srg_guide.ui.screens.presenter import PresenterScreen
from srg_guide.ui.widgets.live_tally import LiveTally

from .browser import AXE_RUN, CHROMIUM, CHROMIUM_ARGS, SIDEWAYS, axe_source, need_chromium
from .browser import violations_summary as summary
from .conftest import SCENARIOS, trainer_app
from .test_presenter import plain

async_api = pytest.importorskip("playwright.async_api")


def shots_folder(tmp_path: Path) -> Path:
    """Where screenshots go: SRG_GUIDE_SHOTS to look at them, else a temporary folder."""
    folder = Path(os.environ.get("SRG_GUIDE_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


async def audit(page) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    if not await page.evaluate("typeof axe !== 'undefined'"):
        await page.add_script_tag(content=axe_source())
    return await page.evaluate(AXE_RUN)


async def test_browser_participant_votes_while_presenter_reveals(tmp_path: Path) -> None:
    need_chromium()
    axe_source()
    shots = shots_folder(tmp_path)
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml")
    async with app.run_test(size=(130, 50)) as pilot, async_api.async_playwright() as pw:
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        await pilot.press("l")
        await pilot.pause()
        assert screen.live is not None
        url = screen.live.url
        base = url.rsplit("/r/", 1)[0]
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        # bypass_csp: lets the test harness evaluate its probes; the page itself keeps its CSP.
        context = await browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
        page = await context.new_page()
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("pageerror", lambda error: errors.append(str(error)))
        await page.goto(url)
        await page.wait_for_selector('button[data-option="ja"]')
        assert "Zet de gemeente deze ondersteuning in?" in await page.inner_text("#vraag")
        assert await page.evaluate("document.activeElement !== null")
        violations = await audit(page)
        assert violations == [], summary(violations)
        assert await page.evaluate(SIDEWAYS) == 0
        await page.screenshot(path=str(shots / "deelnemer-390.png"), full_page=True)

        await page.click('button[data-option="ja"]')
        await page.wait_for_function(
            "document.getElementById('status').textContent.includes('geteld')"
        )
        assert screen.live.room.tally() == {"ja": 1, "nee": 0, "weet-ik-niet": 0}
        await pilot.pause(0.4)
        assert "Vraag 1: 1 stem" in plain(screen.query_one(LiveTally))

        await pilot.press("space")  # the presenter reveals
        await page.wait_for_selector("button.answer")
        assert "(het antwoord)" in await page.inner_text("button.answer")
        assert "De gemeente moet de voorziening inzetten" in await page.inner_text("#uitleg")
        violations = await audit(page)
        assert violations == [], summary(violations)

        await page.set_viewport_size({"width": 1280, "height": 800})
        violations = await audit(page)
        assert violations == [], summary(violations)
        assert await page.evaluate(SIDEWAYS) == 0
        await page.screenshot(path=str(shots / "deelnemer-1280.png"), full_page=True)

        await pilot.press("space")  # next question reaches the browser
        await page.wait_for_function(
            "document.getElementById('vraag').textContent.includes('re-integratiebudget')"
        )
        await pilot.press("escape")  # the presenter closes the room
        await page.wait_for_function(
            "document.getElementById('status').textContent.includes('gesloten')"
        )
        assert all(request.startswith(base) for request in requests), requests
        assert errors == []
        await browser.close()


async def test_home_page_with_wrong_code_passes_axe(tmp_path: Path) -> None:
    need_chromium()
    from srg_guide.live.room import Room
    from srg_guide.live.server import LiveServer

    server = LiveServer(Room(), port=0)
    await server.start()
    try:
        base = server.url.rsplit("/r/", 1)[0]
        async with async_api.async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = await browser.new_page(viewport={"width": 390, "height": 844})
            await page.goto(base + "/r/ZZZZZZ")
            assert "bestaat niet" in await page.inner_text("main")
            violations = await audit(page)
            assert violations == [], summary(violations)
            await page.fill("#code", server.room.code.lower())
            await page.click("button[type=submit]")
            await page.wait_for_url(f"**/r/{server.room.code}")
            assert await page.evaluate(SIDEWAYS) == 0
            await browser.close()
    finally:
        await server.stop()
