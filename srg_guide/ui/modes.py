"""The app's modes in one list: the start screen, its keys, the palette and ``--start`` use it.

No textual import here, so ``srg-guide app --help`` lists the modes without loading the app.
Each mode's first screen is imported only when the mode opens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

    from srg_guide.ui.resources import Resources


def _beslisboom(resources: Resources) -> Screen[None]:
    from srg_guide.tree.session import TreeSession
    from srg_guide.ui.screens.question import QuestionScreen

    return QuestionScreen(resources, TreeSession(resources.tree))


def _richtlijnen(resources: Resources) -> Screen[None]:
    from srg_guide.ui.screens.guideline import GuidelineScreen

    return GuidelineScreen(resources)


def _controle(resources: Resources) -> Screen[None]:
    from srg_guide.ui.screens.checker import CheckerScreen

    return CheckerScreen(resources, resources.options.check_file)


def _presentatie(resources: Resources) -> Screen[None]:
    from srg_guide.locations import data_dir
    from srg_guide.tree.scenario import load_scenario
    from srg_guide.ui.screens.presenter import PresenterScreen
    from srg_guide.ui.screens.presenter_start import PresenterStartScreen

    options = resources.options
    source = options.scenarios
    if source is not None and source.is_file():
        return PresenterScreen(resources, load_scenario(source), quiz=options.quiz)
    return PresenterStartScreen(resources, source or data_dir("scenarios"), quiz=options.quiz)


def _register(resources: Resources) -> Screen[None]:
    from srg_guide.ui.screens.register import RegisterScreen

    return RegisterScreen(resources)


def _dashboard(resources: Resources) -> Screen[None]:
    from srg_guide.ui.screens.dashboard import DashboardScreen

    return DashboardScreen(resources)


@dataclass(frozen=True)
class Mode:
    """One mode: its id (``--start``), title, one line of what it is for, key on the start
    screen, and the function that builds its first screen."""

    id: str
    title: str
    summary: str
    key: str
    first_screen: Callable[[Resources], Screen[None]]


MODES: tuple[Mode, ...] = (
    Mode(
        "beslisboom",
        "Beslisboom",
        "Hoort een voorziening in de SRG, en met welk type en doel?",
        "b",
        _beslisboom,
    ),
    Mode(
        "richtlijnen",
        "Richtlijnen",
        "Uitleg over criteria, typen, grijze gebieden en signalen",
        "r",
        _richtlijnen,
    ),
    Mode(
        "controle",
        "Bestandscontrole",
        "Controleer een leverbestand voordat het naar het CBS gaat",
        "c",
        _controle,
    ),
    Mode(
        "presentatie",
        "Presentatiemodus",
        "Stap voor stap, in grote letters, voor een webinar",
        "p",
        _presentatie,
    ),
    Mode(
        "register",
        "Voorzieningenregister",
        "Eén beslissing per lokale voorziening, voor het team",
        "v",
        _register,
    ),
    Mode(
        "dashboard",
        "Dashboard",
        "De kwaliteit van de leveringen door de maanden heen",
        "d",
        _dashboard,
    ),
)
MODES_BY_ID = {mode.id: mode for mode in MODES}
