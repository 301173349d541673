"""Helpers for the hostile-input tests: run the CLI as a user would, with a time limit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "tables" / "samples" / "voorbeeld-levering.csv"


def run_cli(
    *args: str, stdin: bytes | None = None, timeout: float = 60, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``srg-guide ARGS`` in a fresh interpreter; a hang fails the test instead of blocking."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "srg_guide", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=timeout,
            cwd=cwd,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"srg-guide {' '.join(args)} hing langer dan {timeout} s")
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )
