"""The Textual app. Only this package imports textual; the cores stay headless.

``SrgGuideApp`` is imported on first use, so ``srg_guide.ui.modes`` and ``srg_guide.ui.options``
can be read (e.g. by ``srg-guide app --help``) without loading textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from srg_guide.ui.options import AppOptions

if TYPE_CHECKING:
    from srg_guide.ui.app import SrgGuideApp

__all__ = ["AppOptions", "SrgGuideApp"]


def __getattr__(name: str) -> object:
    if name == "SrgGuideApp":
        from srg_guide.ui.app import SrgGuideApp

        return SrgGuideApp
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
