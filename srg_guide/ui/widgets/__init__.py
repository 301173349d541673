"""Widgets: each posts messages from srg_guide.ui.messages; screens decide."""

from srg_guide.ui.widgets.choice_list import ChoiceList

__all__ = ["ChoiceList"]
