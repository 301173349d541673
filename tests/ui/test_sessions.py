"""Never lose work: autosave, resume and delete from the start screen, Opnieuw asks, keys stay."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.widgets._footer import FooterKey

from srg_guide.tree.rationale import to_markdown
from srg_guide.ui.screens.confirm import ConfirmDialog
from srg_guide.ui.screens.dossier import DossierDialog
from srg_guide.ui.screens.export import ExportDialog
from srg_guide.ui.screens.home import HomeScreen
from srg_guide.ui.screens.outcome import OutcomeScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.screens.review import ReviewScreen
from srg_guide.ui.sessions import export_stem, list_sessions, sessions_dir
from srg_guide.ui.widgets.choice_list import ChoiceList

from .conftest import MINI_JOBCOACH, MINI_TREES, answer, answer_all, fill_labels, make_mini_app


def footer_labels(screen: Screen[None]) -> list[str]:
    return [key.description for key in screen.query(FooterKey)]


def rationale_markdown(screen: OutcomeScreen) -> str:
    return to_markdown(screen.rationale())


async def to_outcome(pilot: Pilot[None]) -> OutcomeScreen:
    await pilot.press("1")
    await pilot.pause()
    await answer_all(pilot, MINI_JOBCOACH)
    await pilot.press("b")
    await pilot.pause()
    assert isinstance(pilot.app.screen, OutcomeScreen)
    return pilot.app.screen


async def resume_first(pilot: Pilot[None]) -> None:
    """Pick the newest saved session on the start screen."""
    home = pilot.app.screen
    assert isinstance(home, HomeScreen)
    home.query_one("#recent", ChoiceList).focus()
    await pilot.press("1")
    await pilot.pause()


class TestAutosave:
    async def test_escape_mid_walk_then_resume_restores_the_answers(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "ja")
            await answer(pilot, "verder")
            await answer(pilot, "voorziening")
            await pilot.press("escape")  # no "s" pressed: saved anyway
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert any("bewaard" in n.message for n in app._notifications)
            recent = app.screen.query_one("#recent", ChoiceList)
            assert recent.display and recent.option_count == 1

        again = make_mini_app()
        async with again.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await resume_first(pilot)
            question = again.screen
            assert isinstance(question, QuestionScreen)
            assert question.session.current.id == "doel"
            assert question.session.answers == {"inzet": "ja", "niveau": "voorziening"}
            await answer(pilot, "werk")  # goes on saving into the same file
            assert question.session.current.id == "soort"
            assert len(list(sessions_dir().glob("*.yaml"))) == 1
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("1")  # back home, a digit picks a mode, not a session
            await pilot.pause()
            assert isinstance(again.screen, QuestionScreen)
            assert again.screen.session.steps == []

    async def test_a_resumed_session_saves_each_new_answer_to_its_file(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "ja")
            await pilot.press("escape")
            await pilot.pause()
            await resume_first(pilot)  # same app: the file was read, yet is ours to write
            await answer(pilot, "verder")
            await answer(pilot, "voorziening")
            assert not any("niet bewaard" in n.message for n in app._notifications)
        (saved,) = sessions_dir().glob("*.yaml")
        answers = yaml.safe_load(saved.read_text(encoding="utf-8"))["answers"]
        assert {"question": "niveau", "answer": "voorziening"} in [
            {"question": a["question"], "answer": a["answer"]} for a in answers
        ]

    async def test_start_screen_lists_dossier_date_and_outcome(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await to_outcome(pilot)
            await fill_labels(pilot, dossier="Zaak 17 van 123456782")
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
        [saved] = list_sessions()
        assert saved.dossier == "Zaak 17 van *******82"
        assert saved.outcome == "Telt mee: jobcoach"
        label = saved.label
        assert label.startswith("Zaak 17 van *******82")
        assert f"{saved.saved:%d-%m-%Y}" in label
        assert "123456782" not in saved.path.read_text(encoding="utf-8")  # no BSN on disk
        data = yaml.safe_load(saved.path.read_text(encoding="utf-8"))
        assert set(data) >= {"answers", "dossier", "saved", "outcome"}

    async def test_session_at_the_outcome_resumes_in_the_review_with_its_dossier(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            outcome = await to_outcome(pilot)
            await fill_labels(pilot, dossier="Zaak 18", note="bel")
            await pilot.press("escape")
            await pilot.pause()

        again = make_mini_app()
        async with again.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await resume_first(pilot)
            assert isinstance(again.screen, ReviewScreen)
            await pilot.press("b")
            await pilot.pause()
            outcome = again.screen
            assert isinstance(outcome, OutcomeScreen)
            assert outcome.session.verdict is not None
            assert (outcome.walk.dossier, outcome.walk.note) == ("Zaak 18", "bel")
            assert "Dossier: Zaak 18 · Opmerking: bel" in str(
                outcome.query_one("#labels", Static).content
            )

    async def test_changing_the_first_answer_then_escape_keeps_the_answers(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await to_outcome(pilot)
            await pilot.press("w")  # back to the review
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)
            await pilot.press("1")  # change the first answer: no answers left on the path
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.screen.session.steps == []
            await pilot.press("escape")
            await pilot.pause()
            [saved] = list_sessions()
            assert saved.outcome == "nog geen uitkomst (4 antwoorden)"  # none thrown away
            await pilot.press("1")  # digits on the start screen pick a mode, not a session
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            assert app.screen.session.kept_answer() is None  # a new walk

        again = make_mini_app()
        async with again.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await resume_first(pilot)
            question = again.screen
            assert isinstance(question, QuestionScreen)
            assert question.session.kept_answer() == "ja"  # the old answers are offered again

    async def test_nothing_answered_leaves_no_session(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("1")
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)
            assert not app.screen.query_one("#recent", ChoiceList).display
        assert list_sessions() == []

    async def test_delete_asks_and_removes_the_session(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            home = await _home_with_one_session(pilot)
            home.query_one("#recent", ChoiceList).focus()
            await pilot.press("delete")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("n")  # no: kept
            await pilot.pause()
            assert len(list_sessions()) == 1
            await pilot.press("delete")
            await pilot.pause()
            await pilot.press("j")
            await pilot.pause()
            assert app.screen is home
            assert list_sessions() == []
            assert not home.query_one("#recent", ChoiceList).display

    async def test_the_footer_offers_delete_only_on_the_list_of_sessions(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            home = await _home_with_one_session(pilot)
            home.query_one("#modes", ChoiceList).focus()
            await pilot.pause()
            assert "Sessie verwijderen" not in footer_labels(home)
            home.query_one("#recent", ChoiceList).focus()
            await pilot.pause()
            assert "Sessie verwijderen" in footer_labels(home)

    async def test_an_unreadable_session_file_is_listed_not_fatal(self) -> None:
        (sessions_dir() / "kapot.yaml").write_text("answers: [\n", encoding="utf-8")
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            [saved] = list_sessions()
            assert not saved.readable
            assert "onleesbaar" in saved.label


class TestOpnieuw:
    async def test_opnieuw_asks_and_no_keeps_the_answers(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            outcome = await to_outcome(pilot)
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is outcome
            assert outcome.session.verdict is not None

    async def test_opnieuw_yes_starts_fresh_and_keeps_the_old_session(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await to_outcome(pilot)
            await pilot.press("n")
            await pilot.pause()
            await pilot.press("j")
            await pilot.pause()
            question = app.screen
            assert isinstance(question, QuestionScreen)
            assert question.session.steps == []
            await answer(pilot, "nee")  # a second walk, saved apart
            await pilot.press("b")
            await pilot.pause()
        outcomes = sorted(saved.outcome for saved in list_sessions())
        assert outcomes == ["Telt mee: jobcoach", "Telt niet mee: de gemeente zet dit niet in"]


class TestDossierField:
    async def test_the_dossier_field_gives_the_keys_back(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            outcome = await to_outcome(pilot)
            await pilot.press("d")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, DossierDialog)
            assert dialog.query_one("#dossier", Input).has_focus
            await pilot.press(*"zaak-9e", "enter")  # an "e" in the field is text
            await pilot.pause()
            assert app.screen is outcome
            await pilot.press("e")  # and "e" on the screen exports again
            await pilot.pause()
            assert isinstance(app.screen, ExportDialog)
            assert outcome.walk.dossier == "zaak-9e"
            assert Path(app.screen.query_one("#path", Input).value).name == (
                "onderbouwing-zaak-9e.md"
            )

    async def test_escape_keeps_what_was_typed(self) -> None:
        app = make_mini_app()
        async with app.run_test(size=(100, 30)) as pilot:
            outcome = await to_outcome(pilot)
            await pilot.press("d", "tab", *"bel", "escape")
            await pilot.pause()
            assert app.screen is outcome
            assert outcome.walk.note == "bel"
            assert "bel" in rationale_markdown(outcome)
            await pilot.press("w")  # a screen key again
            await pilot.pause()
            assert isinstance(app.screen, ReviewScreen)


@pytest.mark.parametrize(
    ("dossier", "stem"),
    [
        ("", "onderbouwing-jobcoach"),
        ("Zaak 2026/17", "onderbouwing-Zaak-2026-17"),
        ("  ../../etc/passwd  ", "onderbouwing-etc-passwd"),
        ("BSN 123456782", "onderbouwing-BSN-xxxxxxx82"),
        ("dossier: ë?", "onderbouwing-dossier"),
    ],
)
def test_export_name_carries_a_safe_dossier_label(dossier: str, stem: str) -> None:
    assert export_stem("onderbouwing", dossier, "jobcoach") == stem


def test_a_conditional_outcome_is_listed_as_voorwaardelijk() -> None:
    """The start screen must not show a conditional outcome as plain "Telt mee"."""
    from srg_guide.tree import load_tree, run_answers
    from srg_guide.ui.sessions import list_sessions, new_session_path, save_session

    tree = load_tree(MINI_TREES / "mini.yaml")
    for inzet in ("ja", "weet-ik-niet"):
        run = run_answers(tree, dict(MINI_JOBCOACH, inzet=inzet))
        assert run.outcome is not None
        save_session(run.session, new_session_path(), dossier=inzet)
    outcomes = {s.dossier: s.outcome for s in list_sessions()}
    assert outcomes["weet-ik-niet"].endswith("(voorwaardelijk)")
    assert not outcomes["ja"].endswith("(voorwaardelijk)")


async def _home_with_one_session(pilot) -> HomeScreen:  # type: ignore[no-untyped-def]
    """Answer one question, go back: the start screen then lists one saved session."""
    await pilot.press("1")
    await pilot.pause()
    await answer(pilot, "ja")
    await pilot.press("escape")
    await pilot.pause()
    home = pilot.app.screen
    assert isinstance(home, HomeScreen)
    return home
