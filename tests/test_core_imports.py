"""The core never imports textual: `srg-guide check` must work in plain scripts."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import srg_guide

CORE_MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(srg_guide.__path__, "srg_guide.")
    if not info.name.startswith("srg_guide.ui") and not info.name.endswith("__main__")
)


def test_core_module_list_is_not_empty() -> None:
    assert "srg_guide.privacy" in CORE_MODULES


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; assert 'textual' not in sys.modules, 'textual geladen'"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
