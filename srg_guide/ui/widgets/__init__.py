"""Widgets: each posts messages from srg_guide.ui.messages; screens decide."""

from srg_guide.ui.widgets.breadcrumb import Breadcrumb
from srg_guide.ui.widgets.choice_list import ChoiceList
from srg_guide.ui.widgets.findings_table import FindingsTable
from srg_guide.ui.widgets.path_input import PathInput, PathSuggester

__all__ = ["Breadcrumb", "ChoiceList", "FindingsTable", "PathInput", "PathSuggester"]
