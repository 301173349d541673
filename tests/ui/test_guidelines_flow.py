"""Richtlijnen in the app: table of contents, search as you type, links both ways, history."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList

from srg_guide.locations import data_dir
from srg_guide.ui.app import SrgGuideApp
from srg_guide.ui.screens.guideline import GuidelineScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.screens.question_preview import QuestionPreviewScreen
from srg_guide.ui.widgets.choice_list import ChoiceList

from .conftest import answer, make_app, make_mini_app


def toc_ids(screen: GuidelineScreen) -> list[str]:
    toc = screen.query_one("#toc", OptionList)
    return [
        option_id
        for index in range(toc.option_count)
        if (option_id := toc.get_option_at_index(index).id) is not None
    ]


async def open_module(app: SrgGuideApp, pilot: Pilot[None], module_id: str) -> GuidelineScreen:
    """Open Richtlijnen from the home screen and show ``module_id``."""
    await pilot.press("2")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, GuidelineScreen)
    screen.open(module_id)
    await pilot.pause()
    return screen


class TestGuidelines:
    async def test_search_as_you_type_tolerates_typos(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, GuidelineScreen)
            await pilot.press("slash", *"vrijwiligerswerk")
            await app.workers.wait_for_complete()
            await pilot.pause()
            hits = toc_ids(screen)
            assert "grijs-vrijwilligerswerk" in hits[:3]
            await pilot.press("enter")  # from the search field to the hits
            await pilot.press("enter")  # open the best hit
            await pilot.pause()
            assert screen.current == hits[0]
            assert screen.query_one(Markdown).source.strip()

            await pilot.press("ctrl+a", "backspace")
            screen.query_one("#search", Input).value = ""
            await pilot.pause()
            assert "drie-criteria" in toc_ids(screen)  # the full contents again

    async def test_history_back_and_forward(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, GuidelineScreen)
            first = screen.current
            screen.open("type-22")
            screen.open("type-30")
            await pilot.press("alt+left")
            assert screen.current == "type-22"
            await pilot.press("alt+left")
            assert screen.current == first
            await pilot.press("alt+right")
            assert screen.current == "type-22"

    async def test_type_code_link_opens_its_module(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, GuidelineScreen)
            markdown = screen.query_one(Markdown)
            markdown.post_message(Markdown.LinkClicked(markdown, "code:42"))
            await pilot.pause()
            assert screen.current == "type-42"
            markdown.post_message(Markdown.LinkClicked(markdown, "code:ips"))
            await pilot.pause()
            assert screen.current == "type-ips"
            markdown.post_message(Markdown.LinkClicked(markdown, "type-22.md#voorbeelden"))
            await pilot.pause()
            assert screen.current == "type-22#voorbeelden"

    async def test_jump_from_question_to_its_module_and_back(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            question = app.screen
            assert isinstance(question, QuestionScreen)
            await answer(pilot, "gemeente")
            await answer(pilot, "voorziening")
            cited = question.session.current.guidelines[0]
            await pilot.press("g")
            await pilot.pause()
            guideline = app.screen
            assert isinstance(guideline, GuidelineScreen)
            assert guideline.current == cited
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is question
            assert question.session.current.id == "doel"  # answers kept
            assert [s.option_id for s in question.session.steps] == ["gemeente", "voorziening"]

    async def test_used_in_question_link_opens_the_question_and_back(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_module(app, pilot, "criterium-financiering")
            cited = screen.query_one("#cited-by", ChoiceList)
            assert cited.display and cited.option_count >= 1
            question_id = cited.get_option_at_index(0).id
            cited.focus()
            await pilot.press("1")
            await pilot.pause()
            preview = app.screen
            assert isinstance(preview, QuestionPreviewScreen)
            assert preview.node.id == question_id
            assert "criterium-financiering#wat-is-het" in preview.node.guidelines
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen
            assert screen.current == "criterium-financiering"

    async def test_cited_by_names_the_paragraph_and_leaves_out_outcomes(self) -> None:
        app = make_mini_app()  # the fixture tree: an outcome cites this module too
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_module(app, pilot, "traject-voorziening-activiteit")
            cited = screen.query_one("#cited-by", ChoiceList)
            assert cited.option_count == 1  # outcomes citing the module are left out
            option = cited.get_option_at_index(0)
            assert option.id == "niveau"
            label = next(iter(option.prompt.columns[1].cells))
            assert label.plain.splitlines() == [
                "Is dit één voorziening of een traject?",
                "bij: Het type van een voorziening",
            ]

    async def test_opening_a_paragraph_of_another_module_scrolls_to_it(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_module(app, pilot, "type-30")
            screen.open("criterium-inzet#echte-inzet-of-gewone-dienstverlening")
            await app.workers.wait_for_complete()
            page = screen.query_one("#page", VerticalScroll)
            # The scroll follows the Markdown's layout, a few refreshes later on a busy machine.
            for _ in range(40):
                await pilot.pause(0.05)
                if page.scroll_y > 0:
                    break
            assert page.scroll_y > 0


class TestPalette:
    async def test_palette_finds_a_code_and_opens_its_module(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("ctrl+p")
            await pilot.press(*"jobcoach")
            await pilot.pause(0.5)
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, GuidelineScreen)
            assert screen.current == "type-30"


async def test_broken_module_is_reported_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "guidelines"
    shutil.copytree(data_dir("guidelines"), folder)
    (folder / "kapot.md").write_text("---\nid: [\n---\n# Kapot\n", encoding="utf-8")
    app = make_app(guidelines=folder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, GuidelineScreen)
        messages = [n.message for n in app._notifications]
        assert any("kapot.md:2" in m or "kapot.md:3" in m for m in messages), messages
        assert app.screen.current  # the other modules still open
