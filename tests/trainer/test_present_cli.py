"""`srg-guide present --live [--public] [--port]`: the options reach the app, the public
warning is said plainly, and --live opens the room as soon as the presenter screen is up."""

from __future__ import annotations

import pytest

from srg_guide.cli import main
from srg_guide.live.server import PUBLIC_WARNING
from srg_guide.ui import SrgGuideApp
from srg_guide.ui.screens.presenter import PresenterScreen
from srg_guide.ui.widgets.live_tally import LiveTally

from .conftest import SCENARIOS, trainer_app
from .test_presenter import plain


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[SrgGuideApp]:
    """Record the app `present` would run, without running it."""
    apps: list[SrgGuideApp] = []
    monkeypatch.setattr(SrgGuideApp, "run", lambda self, **_: apps.append(self))
    return apps


@pytest.mark.parametrize(
    ("extra", "host", "warned"),
    [([], "127.0.0.1", False), (["--public"], "0.0.0.0", True)],
)
def test_live_options_and_public_warning(
    started: list[SrgGuideApp],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    host: str,
    warned: bool,
) -> None:
    assert main(["present", "--live", "--port", "9123", *extra]) == 0
    (app,) = started
    options = app.options
    assert options.live and options.quiz and options.start == "presentatie"
    assert (options.live_host, options.live_port) == (host, 9123)
    assert (PUBLIC_WARNING in capsys.readouterr().err) is warned
    assert "Iedereen die de zaalcode kent, kan stemmen." in PUBLIC_WARNING


def test_without_live_no_room_options(started: list[SrgGuideApp]) -> None:
    assert main(["present"]) == 0
    assert not started[0].options.live and started[0].options.live_host == "127.0.0.1"


async def test_live_option_opens_the_room_on_start() -> None:
    app = trainer_app(start="presentatie", scenarios=SCENARIOS / "01-training.yaml", live=True)
    async with app.run_test(size=(130, 50)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PresenterScreen)
        for _ in range(20):
            if screen.live is not None:
                break
            await pilot.pause(0.05)
        assert screen.live is not None and screen.live.room.question is not None
        await pilot.pause(0.3)
        tally = plain(screen.query_one(LiveTally))
        assert screen.live.url in tally.replace("\n", "") or screen.live.room.code in tally
        assert "Let op" not in tally  # bound to 127.0.0.1: no public warning


async def test_busy_port_gives_a_dutch_notice_not_a_crash() -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = trainer_app(
            start="presentatie", scenarios=SCENARIOS / "01-training.yaml", live_port=port
        )
        async with app.run_test(size=(130, 50)) as pilot:
            await pilot.pause()
            await pilot.press("l")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, PresenterScreen) and screen.live is None
            messages = [n.message for n in app._notifications]
            assert any(f"poort {port}" in m and "--port" in m for m in messages), messages
