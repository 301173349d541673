"""The app shell: F1 help everywhere, themes, errors as dialogs (sessions: test_sessions.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.dom import DOMNode
from textual.message import Message
from textual.pilot import Pilot

from srg_guide.locations import data_dir
from srg_guide.ui.app import DARK_THEME, LIGHT_THEME
from srg_guide.ui.screens.error import ErrorScreen
from srg_guide.ui.screens.help import HelpScreen
from srg_guide.ui.screens.home import HomeScreen
from srg_guide.ui.screens.question import QuestionScreen
from srg_guide.ui.widgets.choice_list import ChoiceList

from .conftest import MINI_JOBCOACH, MINI_SCENARIOS, answer_all, make_app, make_mini_app


async def to_review(pilot: Pilot[None]) -> None:
    await pilot.press("1")
    await pilot.pause()
    await answer_all(pilot, MINI_JOBCOACH)


async def to_outcome(pilot: Pilot[None]) -> None:
    await to_review(pilot)
    await pilot.press("b")


ROUTES = {
    "HomeScreen": [],
    "QuestionScreen": ["1"],
    "GuidelineScreen": ["2"],
    "CheckerScreen": ["3"],
    "PresenterStartScreen": ["4"],
    "PresenterScreen": ["4", "1"],
}


def textual_descriptions() -> set[str]:
    """The (English) descriptions Textual's own classes give their keys, e.g. "Focus Next"."""
    found: set[str] = set()
    classes = [DOMNode]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        if cls.__module__.startswith("textual."):
            for item in cls.__dict__.get("BINDINGS", ()):
                found.add(
                    item.description if isinstance(item, Binding) else Binding(*item).description
                )
    return found - {""}


@pytest.mark.parametrize("screen_name", sorted(ROUTES))
async def test_f1_shows_help_with_keys_on_every_screen(screen_name: str) -> None:
    app = make_mini_app(scenarios=MINI_SCENARIOS)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in ROUTES[screen_name]:
            await pilot.press(key)
            await pilot.pause()
        assert type(app.screen).__name__ == screen_name
        await pilot.press("f1")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert len(help_screen.help_text) > 80
        assert help_screen.keys, "the help lists the keys of the screen"
        english = textual_descriptions()
        assert "Focus Next" in english and "Copy selected text" in english
        assert not [label for _key, label in help_screen.keys if label in english]
        assert ("tab", "Naar het volgende onderdeel") in help_screen.keys
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == screen_name


@pytest.mark.parametrize("route", [to_review, to_outcome])
async def test_f1_on_review_and_outcome(route) -> None:  # type: ignore[no-untyped-def]
    app = make_mini_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await route(pilot)
        await pilot.pause()
        shown = app.screen
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert shown.HELP and app.screen.help_text == shown.HELP


async def test_f2_switches_between_light_and_dark() -> None:
    app = make_app()
    async with app.run_test() as pilot:
        assert app.theme == DARK_THEME
        await pilot.press("f2")
        assert app.theme == LIGHT_THEME
        await pilot.press("f2")
        assert app.theme == DARK_THEME


async def test_broken_tree_shows_file_and_line_instead_of_a_traceback(tmp_path: Path) -> None:
    trees = tmp_path / "trees"
    trees.mkdir()
    shutil.copy(data_dir("trees") / "codes.yaml", trees / "codes.yaml")
    (trees / "srg.yaml").write_text("id: srg\nnodes: [\n", encoding="utf-8")
    app = make_app(trees=trees)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        error = app.screen
        assert isinstance(error, ErrorScreen)
        assert "srg.yaml:" in error.error_message
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_a_broken_second_tree_is_reported_but_the_good_one_works(tmp_path: Path) -> None:
    trees = tmp_path / "trees"
    shutil.copytree(data_dir("trees"), trees)
    (trees / "srg-oud.yaml").write_text("id: srg\nnodes: [\n", encoding="utf-8")
    app = make_app(trees=trees)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        assert any("srg-oud.yaml" in n.message for n in app._notifications)


async def test_a_choice_says_which_list_it_came_from() -> None:
    app = make_mini_app()
    posted: list[Message] = []
    async with app.run_test(size=(100, 30), message_hook=posted.append) as pilot:
        await pilot.press("1")  # Beslisboom, from the list of modes
        await pilot.pause()
        await pilot.press("1")  # the first answer to the first question
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
    chosen = [(m.control.id, m.choice_id) for m in posted if isinstance(m, ChoiceList.Chosen)]
    first_answer = app.resources.tree.nodes[app.resources.tree.start].choices[0].id
    assert list(dict.fromkeys(chosen)) == [("modes", "beslisboom"), ("choices", first_answer)]
