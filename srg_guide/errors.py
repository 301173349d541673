"""Errors and problems that name file, line and field in plain Dutch."""

from __future__ import annotations

import errno
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where something is: a file, optionally a line and a field path like ``options[1].next``."""

    path: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        text = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{text}: {self.field}" if self.field else text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, collected rather than raised."""

    where: Location
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class SrgGuideError(Exception):
    """An error meant for the user: a Dutch title, a message and where it happened."""

    def __init__(self, title: str, message: str, where: Location | None = None) -> None:
        super().__init__(message)
        self.title = title
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputFileError(SrgGuideError):
    """An input file could not be read or understood."""

    def __init__(self, message: str, where: Location | None = None) -> None:
        super().__init__("Bestand onleesbaar", message, where)


class ProblemsError(SrgGuideError):
    """A file has one or more problems; all of them are listed."""

    def __init__(self, title: str, problems: list[Problem]) -> None:
        super().__init__(title, "\n".join(str(p) for p in problems))
        self.problems = problems


_ALIASES: dict[str, str] = {}


def alias_display_path(path: Path, shown: str) -> None:
    """Show ``shown`` wherever ``path`` (a private copy of a pipe) would be named."""
    _ALIASES[str(path)] = shown


def display_path(path: Path | str) -> str:
    """Path as shown to users: relative to the working directory when below it."""
    if str(path) in _ALIASES:
        return _ALIASES[str(path)]
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


class OutputFileError(SrgGuideError):
    """An output file could not or may not be written."""

    def __init__(self, message: str, where: Location | None = None) -> None:
        super().__init__("Uitvoer niet geschreven", message, where)


_OS_REASONS = {
    errno.ENOENT: "het bestand of de map bestaat niet",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toegang",
    errno.EROFS: "alleen-lezen schijf",
    errno.ENOSPC: "de schijf is vol",
    errno.EISDIR: "dit is een map",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EIO: "leesfout op de schijf",
    errno.ELOOP: "te veel snelkoppelingen achter elkaar",
    errno.EADDRINUSE: "de poort is al in gebruik",
}


def os_reason(exc: OSError) -> str:
    """A short Dutch reason for an operating-system error (never the English text)."""
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    code = errno.errorcode.get(exc.errno or 0)
    return f"systeemfout {code}" if code else "onbekende systeemfout"
