"""Critical 2: an output never replaces an input, a link, a pipe or a device; no temp file stays."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from srg_guide.cli import main
from tests.checks.deliveries import write_delivery
from tests.hostile.conftest import REPO, SAMPLE

ANSWERS = "inzet-betrokken: inwoner\neigen-initiatief-soort: anders\ninzet-eigen-initiatief: nee\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def delivery(tmp_path: Path) -> Path:
    return write_delivery(tmp_path / "levering.csv", [{}, {"begindatum": "20250231"}])


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{in}", "--output", "{in}"],
        ["check", "{in}", "--format", "json", "--output", "{in}"],
        ["check", "{in}", "--previous", "{prev}", "--output", "{prev}"],
        ["check", "{in}", "--draft-conversion", "{in}"],
        ["check", "{in}", "--output", "{link}"],
    ],
)
def test_check_never_overwrites_an_input(
    argv: list[str], delivery: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = write_delivery(tmp_path / "vorige.csv", [{}])
    hard_link = tmp_path / "ook-levering.csv"
    os.link(delivery, hard_link)
    names = {"{in}": str(delivery), "{prev}": str(previous), "{link}": str(hard_link)}
    before = {p: _sha(p) for p in (delivery, previous)}
    assert main([names.get(a, a) for a in argv]) == 2
    assert "Uitvoer niet geschreven" in capsys.readouterr().err
    assert {p: _sha(p) for p in (delivery, previous)} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "levering.csv",
        "ook-levering.csv",
        "vorige.csv",
    ]


def test_classify_never_overwrites_its_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    assert main(["classify", "--answers", str(answers)]) == 0
    assert main(["classify", "--answers", str(answers), "--output", str(answers)]) == 2
    assert answers.read_text(encoding="utf-8") == ANSWERS
    assert "invoerbestand" in capsys.readouterr().err


def test_tree_diagram_never_overwrites_its_tree(tmp_path: Path) -> None:
    tree = tmp_path / "srg.yaml"
    tree.write_bytes((REPO / "trees" / "srg.yaml").read_bytes())
    before = _sha(tree)
    assert main(["tree", "diagram", "--tree", str(tree), "--output", str(tree)]) == 2
    assert _sha(tree) == before


def test_symlink_fifo_and_device_targets_are_refused(
    delivery: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elsewhere = tmp_path / "elders.txt"
    elsewhere.write_text("van iemand anders\n", encoding="utf-8")
    link = tmp_path / "rapport.txt"
    link.symlink_to(elsewhere)
    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)
    for target in (link, fifo, Path("/dev/null")):
        assert main(["check", str(delivery), "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "symbolische koppeling" in err
    assert err.count("geen gewoon bestand") == 2
    assert link.is_symlink() and elsewhere.read_text(encoding="utf-8") == "van iemand anders\n"
    assert Path("/dev/null").is_char_device()


def test_dash_writes_to_stdout(delivery: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(delivery), "--format", "json", "--output", "-"]) == 1
    assert capsys.readouterr().out.lstrip().startswith("{")
    assert not Path("-").exists()


def test_unwritable_output_has_a_fitting_title(
    delivery: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = delivery / "rapport.json"  # below a file: can never be made
    assert main(["check", str(delivery), "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert "Uitvoer niet geschreven" in err
    assert "Bestand onleesbaar" not in err


def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "rapport.json"
    script = textwrap.dedent(
        f"""
        import os, sys, time
        def stall(fd):
            print("schrijft", flush=True)
            time.sleep(60)
        os.fsync = stall
        from srg_guide.cli import main
        sys.exit(main(["check", {str(SAMPLE)!r}, "--output", {str(target)!r}]))
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"schrijft"
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == -signal.SIGTERM
    finally:
        proc.kill()
        proc.wait()
    assert list(tmp_path.iterdir()) == []


def test_tree_diagram_to_stdout_has_no_file_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tree", "diagram", "--output", "-"]) == 0
    out = capsys.readouterr().out
    assert "flowchart" in out and "geschreven naar" not in out
