"""The Textual app. Only this package imports textual; the cores stay headless."""

from srg_guide.ui.app import AppOptions, SrgGuideApp

__all__ = ["AppOptions", "SrgGuideApp"]
