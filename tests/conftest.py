"""Shared fixtures: keep each test away from the developer's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions, recent files and caches go to fresh folders, never the developer's.

    Each test gets its own folders, so tests may run in parallel (pytest-xdist).
    """
    monkeypatch.setenv("SRG_GUIDE_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.setenv("SRG_GUIDE_CACHE", str(tmp_path_factory.mktemp("cache")))
    for kind in ("TREES", "GUIDELINES", "TABLES", "SCENARIOS"):
        monkeypatch.delenv(f"SRG_GUIDE_{kind}", raising=False)
