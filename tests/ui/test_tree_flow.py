"""Beslisboom in the app: walk, back, change an answer, "weet ik niet", rationale export."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, RadioSet, Static

from srg_guide.ui.app import SrgGuideApp
from srg_guide.ui.screens.export import ExportDialog
from srg_guide.ui.screens.guideline import GuidelineScreen
from srg_guide.ui.screens.outcome import OutcomeScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.screens.review import ReviewScreen
from srg_guide.ui.widgets.choice_list import ChoiceList

from .conftest import JOBCOACH, answer, answer_all, make_app


def markdown_text(screen: OutcomeScreen) -> str:
    return screen.query_one(Markdown).source


async def open_tree(app: SrgGuideApp, pilot: Pilot[None]) -> QuestionScreen:
    """Open the Beslisboom from the home screen at its first question."""
    await pilot.press("1")
    await pilot.pause()
    question = app.screen
    assert isinstance(question, QuestionScreen)
    return question


class TestWalk:
    async def test_full_walk_with_back_and_change_answer(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            question = await open_tree(app, pilot)
            await answer(pilot, "gemeente")
            await answer(pilot, "anders")
            await answer(pilot, "reintegratiebudget")
            assert question.session.current.id == "herleidbaar"

            # Back: the previous question again, with the given answer offered.
            await pilot.press("backspace")
            assert question.session.current.id == "fin-budget"
            choices = question.query_one("#choices", ChoiceList)
            assert choices.highlighted is not None
            assert choices.get_option_at_index(choices.highlighted).id == "reintegratiebudget"
            await pilot.press("enter")
            assert question.session.current.id == "herleidbaar"

            await answer_all(pilot, JOBCOACH)
            review = app.screen
            assert isinstance(review, ReviewScreen)

            # Change an earlier answer from the review; later answers are kept and offered.
            steps = review.query_one("#steps", ChoiceList)
            ids = [steps.get_option_at_index(i).id for i in range(steps.option_count)]
            await pilot.press(str(ids.index("inzet-vorm") + 1))
            await pilot.pause()
            assert app.screen is question
            assert question.session.current.id == "inzet-vorm"
            assert question.session.kept_answer() == "anders"
            while isinstance(app.screen, QuestionScreen):
                await pilot.press("enter")  # accept each kept answer
                await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)

            await pilot.press("b")
            await pilot.pause()
            outcome = app.screen
            assert isinstance(outcome, OutcomeScreen)
            assert outcome.session.verdict is not None
            assert outcome.session.verdict.code == "30"
            text = markdown_text(outcome)
            assert "Type voorziening: 30" in text
            assert "Doel inzet: 1" in text

            # New walk from the outcome starts at the first question.
            await pilot.press("n")
            await pilot.pause()
            assert app.screen is question
            assert question.session.steps == []

    async def test_weet_ik_niet_ends_in_open_questions(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "gemeente")
            await answer(pilot, "weet-ik-niet")
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("b")
            await pilot.pause()
            outcome = app.screen
            assert isinstance(outcome, OutcomeScreen)
            assert outcome.session.outcome is not None
            assert outcome.session.outcome.is_escalation
            text = markdown_text(outcome)
            assert "Open vragen" in text
            assert "Wat houdt de inzet van de gemeente in?" in text
            assert "Nog niet te beslissen" in str(outcome.query_one("#verdict").render())

    async def test_escape_from_review_returns_to_the_last_question(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer_all(pilot, JOBCOACH)
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.screen.session.current.id == "doel-30"


class TestRationaleExport:
    async def _to_outcome(self, pilot) -> OutcomeScreen:  # type: ignore[no-untyped-def]
        await pilot.press("1")
        await pilot.pause()
        await answer_all(pilot, JOBCOACH)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(pilot.app.screen, OutcomeScreen)
        return pilot.app.screen

    async def test_save_markdown_and_json_to_a_path(self, tmp_path: Path) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            outcome = await self._to_outcome(pilot)
            outcome.query_one("#case-reference", Input).value = "Dossier 123456782"
            outcome.query_one("#case-reference", Input).focus()
            await pilot.press("escape")  # leaves the input, not the screen
            assert app.screen is outcome
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            target = tmp_path / "onderbouwing.md"
            dialog.query_one("#path", Input).value = str(target)
            await pilot.click("#save")
            await pilot.pause()
            text = target.read_text(encoding="utf-8")
            assert text.startswith("# Onderbouwing")
            assert "30 Jobcoach" in text
            assert "123456782" not in text  # a BSN in the case reference is masked
            assert "*******82" in text

            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one(RadioSet).query("RadioButton")[2].value = True
            await pilot.pause()
            path_value = dialog.query_one("#path", Input).value
            assert path_value.endswith(".json")
            dialog.query_one("#path", Input).value = str(tmp_path / "onderbouwing.json")
            await pilot.click("#save")
            await pilot.pause()
            assert '"code": "30"' in (tmp_path / "onderbouwing.json").read_text(encoding="utf-8")

    async def test_download_delivers_the_file(self, tmp_path: Path) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await self._to_outcome(pilot)
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            target = tmp_path / "geleverd.md"
            dialog.query_one("#path", Input).value = str(target)
            await pilot.click("#download")
            for _ in range(50):  # delivery runs in a thread
                await pilot.pause(0.05)
                if any("Opgeslagen" in n.message for n in app._notifications):
                    break
            assert target.read_text(encoding="utf-8").startswith("# Onderbouwing")
            assert any(str(target) in n.message for n in app._notifications)

    async def test_copy_puts_markdown_on_the_clipboard(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await self._to_outcome(pilot)
            await pilot.press("k")
            await pilot.pause()
            assert app.clipboard.startswith("# Onderbouwing")
            assert "## Pad" in app.clipboard

    async def test_unwritable_path_gives_a_dutch_message(self, tmp_path: Path) -> None:
        blocker = tmp_path / "bestand"
        blocker.write_text("x", encoding="utf-8")
        app = make_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await self._to_outcome(pilot)
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one("#path", Input).value = str(blocker / "sub" / "x.md")
            await pilot.click("#save")
            await pilot.pause()
            assert app.screen is dialog  # stays open, with a notification
            assert any("kan niet schrijven" in n.message for n in app._notifications)


class TestCitedParagraph:
    async def test_question_shows_its_paragraph_not_the_module_opening(self) -> None:
        app = make_app()
        async with app.run_test(size=(120, 40)) as pilot:
            question = await open_tree(app, pilot)
            await answer(pilot, "gemeente")
            assert question.session.current.guidelines[0] == (
                "criterium-inzet#echte-inzet-of-gewone-dienstverlening"
            )
            title = str(question.query_one("#guideline-title", Static).content)
            shown = question.query_one("#guideline-paragraph", Markdown).source
            assert title.endswith(
                "Criterium 1: gemeentelijke inzet – Echte inzet of gewone dienstverlening"
            )
            assert "wekelijks gesprek" in shown
            assert "bemoeienis" not in shown  # the module's "Wat is het?"
            assert "De gemeente moet de voorziening inzetten" not in shown  # the module's opening

    async def test_g_opens_the_guideline_scrolled_to_the_cited_paragraph(self) -> None:
        app = make_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "gemeente")
            await pilot.press("g")
            await pilot.pause()
            guideline = app.screen
            assert isinstance(guideline, GuidelineScreen)
            markdown = guideline.query_one("#module", Markdown)
            await app.workers.wait_for_complete()
            await pilot.pause()
            page = guideline.query_one("#page", VerticalScroll)
            heading = next(
                markdown.query_one(f"#{block_id}")
                for _level, title, block_id in markdown.table_of_contents
                if title == "Echte inzet of gewone dienstverlening"
            )
            assert page.scroll_y > 0
            assert 0 <= heading.region.y - page.region.y <= 2  # its heading at the top (margins)
            assert (
                "*Gebruikt in vraag:* [Wat houdt de inzet van de gemeente in?]" in markdown.source
            )

    async def test_a_link_in_the_paragraph_opens_its_guideline(self) -> None:
        app = make_app()
        async with app.run_test(size=(120, 40)) as pilot:
            question = await open_tree(app, pilot)
            pane = question.query_one("#guideline-paragraph", Markdown)
            pane.post_message(Markdown.LinkClicked(pane, "grijs-externe-partij.md"))
            await pilot.pause()
            guideline = app.screen
            assert isinstance(guideline, GuidelineScreen)
            assert guideline.current == "grijs-externe-partij"
