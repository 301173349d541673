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


# Tests that take seconds each (measured with --durations): the app driven by Pilot, tmux and
# Chromium, fuzzing, the 100k-row run. `make test-fast` (-m "not slow") leaves them out.
SLOW_TESTS = (
    "ui/",
    "test_tmux.py",
    "site/test_browser.py",
    "checks/test_fuzz.py",
    "checks/test_generated.py",
    "reports/test_privacy_fuzz.py",
    "tree/test_tree_fuzz.py",
    "guidelines/test_textual_render.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the tests in SLOW_TESTS as slow."""
    tests = Path(__file__).parent
    for item in items:
        where = item.path.relative_to(tests).as_posix()
        if where.startswith(SLOW_TESTS):
            item.add_marker(pytest.mark.slow)
