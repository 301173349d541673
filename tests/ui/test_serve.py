"""`srg-guide serve`: localhost by default, says it has no login, refuses public hosts."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from srg_guide.cli import main


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fetch(url: str, attempts: int = 100) -> str:
    """GET ``url``, retrying while the server starts."""
    for _ in range(attempts):
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"server antwoordt niet op {url}")


@pytest.mark.parametrize("extra", [[], ["--host", "0.0.0.0", "--public"]])
def test_serve_answers_and_stops_cleanly(extra: list[str]) -> None:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "srg_guide", "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        token = first.rsplit("?token=", 1)[1].strip()
        page = _fetch(f"http://127.0.0.1:{port}/?token={token}")
        assert "srg-guide" in page
        assert "<html" in page.lower()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
    output = first + process.stdout.read()
    assert process.returncode == 0
    assert f"http://{extra[1] if extra else '127.0.0.1'}:{port}" in output
    assert "geen inlog" in output
    assert "Traceback" not in output


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.org"])
def test_serve_refuses_a_public_host_without_public_flag(
    host: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--host", host]) == 2
    assert "--public" in capsys.readouterr().err
