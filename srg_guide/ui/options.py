"""AppOptions: what the app was started with. No textual import, so the CLI can build it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AppOptions:
    """What the app was started with: data folders, a database, a file to check, a first screen."""

    trees: Path | None = None
    guidelines: Path | None = None
    tables: Path | None = None
    db: str | None = None
    check_file: Path | None = None
    start: str = "home"
    scenarios: Path | None = None
    quiz: bool = False
    as_of: dt.date | None = None
    live: bool = False
    live_host: str = "127.0.0.1"
    live_port: int = 8765
