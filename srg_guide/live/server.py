"""LiveServer: the participant page and its websocket, served with aiohttp.

One light HTML page per participant (no Textual session), one websocket each. The server
runs in the caller's event loop, so the presenter's Textual app and the room share one loop.
It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlsplit

import jinja2
from aiohttp import WSCloseCode, WSMsgType, web

from srg_guide.live.room import (
    CODE_ALPHABET,
    CODE_LENGTH,
    Room,
    VoteRejected,
    new_participant_token,
)

LOCAL_HOST = "127.0.0.1"
PUBLIC_HOST = "0.0.0.0"
DEFAULT_PORT = 8765
COOKIE = "srg_deelnemer"
MAX_MESSAGE_BYTES = 512
MAX_PARTICIPANTS = 1000  # more open sockets than a webinar needs are refused
PUBLIC_WARNING = (
    "Let op: de zaal is open voor het netwerk. Iedereen die de zaalcode kent, kan stemmen."
)
ROOM_KEY = web.AppKey("room", Room)
SOCKETS_KEY: web.AppKey[set[web.WebSocketResponse]] = web.AppKey("sockets")
PAGES_KEY = web.AppKey("pages", jinja2.Environment)
SENDING_KEY: web.AppKey[set[asyncio.Task[None]]] = web.AppKey("sending")

_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def _pages() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("srg_guide", "templates/live"), autoescape=True
    )


def _html(request: web.Request, name: str, status: int = 200, **context: Any) -> web.Response:
    text = request.app[PAGES_KEY].get_template(name).render(**context)
    return web.Response(text=text, content_type="text/html", status=status, headers=_HEADERS)


def _normal_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch in CODE_ALPHABET)[: CODE_LENGTH + 1]


async def _home(request: web.Request) -> web.Response:
    """The short URL: a form asking for the room code."""
    code = _normal_code(request.query.get("code", ""))
    if code:
        raise web.HTTPSeeOther(f"/r/{code}")
    return _html(request, "home.html")


async def _room_page(request: web.Request) -> web.Response:
    """The participant page; hands out an anonymous token in a cookie."""
    room = request.app[ROOM_KEY]
    if request.match_info["code"] != room.code:
        return _html(request, "home.html", status=404, wrong_code=True)
    response = _html(request, "participant.html", code=room.code)
    if COOKIE not in request.cookies:
        response.set_cookie(
            COOKIE, new_participant_token(), httponly=True, samesite="Strict", path="/r/"
        )
    return response


async def _socket(request: web.Request) -> web.StreamResponse:
    """One participant's websocket: state pushed out, votes coming in."""
    room = request.app[ROOM_KEY]
    participant = request.cookies.get(COOKIE, "")
    if request.match_info["code"] != room.code or not participant:
        raise web.HTTPNotFound(text="Onbekende zaal of geen deelnemer.")
    origin = request.headers.get("Origin")
    if origin is not None and urlsplit(origin).netloc != request.host:
        raise web.HTTPForbidden(text="Stemmen kan alleen vanaf de pagina van de zaal.")
    sockets = request.app[SOCKETS_KEY]
    if len(sockets) >= MAX_PARTICIPANTS:
        raise web.HTTPServiceUnavailable(text="De zaal is vol.")
    socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE_BYTES, heartbeat=30)
    await socket.prepare(request)
    sockets.add(socket)
    try:
        await socket.send_json(room.state())
        async for message in socket:
            if message.type != WSMsgType.TEXT:
                break
            await socket.send_json(_handle_vote(room, participant, message.data))
    finally:
        sockets.discard(socket)
    return socket


def _handle_vote(room: Room, participant: str, raw: str) -> dict[str, Any]:
    """Validate and count one vote message; the reply says whether it counted."""
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict) or set(data) != {"question", "vote"}:
        return {"type": "rejected", "message": "Onbekend bericht."}
    try:
        room.vote(participant, data["question"], data["vote"])
    except VoteRejected as exc:
        return {"type": "rejected", "message": exc.message}
    return {"type": "counted", "question": data["question"], "vote": data["vote"]}


def make_app(room: Room) -> web.Application:
    """The aiohttp application for one room."""
    app = web.Application(client_max_size=4096)
    app[ROOM_KEY] = room
    app[SOCKETS_KEY] = set()
    app[PAGES_KEY] = _pages()
    app[SENDING_KEY] = set()
    app.router.add_get("/", _home)
    app.router.add_get("/r/{code}", _room_page)
    app.router.add_get("/r/{code}/ws", _socket)

    def broadcast(changed: Room, kind: str) -> None:
        # Votes are not pushed: the tally stays with the presenter until the reveal.
        if kind == "vote":
            return
        state = changed.state()
        sockets: set[web.WebSocketResponse] = app[SOCKETS_KEY]
        sending = app[SENDING_KEY]
        for socket in tuple(sockets):
            if not socket.closed:
                task = asyncio.get_running_loop().create_task(socket.send_json(state))
                sending.add(task)
                task.add_done_callback(sending.discard)

    room.listeners.append(broadcast)
    return app


class LiveServer:
    """Runs ``make_app(room)`` on host:port inside the running event loop."""

    def __init__(self, room: Room, host: str = LOCAL_HOST, port: int = DEFAULT_PORT) -> None:
        self.room = room
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self._app: web.Application | None = None

    @property
    def is_public(self) -> bool:
        """True when others on the network can reach the room."""
        return self.host not in (LOCAL_HOST, "localhost", "::1")

    async def start(self) -> str:
        """Start serving; returns the participant URL (the port is known after binding)."""
        self._app = make_app(self.room)
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self.url

    @property
    def url(self) -> str:
        """The room's address for participants."""
        host = LOCAL_HOST if self.host == LOCAL_HOST else _shown_host(self.host)
        return f"http://{host}:{self.port}/r/{self.room.code}"

    async def stop(self) -> None:
        """Close the room, tell every participant, and stop serving."""
        self.room.close()
        if self._app is not None:
            await asyncio.gather(*self._app[SENDING_KEY], return_exceptions=True)
            sockets: set[web.WebSocketResponse] = self._app[SOCKETS_KEY]
            for socket in tuple(sockets):
                await socket.close(code=WSCloseCode.GOING_AWAY, message=b"zaal gesloten")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def _shown_host(host: str) -> str:
    if host != PUBLIC_HOST:
        return host
    import socket

    return socket.gethostname()
