"""Presenter mode on the trainer fixtures: letter keys, reveal with why, next example, big text,
and the live room with a participant voting over a real websocket."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Static

from srg_guide.ui.screens.presenter import PresenterScreen
from srg_guide.ui.screens.presenter_start import PresenterStartScreen
from srg_guide.ui.widgets.big_text import BigText
from srg_guide.ui.widgets.choice_list import ChoiceList
from srg_guide.ui.widgets.live_tally import LiveTally

from .conftest import SCENARIOS, Participant, trainer_app

SLIDE_PARTS = ("#slide-kicker", "#slide-title", "#slide-body", "#slide-why", "#slide-prompt")


def plain(widget: Static) -> str:
    console = Console(width=200, color_system=None)
    with console.capture() as captured:
        console.print(widget.content)
    return captured.get()


def slide(screen: PresenterScreen) -> str:
    return "\n".join(plain(screen.query_one(part, Static)) for part in SLIDE_PARTS)


async def open_examples(pilot, index: int) -> PresenterScreen:  # type: ignore[no-untyped-def]
    """From the start screen, open example ``index`` (0 = live walk)."""
    start = pilot.app.screen
    assert isinstance(start, PresenterStartScreen)
    await pilot.press(str(index + 1))
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PresenterScreen)
    return screen


async def test_letters_pick_and_reveal_with_why() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        screen = await open_examples(pilot, 0)
        assert screen.scenario is None
        assert "Kies een antwoord met A tot en met C" in slide(screen)
        assert "1 tot en met 9" not in slide(screen)
        await pilot.press("a")
        revealed = slide(screen)
        assert "Ja, de klantmanager zet het in   ← antwoord" in revealed
        assert "Waarom?" in revealed
        assert "De gemeente moet de voorziening inzetten" in revealed  # the question's help
        assert "De criteria – Inzet" in revealed  # the guideline paragraph it cites
        assert "De gemeente zet de voorziening in of is erbij betrokken." in revealed
        await pilot.press("space")
        assert screen.session.current.id == "budget"
        await pilot.press("B")
        assert screen.picked == "nee" and screen.revealed
        await pilot.press("left")
        assert not screen.revealed and screen.picked is None
        await pilot.press("2", "space")  # digits still work
        assert screen.session.outcome is not None and screen.session.outcome.id == "niet-srg"


async def test_replay_reveals_outcome_with_verdict_in_block_letters() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml")
    async with app.run_test(size=(130, 45)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        heading = screen.query_one("#slide-heading", BigText)
        assert heading.text == "Vraag 1" and "██" in plain(heading)
        for _ in range(20):
            if screen.finished:
                break
            await pilot.press("space")
        text = slide(screen)
        assert "Telt mee: training" in text and "Type voorziening: 42 Training" in text
        assert "Een training is één voorziening." in text
        assert heading.text == "Telt mee" and "██" in plain(heading)
        assert "n: volgend voorbeeld" not in text  # a single file has no next example


async def replay_to_the_end(app) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Run a single-scenario presenter to its revealed outcome: block-letter text and slide."""
    async with app.run_test(size=(200, 45)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        for _ in range(20):
            if screen.finished:
                break
            await pilot.press("space")
        assert screen.finished
        return screen.query_one("#slide-heading", BigText).text, slide(screen)


async def test_a_weet_ik_niet_walk_reveals_telt_mee_mits(tmp_path: Path) -> None:
    scenario = tmp_path / "budget-onbekend.yaml"
    scenario.write_text(
        "name: Budget onbekend\n"
        "answers: {inzet: ja, budget: weet-ik-niet, doel: werk, soort: training}\n"
        "expect: {outcome: training}\n",
        encoding="utf-8",
    )
    heading, text = await replay_to_the_end(trainer_app(start="presentatie", scenarios=scenario))
    assert heading == "Telt mee, mits"
    assert "Mits de gemeente het uit het re-integratiebudget betaalt" in text


async def test_a_traject_is_never_a_bare_telt_niet_mee() -> None:
    ui_data = Path(__file__).parents[1] / "ui" / "data"
    app = trainer_app(
        start="presentatie",
        trees=ui_data / "trees",
        guidelines=ui_data / "guidelines",
        scenarios=ui_data / "scenarios" / "02-traject.yaml",
    )
    heading, text = await replay_to_the_end(app)
    assert heading == "Lever apart"
    assert "Lever dit niet als één record: lever elke voorziening apart" in text


@pytest.mark.parametrize("size", [(30, 45), (200, 30)])
async def test_block_letters_fall_back_to_bold_when_narrow_or_low(size: tuple[int, int]) -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        heading = app.screen.query_one("#slide-heading", BigText)
        assert plain(heading).strip() == "Vraag 1"


async def test_n_goes_to_the_next_example() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS)
    async with app.run_test(size=(120, 45)) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, PresenterStartScreen)
        listed = plain_options(start.query_one(ChoiceList))
        assert "Voorbeeld 1: Training van de gemeente" in listed
        assert "Een sollicitatietraining, betaald uit het re-integratiebudget." in listed
        screen = await open_examples(pilot, 1)
        assert screen.scenario is not None and screen.scenario.name == "Training van de gemeente"
        await pilot.press("space", "space")
        await pilot.press("n")
        assert screen.scenario.name == "Vrijwilligerswerk dat de gemeente regelde"
        assert screen.session.steps == [] and not screen.revealed
        await pilot.press("n", "n")
        assert screen.scenario.name == "Eigen initiatief"  # the last one: n stays


def plain_options(choices: ChoiceList) -> str:
    console = Console(width=200, color_system=None)
    with console.capture() as captured:
        for index in range(choices.option_count):
            console.print(choices.get_option_at_index(index).prompt)
    return captured.get()


async def test_live_room_tallies_votes_and_reveals_to_participants() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml")
    async with app.run_test(size=(130, 50)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        assert screen.live is None
        await pilot.press("l")
        await pilot.pause()
        assert screen.live is not None
        url = screen.live.url
        assert url.startswith("http://127.0.0.1:")
        alice, bob = Participant(url), Participant(url)
        try:
            question = (await alice.join())["question"]
            await bob.join()
            assert question["text"] == "Zet de gemeente deze ondersteuning in?"
            assert [o["letter"] for o in question["options"]] == ["A", "B", "C"]
            assert (await alice.vote(1, "ja"))["type"] == "counted"
            assert (await bob.vote(1, "nee"))["type"] == "counted"
            await pilot.pause(0.4)  # the tally redraws a few times a second
            tally = plain(screen.query_one(LiveTally))
            assert screen.live.room.code in tally and "Vraag 1: 2 stemmen" in tally
            assert "Stem nu" in slide(screen)
            await pilot.press("space")  # reveal
            reveal = await alice.question(1) and await alice.receive()
            assert reveal["reveal"]["option"] == "ja"
            assert "De gemeente moet de voorziening inzetten" in reveal["reveal"]["why"]
            assert reveal["tally"] == {"ja": 1, "nee": 1, "weet-ik-niet": 0}
            await pilot.press("space")  # next question goes to the room
            assert (await alice.question(2))["text"].startswith("Betaalt de gemeente")
            await pilot.press("escape")
            await pilot.pause()
            state = await bob.receive()
            while state.get("open", True):
                state = await bob.receive()
            assert state["open"] is False and screen.live is None
        finally:
            await alice.close()
            await bob.close()


async def test_room_is_kept_across_examples_and_closed_when_leaving() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS)
    async with app.run_test(size=(130, 50)) as pilot:
        await pilot.pause()
        start = app.screen
        assert isinstance(start, PresenterStartScreen)
        first = await open_examples(pilot, 1)
        await pilot.press("l")
        await pilot.pause()
        assert first.live is not None
        code = first.live.room.code
        participant = Participant(first.live.url)
        try:
            await participant.join()
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is start and start.keeper.server is not None
            second = await open_examples(pilot, 2)
            for _ in range(20):
                if second.live is not None:
                    break
                await pilot.pause(0.05)
            assert second.live is not None and second.live.room.code == code
            question = await participant.question(2)
            assert question["text"] == "Zet de gemeente deze ondersteuning in?"
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("escape")  # leave presentation mode: the room closes
            await pilot.pause()
            state = participant.state
            while state.get("open", True):
                state = await participant.receive()
            assert state["open"] is False and start.keeper.server is None
        finally:
            await participant.close()


@pytest.mark.parametrize(("width", "beside"), [(160, True), (100, False)])
async def test_live_tally_beside_the_slide_only_on_wide_screens(width: int, beside: bool) -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml")
    async with app.run_test(size=(width, 45)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        slide_box = app.screen.query_one("#slide-box").region
        live = app.screen.query_one(LiveTally).region
        assert live.width > 0
        assert (live.x >= slide_box.right) is beside
        assert (live.y >= slide_box.bottom) is not beside
