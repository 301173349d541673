"""Headless Debian chromium and axe-core for the trainer pages: launch, audit, measure."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
REPO_ROOT = Path(__file__).resolve().parents[2]
AXE_CANDIDATES = (
    REPO_ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js",
    Path("/usr/lib/node_modules/axe-core/axe.min.js"),
    Path("/usr/local/lib/node_modules/axe-core/axe.min.js"),
)
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def need_chromium() -> None:
    """Skip outside CI when chromium is missing (make browser installs it)."""
    if not Path(CHROMIUM).exists() and os.environ.get("CI") != "true":
        pytest.skip(f"{CHROMIUM} ontbreekt (installeer met: make browser)")


def axe_source() -> str:
    """axe-core's script (the npm package); skips outside CI when it is missing."""
    override = os.environ.get("SRG_AXE_JS")
    for candidate in (Path(override),) if override else AXE_CANDIDATES:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    if os.environ.get("CI") == "true":
        raise AssertionError("axe-core ontbreekt: make browser installeert het")
    pytest.skip("axe-core ontbreekt (installeer met: make browser)")


AXE_RUN = (
    "async () => {"
    f"  const result = await axe.run(document, {{runOnly: {{type: 'tag', values: {WCAG_AA}}}}});"
    "  return result.violations.map(v => ({id: v.id, impact: v.impact,"
    "    nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));"
    "}"
)


def violations_summary(violations: list[dict[str, Any]]) -> str:
    """One line per violated rule, for the assertion message."""
    return "\n".join(f"{v['id']} ({v['impact']}): {v['nodes']}" for v in violations)


SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
