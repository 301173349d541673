"""BigText: a short text in large block letters (FIGlet), plain bold when it does not fit
(too narrow, or a screen too low to spare six rows)."""

from __future__ import annotations

from functools import lru_cache

from rich.text import Text
from textual.widgets import Static

FONT = "ansi_shadow"
MIN_SCREEN_HEIGHT = 40  # below this the six rows of block letters crowd out the slide


@lru_cache(maxsize=256)
def block_letters(text: str) -> str:
    """The text as block letters, trailing blank lines removed."""
    import pyfiglet

    letters: str = pyfiglet.figlet_format(text, font=FONT, width=1000)
    return letters.rstrip("\n ")


class BigText(Static):
    """Large letters for a slide: the step, the answer letter, the verdict."""

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text

    def on_mount(self) -> None:
        self.set_text(self.text)

    def set_text(self, text: str) -> None:
        """Show ``text`` in block letters when they fit the width, else in bold."""
        self.text = text
        big = block_letters(text) if text else ""
        width = max((len(line) for line in big.splitlines()), default=0)
        room = self.size.width or self.app.size.width
        if big and width <= room and self.app.size.height >= MIN_SCREEN_HEIGHT:
            self.update(Text(big, no_wrap=True))
        else:
            self.update(Text(text, style="bold"))

    def on_resize(self) -> None:
        self.set_text(self.text)
