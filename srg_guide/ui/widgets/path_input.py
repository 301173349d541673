"""PathInput: an Input that completes file and folder names (accept with the right arrow)."""

from __future__ import annotations

from pathlib import Path

from textual.suggester import Suggester
from textual.widgets import Input


class PathSuggester(Suggester):
    """Suggests the first existing entry that starts with what was typed."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = Path(value).expanduser()
        folder, prefix = (typed, "") if value.endswith("/") else (typed.parent, typed.name)
        try:
            names = sorted(entry.name for entry in folder.iterdir())
        except OSError:
            return None
        for name in names:
            if name.startswith(prefix) and name != prefix and not name.startswith("."):
                completed = value[: len(value) - len(prefix)] + name
                return completed + "/" if (folder / name).is_dir() else completed
        return None


class PathInput(Input):
    """Input for a file path with completion."""

    def __init__(self, value: str = "", *, placeholder: str = "", id: str | None = None) -> None:
        super().__init__(
            value, placeholder=placeholder, id=id, suggester=PathSuggester(), compact=True
        )
