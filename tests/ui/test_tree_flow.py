"""Beslisboom in the app on the fixture tree: walk, back, change, conditional outcomes, exports."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Button, Input, Markdown, RadioSet, Static

from srg_guide.ui.app import SrgGuideApp
from srg_guide.ui.screens.export import ExportDialog
from srg_guide.ui.screens.guideline import GuidelineScreen
from srg_guide.ui.screens.outcome import OutcomeScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.screens.review import ReviewScreen
from srg_guide.ui.widgets.choice_list import ChoiceList

from .conftest import MINI_JOBCOACH, answer, answer_all, fill_labels, make_mini_app


def shown(screen: OutcomeScreen, selector: str) -> str:
    """The plain text a Static on the outcome screen shows."""
    return str(screen.query_one(selector, Static).content)


def rationale_text(screen: OutcomeScreen) -> str:
    from srg_guide.tree.rationale import to_markdown

    return to_markdown(screen.rationale())


async def open_tree(app: SrgGuideApp, pilot: Pilot[None]) -> QuestionScreen:
    """Open the Beslisboom from the home screen at its first question."""
    await pilot.press("1")
    await pilot.pause()
    question = app.screen
    assert isinstance(question, QuestionScreen)
    return question


async def to_outcome(pilot: Pilot[None], answers: dict[str, str]) -> OutcomeScreen:
    await pilot.press("1")
    await pilot.pause()
    await answer_all(pilot, answers)
    assert isinstance(pilot.app.screen, ReviewScreen)
    await pilot.press("b")
    await pilot.pause()
    outcome = pilot.app.screen
    assert isinstance(outcome, OutcomeScreen)
    return outcome


class TestWalk:
    async def test_full_walk_with_back_and_change_answer(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            question = await open_tree(app, pilot)
            await answer(pilot, "ja")
            await answer(pilot, "verder")
            await answer(pilot, "voorziening")
            assert question.session.current.id == "doel"

            # Back: the previous question again, with the given answer offered.
            await pilot.press("backspace")
            assert question.session.current.id == "niveau"
            choices = question.query_one("#choices", ChoiceList)
            assert choices.highlighted is not None
            assert choices.get_option_at_index(choices.highlighted).id == "voorziening"
            await pilot.press("enter")
            assert question.session.current.id == "doel"

            await answer_all(pilot, MINI_JOBCOACH)
            review = app.screen
            assert isinstance(review, ReviewScreen)

            # Change an earlier answer from the review; later answers are kept and offered.
            steps = review.query_one("#steps", ChoiceList)
            ids = [steps.get_option_at_index(i).id for i in range(steps.option_count)]
            await pilot.press(str(ids.index("doel") + 1))
            await pilot.pause()
            assert app.screen is question
            assert question.session.current.id == "doel"
            assert question.session.kept_answer() == "werk"
            await answer(pilot, "meedoen")
            while isinstance(app.screen, QuestionScreen):
                await pilot.press("enter")  # accept each kept answer
                await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)

            await pilot.press("b")
            await pilot.pause()
            outcome = app.screen
            assert isinstance(outcome, OutcomeScreen)
            assert outcome.session.verdict is not None
            assert outcome.session.verdict.id == "jobcoach"
            text = rationale_text(outcome)
            assert "30" in text and "Participatie" in text
            assert "Telt mee" in shown(outcome, "#verdict")

    async def test_escape_from_review_returns_to_the_last_question(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer_all(pilot, MINI_JOBCOACH)
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.screen.session.current.id == "soort"


class TestConditionalOutcome:
    async def test_weet_ik_niet_keeps_walking_and_ends_conditional(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            answers = dict(MINI_JOBCOACH, inzet="weet-ik-niet")
            outcome = await to_outcome(pilot, answers)
            assert outcome.session.outcome is not None
            assert outcome.session.outcome.id == "jobcoach"
            condition = shown(outcome, "#conditional")
            assert "mits de gemeente het heeft ingezet" in condition
            assert "anders" in condition
            assert outcome.query_one("#escalation", Button)
            assert "counts-unknown" in outcome.query_one("#verdict").classes
            assert any("Open punt genoteerd" in n.message for n in app._notifications)

    async def test_escalation_note_is_exported_with_the_remark(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            answers = dict(MINI_JOBCOACH, soort="eigen")
            await to_outcome(pilot, answers)
            await fill_labels(pilot, note="Navragen bij team werk")
            await pilot.press("x")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            path = Path(dialog.query_one("#path", Input).value)
            assert path.name == "escalatie-coaching.md"
            await pilot.click("#save")
            await pilot.pause()
            text = path.read_text(encoding="utf-8")
            assert "eigen medewerkers" in text
            assert "Navragen bij team werk" in text

    async def test_traject_is_no_bare_telt_niet_and_starts_a_walk_per_part(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            outcome = await to_outcome(pilot, {"inzet": "ja", "niveau": "traject"})
            verdict = shown(outcome, "#verdict")
            assert verdict == "Lever dit niet als één record: lever elke voorziening apart"
            assert "Telt niet mee" not in verdict
            await pilot.press("v")
            await pilot.pause()
            part = app.screen
            assert isinstance(part, QuestionScreen)
            assert part.session.current.id == "doel"  # the level question is answered
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is outcome  # back for the next part
            await pilot.press("v")
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.screen is not part  # a fresh walk per part

    async def test_walk_parts_is_not_offered_for_a_single_voorziening(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            outcome = await to_outcome(pilot, MINI_JOBCOACH)
            assert not outcome.query("#walk-parts")
            await pilot.press("v")
            await pilot.pause()
            assert app.screen is outcome


class TestRationaleExport:
    async def test_export_goes_to_documents_with_the_dossier_in_the_name(
        self, _exports_in_tmp: Path
    ) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            outcome = await to_outcome(pilot, MINI_JOBCOACH)
            await fill_labels(pilot, dossier="Zaak 2026/17 BSN 123456782")
            assert "*******82" in str(outcome.query_one("#labels", Static).content)
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            path = Path(dialog.query_one("#path", Input).value)
            assert path.parent == _exports_in_tmp
            assert path.name == "onderbouwing-Zaak-2026-17-BSN-xxxxxxx82.md"
            await pilot.click("#save")
            await pilot.pause()
            text = path.read_text(encoding="utf-8")
            assert text.startswith("# Onderbouwing")
            assert "123456782" not in text  # a BSN in the dossier label is masked
            assert "*******82" in text
            assert any(f"Opgeslagen: {path}" in n.message for n in app._notifications)

    async def test_json_export_switches_the_extension(self, _exports_in_tmp: Path) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await to_outcome(pilot, MINI_JOBCOACH)
            await pilot.press("e")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            dialog.query_one(RadioSet).query("RadioButton")[2].value = True
            await pilot.pause()
            path = Path(dialog.query_one("#path", Input).value)
            assert path == _exports_in_tmp / "onderbouwing-jobcoach.json"
            await pilot.click("#save")
            await pilot.pause()
            assert '"30"' in path.read_text(encoding="utf-8")

    async def test_download_delivers_the_file(self, tmp_path: Path) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await to_outcome(pilot, MINI_JOBCOACH)
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
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await to_outcome(pilot, MINI_JOBCOACH)
            await pilot.press("k")
            await pilot.pause()
            assert app.clipboard.startswith("# Onderbouwing")

    async def test_unwritable_path_gives_a_dutch_message(self, tmp_path: Path) -> None:
        blocker = tmp_path / "bestand"
        blocker.write_text("x", encoding="utf-8")
        app = make_mini_app()
        async with app.run_test(size=(100, 40)) as pilot:
            await to_outcome(pilot, MINI_JOBCOACH)
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
    """The fixture tree cites a paragraph of the shipped guidelines: it is shown, not the module."""

    REFERENCE = "traject-voorziening-activiteit#het-type-van-een-voorziening"

    async def test_question_shows_its_paragraph_not_the_module_opening(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(120, 40)) as pilot:
            question = await open_tree(app, pilot)
            await answer(pilot, "ja")
            await answer(pilot, "verder")
            assert question.session.current.guidelines[0] == self.REFERENCE
            paragraph = app.resources.library.paragraph(self.REFERENCE)
            assert paragraph is not None and paragraph.section is not None
            title = str(question.query_one("#guideline-title", Static).content)
            shown = question.query_one("#guideline-paragraph", Markdown).source
            assert title.endswith(paragraph.title)
            assert shown.strip() and shown.strip() in paragraph.module.body
            assert "## Wat is het?" not in shown  # not the module's first section

    async def test_g_opens_the_guideline_scrolled_to_the_cited_paragraph(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await open_tree(app, pilot)
            await answer(pilot, "ja")
            await answer(pilot, "verder")
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
                if title == "Het type van een voorziening"
            )
            assert page.scroll_y > 0
            assert 0 <= heading.region.y - page.region.y <= 3  # its heading at the top (margins)
            assert "Is dit één voorziening of een traject?" in markdown.source  # "gebruikt in"

    async def test_a_link_in_the_paragraph_opens_its_guideline(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(120, 40)) as pilot:
            question = await open_tree(app, pilot)
            await answer(pilot, "ja")
            await answer(pilot, "verder")
            pane = question.query_one("#guideline-paragraph", Markdown)
            pane.post_message(Markdown.LinkClicked(pane, "grijs-externe-partij.md"))
            await pilot.pause()
            guideline = app.screen
            assert isinstance(guideline, GuidelineScreen)
            assert guideline.current == "grijs-externe-partij"
