"""The real app in a real terminal: tmux at 80x24 and 160x48, one walk driven by send-keys."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from srg_guide.locations import data_dir
from srg_guide.tree import TreeSession, load_trees, tree_in_force

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux ontbreekt")

JOBCOACH = {
    "inzet-betrokken": "gemeente",
    "niveau": "voorziening",
    "doel": "re-integratie",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
    "soort": "begeleiding",
    "coaching-of-monitoring": "echte-begeleiding",
    "begeleiding-soort": "op-werkplek",
}


def planned_keys() -> list[tuple[str, str]]:
    """(text to wait for, key to press) per step, from the tree core itself."""
    session = TreeSession(tree_in_force(load_trees(data_dir("trees")).trees))
    steps = []
    while session.outcome is None:
        node = session.current
        option_id = "verder" if node.kind == "note" else JOBCOACH[node.id]
        ids = [option.id for option in node.choices]
        steps.append((node.text[:30], str(ids.index(option_id) + 1)))
        session.answer(option_id)
    return steps


class Tmux:
    """One detached tmux session running the app."""

    def __init__(self, width: int, height: int, home: Path) -> None:
        self.name = f"srg-{uuid.uuid4().hex[:8]}"
        command = f"SRG_GUIDE_HOME={home} TERM=xterm-256color {sys.executable} -m srg_guide"
        size = ["-x", str(width), "-y", str(height)]
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, *size, command], check=True)

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name],
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout

    def wait_for(self, text: str, attempts: int = 150) -> str:
        """The screen once ``text`` is on it (fails with the last screen otherwise)."""
        screen = ""
        for _ in range(attempts):
            screen = self.screen()
            if text in " ".join(screen.split()):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} niet op het scherm:\n{screen}")

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def alive(self) -> bool:
        result = subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True)
        return result.returncode == 0

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_walk_in_tmux(size: tuple[int, int], tmp_path: Path) -> None:
    width, height = size
    tmux = Tmux(width, height, tmp_path)
    try:
        home = tmux.wait_for("Wat wilt u doen?")
        assert "Beslisboom" in home and "Bestandscontrole" in home
        assert all(len(line) <= width for line in home.splitlines())
        tmux.send("1")
        for expected, key in planned_keys():
            tmux.wait_for(" ".join(expected.split()[:4]))
            tmux.send(key)
        review = tmux.wait_for("Controleer uw antwoorden")
        assert "Uitkomst:" in review
        tmux.send("b")
        outcome = tmux.wait_for("Telt mee voor de SRG")
        assert "30 Jobcoach" in " ".join(outcome.split())
        tmux.send("F1")
        tmux.wait_for("Hulp: Uitkomst")
        tmux.send("Escape")
        tmux.send("C-q")
        for _ in range(100):
            if not tmux.alive():
                break
            time.sleep(0.1)
        assert not tmux.alive(), "app stopt niet met Ctrl+Q"
    finally:
        tmux.kill()
