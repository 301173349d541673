"""Snapshots of key screens (pytest-textual-snapshot). Update with --snapshot-update, then look."""

from __future__ import annotations

from textual.pilot import Pilot

from srg_guide.ui.screens.guideline import GuidelineScreen

from .conftest import JOBCOACH, SCENARIOS, answer, answer_all, make_app


class TestHome:
    def test_home_80x24(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(make_app(), terminal_size=(80, 24))

    def test_help_on_home(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(make_app(), press=["f1"], terminal_size=(80, 24))

    def test_home_light_theme(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(make_app(), press=["f2"], terminal_size=(80, 24))

    def test_question_no_color(self, snap_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        monkeypatch.setenv("NO_COLOR", "1")
        assert snap_compare(make_app(), press=["1"], terminal_size=(80, 24))


class TestTree:
    def test_question_wide(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "gemeente")

        assert snap_compare(make_app(), run_before=run_before, terminal_size=(120, 30))

    def test_question_80x24(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        assert snap_compare(make_app(), press=["1"], terminal_size=(80, 24))

    def test_outcome(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("1")
            await pilot.pause()
            await answer_all(pilot, JOBCOACH)
            await pilot.press("b")
            await pilot.pause()

        assert snap_compare(make_app(), run_before=run_before, terminal_size=(100, 30))


class TestGuidelines:
    def test_guideline_page(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("2")
            await pilot.pause()
            screen = pilot.app.screen
            assert isinstance(screen, GuidelineScreen)
            screen.open("type-30")
            await pilot.pause()

        assert snap_compare(make_app(), run_before=run_before, terminal_size=(110, 32))


class TestPresenter:
    def test_presenter_answer_revealed(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        app = make_app(
            start="presentatie", scenarios=SCENARIOS / "11-jobcoach-op-werkervaringsplaats.yaml"
        )
        assert snap_compare(app, press=["space"], terminal_size=(110, 32))

    def test_presenter_quiz_question(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        app = make_app(
            start="presentatie",
            scenarios=SCENARIOS / "04-taalcursus-inburgeringsbudget.yaml",
            quiz=True,
        )
        assert snap_compare(app, terminal_size=(110, 32))


class TestChecker:
    def test_findings_table(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("f5")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

        app = make_app(start="controle")
        assert snap_compare(app, run_before=run_before, terminal_size=(100, 30))
