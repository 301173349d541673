"""Widgets, one per file; each announces with its own nested messages, screens decide.

Imported on first use, so the start screen loads only the widgets it shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from srg_guide.ui.widgets.breadcrumb import Breadcrumb
    from srg_guide.ui.widgets.choice_list import ChoiceList
    from srg_guide.ui.widgets.findings_table import FindingsTable
    from srg_guide.ui.widgets.path_input import PathInput, PathSuggester

_MODULES = {
    "Breadcrumb": "breadcrumb",
    "ChoiceList": "choice_list",
    "FindingsTable": "findings_table",
    "PathInput": "path_input",
    "PathSuggester": "path_input",
}

__all__ = ["Breadcrumb", "ChoiceList", "FindingsTable", "PathInput", "PathSuggester"]


def __getattr__(name: str) -> object:
    if name in _MODULES:
        module = importlib.import_module(f"{__name__}.{_MODULES[name]}")
        return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
