"""Critical 3: serve only talks to its own page: session token, Host and Origin are checked."""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator

import aiohttp
import pytest

from srg_guide.cli import main
from tests.hostile.conftest import run_cli


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    """A running ``serve --font-size 20``: its base URL and session token."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "srg_guide", "serve", "--port", str(port), "--font-size", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)/\?token=(\S+)", first)
        assert match, first
        yield match[1], match[2]
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)


async def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        for _ in range(100):  # the server may still be starting
            try:
                async with session.get(url, headers=headers or {}) as response:
                    return response.status, (await response.read()).decode("utf-8", "replace")
            except aiohttp.ClientConnectionError:
                await asyncio.sleep(0.1)
    raise AssertionError(f"geen antwoord van {url}")


async def _websocket(url: str, headers: dict[str, str]) -> int:
    """HTTP status of the WebSocket handshake (101 when it opened)."""
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers) as socket_:
                await socket_.close()
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def test_page_needs_the_token(served: tuple[str, str]) -> None:
    base, token = served
    assert asyncio.run(_get(f"{base}/"))[0] == 403
    assert asyncio.run(_get(f"{base}/?token=fout"))[0] == 403
    assert asyncio.run(_get(f"{base}/?token={token}"))[0] == 200


def test_page_is_dutch_local_and_sized(served: tuple[str, str]) -> None:
    base, token = served
    _, page = asyncio.run(_get(f"{base}/?token={token}"))
    assert '<html lang="nl">' in page
    assert "googleapis" not in page and "https://" not in page
    for english in ("Session ended", "Restart", ">Start<"):
        assert english not in page
    assert 'data-font-size="20"' in page
    assert "focusTerminal" in page
    font = re.search(r'url\("(/static/fonts/[^"]+)"\)', page)
    assert font and asyncio.run(_get(f"{base}{font[1]}"))[0] == 200


def test_page_refuses_a_foreign_host(served: tuple[str, str]) -> None:
    base, token = served
    status, _ = asyncio.run(_get(f"{base}/?token={token}", {"Host": "evil.example:80"}))
    assert status == 403


def test_websocket_from_a_second_origin_is_refused(served: tuple[str, str]) -> None:
    base, token = served
    ws = base.replace("http://", "ws://")
    evil = {"Origin": "http://evil.example"}
    assert asyncio.run(_websocket(f"{ws}/ws/{token}", evil)) == 403
    assert asyncio.run(_websocket(f"{ws}/ws/{token}", {})) == 403  # no Origin at all
    own = {"Origin": base}
    assert asyncio.run(_websocket(f"{ws}/ws/fout", own)) == 403
    assert asyncio.run(_websocket(f"{ws}/ws", own)) == 404
    rebound = {"Origin": "http://evil.example:80", "Host": "evil.example:80"}
    assert asyncio.run(_websocket(f"{ws}/ws/{token}", rebound)) == 403


def test_websocket_from_the_served_page_opens(served: tuple[str, str]) -> None:
    base, token = served
    ws = base.replace("http://", "ws://")
    assert asyncio.run(_websocket(f"{ws}/ws/{token}", {"Origin": base})) == 101


def test_busy_port_is_a_dutch_message() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run_cli("serve", "--port", str(port), timeout=30)
    assert done.returncode == 2
    assert "al in gebruik" in done.stderr
    assert "interne fout" not in done.stderr


@pytest.mark.parametrize("port", ["0", "70000", "-1", "abc"])
def test_invalid_port_exits_2(port: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--port", port])
    assert stopped.value.code == 2
    assert "poortnummer" in capsys.readouterr().err


def test_invalid_font_size_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--font-size", "500"])
    assert stopped.value.code == 2
    assert "lettergrootte" in capsys.readouterr().err
