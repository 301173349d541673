"""The core never imports textual: `srg-guide check` must work in plain scripts."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import srg_guide

CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(srg_guide.__path__, "srg_guide.")
    if not info.name.startswith("srg_guide.ui") and not info.name.endswith("__main__")
)


def test_core_module_list_is_not_empty() -> None:
    assert "srg_guide.privacy" in CORE_MODULES


def test_no_core_module_imports_textual() -> None:
    """One fresh interpreter imports every core module in turn and names the first culprit."""
    code = (
        "import importlib, sys\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        sys.exit(f'{name} laadt textual')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
