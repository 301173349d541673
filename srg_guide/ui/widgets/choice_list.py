"""ChoiceList: numbered options; keys 1-9, arrows and enter pick one and post Chosen.

Labels are plain text, never markup, so any text from a tree file shows as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class ChoiceList(OptionList):
    """An OptionList whose options carry numbers; picking one posts ``ChoiceList.Chosen``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Kiezen", show=False),
    ]

    class Chosen(Message):
        """An option was picked; route it with ``@on(ChoiceList.Chosen, "#id")``."""

        def __init__(self, choice_list: ChoiceList, choice_id: str) -> None:
            super().__init__()
            self.choice_list = choice_list
            self.choice_id = choice_id

        @property
        def control(self) -> ChoiceList:
            """The list the option was picked in (what ``@on`` selectors match)."""
            return self.choice_list

    def __init__(self, choices: Iterable[tuple[str, ...]] = (), *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, ...]], highlight: str | None = None) -> None:
        """Replace the options with numbered (choice_id, label[, hint]) tuples."""
        self.clear_options()
        items = list(choices)
        for number, (choice_id, label, *hint) in enumerate(items, start=1):
            text = Text(label)
            for line in hint:
                text.append(f"\n{line}", style="dim")
            prompt = Table.grid(padding=(0, 2, 0, 0), expand=True)
            prompt.add_column(width=1, no_wrap=True)
            prompt.add_column(ratio=1)
            prompt.add_row(str(number) if number <= 9 else "", text)
            self.add_option(Option(prompt, id=choice_id))
        ids = [choice_id for choice_id, *_ in items]
        self.highlighted = ids.index(highlight) if highlight in ids else (0 if ids else None)

    def on_key(self, event: events.Key) -> None:
        if event.character and event.character in "123456789":
            index = int(event.character) - 1
            if index < self.option_count:
                event.stop()
                self.highlighted = index
                self._post_chosen(index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._post_chosen(event.option_index)

    def _post_chosen(self, index: int) -> None:
        option_id = self.get_option_at_index(index).id
        if option_id is not None:
            self.post_message(self.Chosen(self, option_id))
