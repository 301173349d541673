"""Shared fixtures: keep each test away from the developer's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_user_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sessions and recent files go to a fresh folder, never the developer's."""
    monkeypatch.setenv("SRG_GUIDE_HOME", str(tmp_path_factory.mktemp("home")))
    for kind in ("TREES", "GUIDELINES", "TABLES"):
        monkeypatch.delenv(f"SRG_GUIDE_{kind}", raising=False)
