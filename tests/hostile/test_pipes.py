"""Critical 1 and the hangs: pipes, stdin, devices and empty files never give a false all-clear."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from srg_guide import inputs
from srg_guide.cli import main
from srg_guide.errors import InputFileError
from tests.checks.deliveries import write_delivery
from tests.hostile.conftest import SAMPLE, run_cli


def test_stdin_dash_reads_every_record() -> None:
    done = run_cli("check", "-", stdin=SAMPLE.read_bytes())
    assert done.returncode == 1
    assert "Aantal records: 300" in done.stdout
    assert "kan naar het CBS" not in done.stdout
    assert "Bestand:        standaardinvoer (-)" in done.stdout


def test_dev_stdin_pipe_reads_every_record() -> None:
    done = run_cli("check", "/dev/stdin", stdin=SAMPLE.read_bytes())
    assert done.returncode == 1
    assert "Aantal records: 300" in done.stdout


def test_named_pipe_is_read_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "levering.csv"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as handle:
            handle.write(SAMPLE.read_bytes())

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    assert main(["check", str(fifo)]) == 1
    writer.join(5)
    assert "Aantal records: 300" in capsys.readouterr().out


def test_named_pipe_without_writer_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "stil.csv"
    os.mkfifo(fifo)
    monkeypatch.setattr(inputs, "WAIT_SECONDS", 0.2)
    assert main(["check", str(fifo)]) == 2
    assert "geen gegevens ontvangen" in capsys.readouterr().err


def test_pipe_larger_than_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    done = run_cli("check", "-", stdin=b"x" * (3 << 20))
    assert done.returncode == 2  # no header: refused plainly, never "kan naar het CBS"
    monkeypatch.setattr(inputs, "MAX_STREAM_BYTES", 1 << 20)
    read, write = os.pipe()
    threading.Thread(target=lambda: (os.write(write, b"x" * (2 << 20)), os.close(write))).start()
    monkeypatch.setattr("sys.stdin", os.fdopen(read, "r"))
    with pytest.raises(InputFileError, match="hoogstens 1 MiB"):
        inputs.input_path("-")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_at_once(device: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", device]) == 2
    assert "apparaat" in capsys.readouterr().err


def test_devices_as_previous_or_layout_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = write_delivery(tmp_path / "l.csv", [{}])
    assert main(["check", str(delivery), "--previous", "/dev/zero"]) == 2
    assert main(["check", str(delivery), "--layout", "/dev/urandom"]) == 2
    assert capsys.readouterr().err.count("apparaat") == 2


def test_header_only_file_has_its_own_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = write_delivery(tmp_path / "leeg.csv", [])
    assert main(["check", str(empty)]) == 1
    out = capsys.readouterr().out
    assert "Het bestand bevat geen records" in out
    assert "kan naar het CBS" not in out


def test_header_only_pipe_is_not_clean() -> None:
    header = SAMPLE.read_bytes().split(b"\n", 1)[0] + b"\n"
    done = run_cli("check", "-", stdin=header)
    assert done.returncode == 1
    assert "SRG109" in done.stdout
    assert "kan naar het CBS" not in done.stdout


def test_no_private_copy_is_left_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert run_cli("check", "-", stdin=SAMPLE.read_bytes()).returncode == 1
    assert list(tmp_path.iterdir()) == []
