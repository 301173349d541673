"""Read the tables of a dashboard page by caption (stdlib HTML parser, no browser)."""

from __future__ import annotations

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[tuple[str, list[list[str]]]] = []
        self._cell: list[str] | None = None
        self._caption: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.tables.append(("", []))
        elif tag == "caption":
            self._caption = []
        elif tag == "tr" and self.tables:
            self.tables[-1][1].append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption" and self._caption is not None:
            caption = "".join(self._caption).strip()
            self.tables[-1] = (caption, self.tables[-1][1])
            self._caption = None
        elif tag in ("td", "th") and self._cell is not None:
            self.tables[-1][1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._caption is not None:
            self._caption.append(data)
        elif self._cell is not None:
            self._cell.append(data)


def tables(page: str) -> list[tuple[str, list[list[str]]]]:
    """(caption, rows of cell texts) for every table on the page, in order."""
    parser = _Tables()
    parser.feed(page)
    return parser.tables


def table(page: str, caption: str) -> dict[str, list[str]]:
    """The first table whose caption starts with ``caption``: first cell -> the other cells."""
    for found, rows in tables(page):
        if found.startswith(caption):
            return {row[0]: row[1:] for row in rows if row}
    raise AssertionError(f"no table {caption!r}")
