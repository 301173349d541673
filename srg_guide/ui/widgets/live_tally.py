"""LiveTally: the room's address and code, and the votes per answer as bars."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from srg_guide.live.room import LETTERS, Room

BAR_WIDTH = 30


class LiveTally(Static):
    """Shows how to join the room and how the votes stand; redrawn by the presenter screen."""

    def show_room(self, room: Room, url: str, warning: str = "") -> None:
        """Draw the room: join line, warning, and the tally of the current question."""
        head = Text.assemble(
            ("Live quiz", "bold"),
            "\nZaalcode: ",
            (room.code, "bold reverse"),
            "\nGa naar: ",
            (url, "underline"),
            "\n",
        )
        parts: list[Text | Table] = [head]
        if warning:
            parts.append(Text(warning, style="bold"))
        if not room.is_open:
            parts.append(Text("De zaal is gesloten."))
        question = room.question
        if question is not None:
            tally = room.tally()
            total = sum(tally.values())
            votes = "1 stem" if total == 1 else f"{total} stemmen"
            parts.append(Text(f"Vraag {question.number}: {votes}", style="bold"))
            table = Table.grid(padding=(0, 1))
            table.add_column(width=2)
            table.add_column(width=BAR_WIDTH)
            table.add_column(justify="right")
            for index, (option_id, _label) in enumerate(question.options):
                count = tally.get(option_id, 0)
                filled = round(BAR_WIDTH * count / total) if total else 0
                is_answer = room.reveal is not None and room.reveal.option_id == option_id
                bar = Text("█" * filled + "·" * (BAR_WIDTH - filled))
                table.add_row(
                    Text(LETTERS[index], style="bold reverse" if is_answer else "bold"),
                    bar,
                    Text(str(count)),
                )
            parts.append(table)
        self.update(Group(*parts))
