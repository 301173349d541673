"""Saved tree sessions in the user folder: where they go and which are recent."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from srg_guide.locations import user_data_dir

MAX_RECENT = 5


@dataclass(frozen=True)
class SavedSession:
    """One session file with a label for the home screen."""

    path: Path
    label: str


def sessions_dir() -> Path:
    """Folder of saved sessions (created on demand)."""
    folder = user_data_dir() / "sessions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_session_path() -> Path:
    """A fresh file name for saving a session now."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return sessions_dir() / f"sessie-{stamp}.yaml"


def recent_sessions() -> list[SavedSession]:
    """The newest saved sessions first, at most MAX_RECENT."""
    files = sorted(sessions_dir().glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True)
    result = []
    for path in files[:MAX_RECENT]:
        when = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
        result.append(SavedSession(path, f"Sessie van {when} verder gaan"))
    return result
