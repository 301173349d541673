"""``--export-slides DIR/``: a Textual screenshot (SVG) of every presenter step, for slides.

Drives the presenter screen headless with Pilot: each scenario from its first question,
every question once before and once after the reveal, and the outcome.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

from srg_guide.atomic import write_atomic

if TYPE_CHECKING:
    from srg_guide.ui.app import AppOptions
    from srg_guide.webinar.export import Webinar

SLIDE_SIZE = (120, 36)
MAX_PRESSES = 200  # a walk is never this long; stops a broken scenario from looping


def export_slides(webinar: Webinar, folder: Path, options: AppOptions) -> int:
    """Write ``NN-MM.svg`` per step of every scenario into ``folder``; returns the count."""
    return asyncio.run(_export(webinar, folder, options))


async def _export(webinar: Webinar, folder: Path, options: AppOptions) -> int:
    from srg_guide.ui.app import SrgGuideApp
    from srg_guide.ui.screens.presenter import PresenterScreen

    app = SrgGuideApp(options)
    count = 0
    async with app.run_test(size=SLIDE_SIZE) as pilot:
        for number, scenario in enumerate(webinar.scenarios, 1):
            screen = PresenterScreen(app.resources, scenario)
            await app.push_screen(screen)
            await pilot.pause()
            for slide in range(1, MAX_PRESSES):
                await pilot.pause()
                name = f"{number:02d}-{slide:02d}.svg"
                write_atomic(
                    folder / name, app.export_screenshot(title=f"{scenario.name}, {slide}")
                )
                count += 1
                if screen.finished or (
                    not screen.revealed
                    and screen.planned_answer is None
                    and screen.session.outcome is None
                ):
                    break
                await pilot.press("space")
            app.pop_screen()
    return count
