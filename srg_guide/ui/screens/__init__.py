"""Screens, one per file. Mode screens are imported lazily to keep startup quick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from srg_guide.ui.screens.help import HelpScreen
from srg_guide.ui.screens.home import HomeScreen

if TYPE_CHECKING:
    from srg_guide.ui.app import AppOptions

__all__ = ["HelpScreen", "HomeScreen", "mode_screen"]


def mode_screen(mode: str, options: AppOptions) -> Screen[None]:
    """The first screen of a mode: beslisboom, richtlijnen, controle or presentatie."""
    raise ValueError(f"onbekende modus: {mode}")
