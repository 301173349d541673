"""Screens, one per file. Mode screens are imported lazily to keep startup quick."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from srg_guide.ui.screens.error import ErrorScreen
from srg_guide.ui.screens.help import HelpScreen
from srg_guide.ui.screens.home import HomeScreen

if TYPE_CHECKING:
    from srg_guide.ui.resources import Resources

__all__ = ["ErrorScreen", "HelpScreen", "HomeScreen", "mode_screen"]


def mode_screen(mode: str, resources: Resources) -> Screen[None]:
    """The first screen of a mode: beslisboom, richtlijnen, controle, register or presentatie."""
    options = resources.options
    if mode == "beslisboom":
        from srg_guide.tree.session import TreeSession
        from srg_guide.ui.screens.question import QuestionScreen

        return QuestionScreen(resources, TreeSession(resources.tree))
    if mode == "richtlijnen":
        from srg_guide.ui.screens.guideline import GuidelineScreen

        return GuidelineScreen(resources)
    if mode == "controle":
        from srg_guide.ui.screens.checker import CheckerScreen

        return CheckerScreen(resources, options.check_file)
    if mode == "presentatie":
        from srg_guide.locations import data_dir
        from srg_guide.tree.scenario import load_scenario
        from srg_guide.ui.screens.presenter import PresenterScreen
        from srg_guide.ui.screens.presenter_start import PresenterStartScreen

        source = options.scenarios
        if source is not None and source.is_file():
            return PresenterScreen(resources, load_scenario(source), quiz=options.quiz)
        return PresenterStartScreen(resources, source or data_dir("scenarios"), quiz=options.quiz)
    if mode == "register":
        from srg_guide.ui.screens.register import RegisterScreen

        return RegisterScreen(resources)
    if mode == "dashboard":
        from srg_guide.ui.screens.dashboard import DashboardScreen

        return DashboardScreen(resources)
    raise ValueError(f"unknown mode: {mode}")
