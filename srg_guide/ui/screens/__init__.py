"""Screens, one per file. Imported on first use, so the app starts without loading them all."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srg_guide.ui.screens.error import ErrorScreen
    from srg_guide.ui.screens.help import HelpScreen
    from srg_guide.ui.screens.home import HomeScreen

_MODULES = {"ErrorScreen": "error", "HelpScreen": "help", "HomeScreen": "home"}

__all__ = ["ErrorScreen", "HelpScreen", "HomeScreen"]


def __getattr__(name: str) -> object:
    if name in _MODULES:
        module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
