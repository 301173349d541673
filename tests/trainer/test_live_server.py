"""The participant page and websocket over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import aiohttp
import pytest

from srg_guide.live.room import Room
from srg_guide.live.server import COOKIE, LiveServer

from .conftest import Participant

OPTIONS = [("ja", "Ja"), ("nee", "Nee")]


@pytest.fixture
async def server() -> AsyncIterator[LiveServer]:
    live = LiveServer(Room(), port=0)
    await live.start()
    yield live
    await live.stop()


async def test_binds_to_localhost_by_default(server: LiveServer) -> None:
    assert server.host == "127.0.0.1" and not server.is_public
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith(server.room.code)
    assert LiveServer(Room(), "0.0.0.0").is_public


async def test_page_is_dutch_light_html_with_an_anonymous_cookie(server: LiveServer) -> None:
    async with aiohttp.ClientSession() as session, session.get(server.url) as response:
        text = await response.text()
        assert response.status == 200
        assert '<html lang="nl">' in text and "zaal " + server.room.code in text
        assert "<link" not in text and " src=" not in text  # nothing loaded from elsewhere
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
        cookie = response.cookies[COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Strict" and len(cookie.value) >= 20


async def test_wrong_code_gets_a_dutch_404(server: LiveServer) -> None:
    base = server.url.rsplit("/r/", 1)[0]
    async with aiohttp.ClientSession() as session:
        async with session.get(base + "/r/AAAAAA") as response:
            assert response.status == 404
            assert "bestaat niet" in await response.text()
        async with session.get(base + "/", params={"code": server.room.code.lower()}) as response:
            assert response.status == 200 and str(response.url).endswith(server.room.code)
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await session.ws_connect(base + "/r/AAAAAA/ws")


async def test_socket_without_the_page_cookie_is_refused(server: LiveServer) -> None:
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.WSServerHandshakeError):
            await session.ws_connect(server.url + "/ws")


async def test_vote_flow_reveal_and_close(server: LiveServer) -> None:
    room = server.room
    alice, bob = Participant(server.url), Participant(server.url)
    try:
        assert "question" not in await alice.join()
        await bob.join()
        room.show("Zet de gemeente dit in?", OPTIONS)
        pushed = await alice.receive()
        assert pushed["question"]["text"] == "Zet de gemeente dit in?"
        await bob.receive()
        assert (await alice.vote(1, "ja"))["type"] == "counted"
        again = await alice.vote(1, "nee")
        assert again == {"type": "rejected", "message": "U heeft al gestemd op deze vraag."}
        assert (await bob.vote(1, "nee"))["type"] == "counted"
        assert room.tally() == {"ja": 1, "nee": 1}
        room.show_answer("ja", "Omdat de klantmanager het inzet.")
        revealed = await alice.receive()
        assert revealed["reveal"]["why"] == "Omdat de klantmanager het inzet."
        assert revealed["tally"] == {"ja": 1, "nee": 1}
        assert (await bob.receive())["reveal"]["option"] == "ja"
        room.close()
        assert (await bob.receive())["open"] is False
        assert "gesloten" in (await bob.vote(1, "ja"))["message"]
    finally:
        await alice.close()
        await bob.close()


@pytest.mark.parametrize(
    "raw",
    [
        "niet json",
        "[]",
        json.dumps({"vote": "ja"}),
        json.dumps({"question": 1, "vote": "ja", "name": "Jan"}),
        json.dumps({"question": 1, "vote": "x" * 400}),
    ],
)
async def test_malformed_messages_are_rejected(server: LiveServer, raw: str) -> None:
    server.room.show("Vraag?", OPTIONS)
    participant = Participant(server.url)
    try:
        await participant.join()
        reply = await participant.send(raw)
        assert reply["type"] == "rejected"
        assert server.room.tally() == {"ja": 0, "nee": 0}
    finally:
        await participant.close()


async def test_oversized_message_closes_the_socket(server: LiveServer) -> None:
    server.room.show("Vraag?", OPTIONS)
    participant = Participant(server.url)
    try:
        await participant.join()
        assert participant.socket is not None
        await participant.socket.send_str("x" * 5000)
        message = await participant.socket.receive(timeout=5)
        assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        await asyncio.sleep(0)
        assert server.room.tally() == {"ja": 0, "nee": 0}
    finally:
        await participant.close()


async def test_socket_from_another_site_is_refused(server: LiveServer) -> None:
    participant = Participant(server.url)
    try:
        async with participant.session.get(server.url) as response:
            assert response.status == 200
        with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
            await participant.session.ws_connect(
                server.url + "/ws", headers={"Origin": "https://kwaadwillend.example"}
            )
        assert caught.value.status == 403
    finally:
        await participant.close()


async def test_a_full_room_refuses_more_sockets(
    server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("srg_guide.live.server.MAX_PARTICIPANTS", 1)
    first, second = Participant(server.url), Participant(server.url)
    try:
        await first.join()
        with pytest.raises(aiohttp.WSServerHandshakeError) as caught:
            await second.join()
        assert caught.value.status == 503
    finally:
        await first.close()
        await second.close()
