"""Snapshots of key screens (pytest-textual-snapshot). Update with --snapshot-update, then look."""

from __future__ import annotations

import datetime as dt
import os
import types
from pathlib import Path

import pytest
import yaml
from textual.pilot import Pilot

from srg_guide.tree import rationale
from srg_guide.ui.screens.guideline import GuidelineScreen
from srg_guide.ui.sessions import sessions_dir

from .conftest import MINI_JOBCOACH, MINI_SCENARIOS, answer, answer_all, make_app, make_mini_app


class _FixedDateTime(dt.datetime):
    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _FixedDateTime:
        return cls(2026, 3, 15, 10, 30)


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rationale records the time of day; pin it so snapshots stay stable."""
    fixed = types.SimpleNamespace(**{**vars(dt), "datetime": _FixedDateTime})
    monkeypatch.setattr(rationale, "dt", fixed)


def saved_session(name: str, dossier: str, outcome: str, answers: list[tuple[str, str]]) -> None:
    """A session file as the app writes it, with a fixed time."""
    path = sessions_dir() / f"{name}.yaml"
    data = {
        "format": "srg-guide-sessie",
        "tree": {"id": "mini", "version": "test.1", "sha256": ""},
        "answers": [{"question": q, "answer": a} for q, a in answers],
        "saved": "2026-03-14T16:05:00",
        "dossier": dossier,
        "outcome": outcome,
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    stamp = Path(path).stat().st_mtime + len(answers)
    os.utime(path, (stamp, stamp))  # newest first: the longer walk on top


async def to_outcome(pilot: Pilot[None], answers: dict[str, str]) -> None:
    await pilot.pause()
    await pilot.press("1")
    await pilot.pause()
    await answer_all(pilot, answers)
    await pilot.press("b")
    await pilot.pause()
    pilot.app.clear_notifications()  # a toast may have gone by the time the shot is taken
    await pilot.pause()


class TestHome:
    def test_home_80x24(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Start screen at 80x24: every mode with its key and summary fits, nothing cut off."""
        assert snap_compare(make_app(), terminal_size=(80, 24))

    def test_help_on_home(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """F1 on the start screen: the key list is Dutch, no English Textual key names."""
        assert snap_compare(make_app(), press=["f1"], terminal_size=(80, 24))

    def test_home_light_theme(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """F2 switches to the light theme: text stays readable, the focused mode is highlighted."""
        assert snap_compare(make_app(), press=["f2"], terminal_size=(80, 24))

    def test_question_no_color(self, snap_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
        """NO_COLOR: the question is still usable; options are numbered, no colour is needed."""
        monkeypatch.setenv("NO_COLOR", "1")
        assert snap_compare(make_mini_app(), press=["1"], terminal_size=(80, 24))

    def test_home_with_saved_sessions(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Saved sessions listed as dossier · datum · uitkomst; an open walk as unfinished."""
        saved_session("a", "Zaak 2026-17", "", [("inzet", "ja"), ("noot", "verder")])
        saved_session(
            "b",
            "Zaak 2026-18",
            "Telt mee: jobcoach",
            [
                ("inzet", "ja"),
                ("noot", "verder"),
                ("niveau", "voorziening"),
                ("doel", "werk"),
                ("soort", "jobcoach"),
            ],
        )
        assert snap_compare(make_mini_app(), terminal_size=(90, 24))


class TestTree:
    def test_question_wide(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """After two answers: the path (Stap 3 · Ja › Verder), options, and the guideline pane."""

        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("1")
            await pilot.pause()
            await answer(pilot, "ja")
            await answer(pilot, "verder")

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(120, 30))

    def test_question_80x24(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """First question at 80x24: the question and every option, Weet ik niet too, visible."""
        assert snap_compare(make_mini_app(), press=["1"], terminal_size=(80, 24))

    def test_outcome(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """A counting outcome: verdict, type, doel and the rationale with tree version and date."""

        async def run_before(pilot: Pilot[None]) -> None:
            await to_outcome(pilot, MINI_JOBCOACH)

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(100, 30))

    def test_outcome_conditional(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """ "Weet ik niet" gives a conditional verdict (mits …; anders …) and the escalation key."""

        async def run_before(pilot: Pilot[None]) -> None:
            await to_outcome(pilot, dict(MINI_JOBCOACH, inzet="weet-ik-niet"))

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(100, 30))

    def test_outcome_traject(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """A traject: not one record, but each voorziening delivered apart."""

        async def run_before(pilot: Pilot[None]) -> None:
            await to_outcome(pilot, {"inzet": "ja", "niveau": "traject"})

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(100, 30))

    def test_opnieuw_asks(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Opnieuw (n) on an outcome first asks for confirmation; nothing is thrown away yet."""

        async def run_before(pilot: Pilot[None]) -> None:
            await to_outcome(pilot, MINI_JOBCOACH)
            await pilot.press("n")
            await pilot.pause()

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(100, 30))


class TestGuidelines:
    def test_guideline_page(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """A guideline module: the module list on the left, the rendered module on the right."""

        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("2")
            await pilot.pause()
            screen = pilot.app.screen
            assert isinstance(screen, GuidelineScreen)
            screen.open("type-30")
            await pilot.pause()

        assert snap_compare(make_mini_app(), run_before=run_before, terminal_size=(110, 32))


class TestPresenter:
    def test_presenter_answer_revealed(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Presenter after space: the right answer is marked and "Waarom?" explains it."""
        app = make_mini_app(start="presentatie", scenarios=MINI_SCENARIOS / "01-jobcoach.yaml")
        assert snap_compare(app, press=["space"], terminal_size=(110, 32))

    def test_presenter_quiz_question(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """Quiz mode: the question with lettered options, no answer shown yet."""
        app = make_mini_app(
            start="presentatie", scenarios=MINI_SCENARIOS / "02-traject.yaml", quiz=True
        )
        assert snap_compare(app, terminal_size=(110, 32))


class TestChecker:
    def test_findings_table(self, snap_compare) -> None:  # type: ignore[no-untyped-def]
        """After a check: counts, how many controles did not run, then the findings per controle."""

        async def run_before(pilot: Pilot[None]) -> None:
            await pilot.pause()
            await pilot.press("f5")
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()

        app = make_app(start="controle")
        assert snap_compare(app, run_before=run_before, terminal_size=(100, 30))
