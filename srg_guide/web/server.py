"""A textual-serve Server that only talks to the page it served itself.

A web page from another origin could otherwise open ``ws://127.0.0.1:PORT/ws`` and drive
the app. Every request must carry the random token that ``serve`` prints; the WebSocket
must also come from the served origin, and the Host header must name the served address
(against DNS rebinding). The page is Dutch and loads no font from the internet.
"""

from __future__ import annotations

import ipaddress
import secrets
from pathlib import Path
from typing import Any

import aiohttp_jinja2
import jinja2
from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "templates"
ANY_ADDRESS = ("0.0.0.0", "::", "")


def _host_name(host: str) -> str:
    """``host`` as it appears in a URL (IPv6 between brackets)."""
    try:
        return f"[{host}]" if ipaddress.ip_address(host).version == 6 else host
    except ValueError:
        return host


class GuardedServer(Server):
    """textual-serve with a session token, a Host check and an Origin check."""

    def __init__(self, command: str, host: str, port: int, font_size: int) -> None:
        super().__init__(command, host=host, port=port, title="srg-guide")
        self.templates_path = TEMPLATES
        self.token = secrets.token_urlsafe(24)
        self.font_size = font_size
        self.public_url = f"http://{_host_name(host)}:{port}"
        names = {_host_name(host)}
        if host in ("127.0.0.1", "localhost", "::1"):
            names |= {"127.0.0.1", "localhost", "[::1]"}
        self.allowed_hosts = {f"{name}:{port}" for name in names}

    @property
    def session_url(self) -> str:
        """The address to open: without its token no session starts."""
        return f"{self.public_url}/?token={self.token}"

    def initialize_logging(self) -> None:
        """No English banner or access log: serve prints its own Dutch lines."""

    async def on_startup(self, app: web.Application) -> None:
        """Nothing to print: the command already said where the app runs."""

    async def _make_app(self) -> web.Application:
        app = web.Application()
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(TEMPLATES))
        app.add_routes(
            [
                web.get("/", self.handle_index, name="index"),
                web.get("/ws/{token}", self.handle_websocket, name="websocket"),
                web.get("/download/{key}", self.handle_download, name="download"),
                web.static("/static", self.statics_path, name="static"),
            ]
        )
        return app

    def _host_ok(self, request: web.Request) -> bool:
        if self.host in ANY_ADDRESS:
            return True  # --public: any name of this machine; the token still guards
        return request.headers.get("Host", "") in self.allowed_hosts

    def _origin_ok(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin")
        return origin is not None and origin == f"http://{request.headers.get('Host', '')}"

    def _refuse(self, reason: str) -> web.HTTPForbidden:
        return web.HTTPForbidden(
            text=f"Geen toegang: {reason}. Open de link die 'srg-guide serve' toonde.\n",
            content_type="text/plain",
        )

    def _token_ok(self, token: str | None) -> bool:
        return token is not None and secrets.compare_digest(token, self.token)

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The Dutch page, only with the right token and Host."""
        if not self._host_ok(request):
            raise self._refuse("onbekend adres in de Host-kop")
        if not self._token_ok(request.query.get("token")):
            raise self._refuse("de sessiesleutel ontbreekt of klopt niet")
        host = request.headers["Host"]
        context: dict[str, Any] = {
            "font_size": self.font_size,
            "websocket_url": f"ws://{host}/ws/{self.token}",
            "static_url": "/static/",
        }
        response = aiohttp_jinja2.render_template("index.html", request, context)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Start the app only for the served page: token, Host and Origin must all match."""
        if not self._host_ok(request):
            raise self._refuse("onbekend adres in de Host-kop")
        if not self._origin_ok(request):
            raise self._refuse("verbinding van een andere website")
        if not self._token_ok(request.match_info.get("token")):
            raise self._refuse("de sessiesleutel ontbreekt of klopt niet")
        return await super().handle_websocket(request)

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """A download key is random and short-lived; the Host must still be ours."""
        if not self._host_ok(request):
            raise self._refuse("onbekend adres in de Host-kop")
        return await super().handle_download(request)
