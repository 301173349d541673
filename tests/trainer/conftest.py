"""Trainer-kit fixtures: a tiny tree, three scenarios and two guideline modules of its own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import aiohttp

from srg_guide.ui import AppOptions, SrgGuideApp

DATA = Path(__file__).parent / "data"
TREES = DATA / "trees"
OLD_TREES = DATA / "trees-old"
SCENARIOS = DATA / "scenarios"
GUIDELINES = DATA / "guidelines"
TODAY = dt.date(2026, 3, 15)


def trainer_app(**options: Any) -> SrgGuideApp:
    """The app on the trainer fixtures, pinned to TODAY, live room on a free port."""
    options.setdefault("trees", TREES)
    options.setdefault("guidelines", GUIDELINES)
    options.setdefault("as_of", TODAY)
    options.setdefault("live_port", 0)
    return SrgGuideApp(AppOptions(**options))


class Participant:
    """One simulated audience member: its own cookie jar and websocket."""

    def __init__(self, url: str) -> None:
        self.url = url
        # unsafe=True: accept cookies from an IP address such as 127.0.0.1, as browsers do.
        self.session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.socket: aiohttp.ClientWebSocketResponse | None = None
        self.state: dict[str, Any] = {}

    async def join(self) -> dict[str, Any]:
        """Open the page (gets the anonymous cookie), then the websocket; returns the state."""
        async with self.session.get(self.url) as response:
            assert response.status == 200, response.status
        self.socket = await self.session.ws_connect(self.url + "/ws")
        return await self.receive()

    async def receive(self) -> dict[str, Any]:
        assert self.socket is not None
        message = json.loads(await self.socket.receive_str(timeout=10))
        if message["type"] == "state":
            self.state = message
        return message

    async def question(self, number: int) -> dict[str, Any]:
        """Wait until question ``number`` is put to the room; returns it."""
        while (self.state.get("question") or {}).get("number") != number:
            await self.receive()
        return self.state["question"]

    async def send(self, text: str) -> dict[str, Any]:
        """Send raw text; returns the reply (state pushes in between are skipped)."""
        assert self.socket is not None
        await self.socket.send_str(text)
        while True:
            reply = await self.receive()
            if reply["type"] != "state":
                return reply

    async def vote(self, question: int, option: str) -> dict[str, Any]:
        return await self.send(json.dumps({"question": question, "vote": option}))

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
        await self.session.close()
