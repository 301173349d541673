"""Input files: pipes and stdin are read once into a private copy; inputs are remembered.

A delivery is read in several passes (scan, header, records). A pipe can be read only
once, so a second pass would see an empty file and report a false all-clear. Pipes and
stdin (``-`` on the command line) are therefore copied to a private temporary file first,
up to :data:`MAX_STREAM_BYTES`. Devices (``/dev/zero``, a terminal) are refused: they never end.

Every file read as input is remembered, so the atomic writer can refuse to overwrite it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import select
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from srg_guide.errors import InputFileError, Location, alias_display_path, display_path, os_reason

STDIN = "-"
MAX_STREAM_BYTES = 1 << 30
"""A pipe or stdin may hold at most 1 GiB; a real delivery is far smaller."""
WAIT_SECONDS = 30.0
"""How long to wait for the first byte from a named pipe (FIFO) without a writer."""
_CHUNK = 1 << 20

# (device, inode) -> change time of each input read; the time guards against a reused inode.
_read_inputs: dict[tuple[int, int], int] = {}
_copies: dict[str, Path] = {}
_spool_dir: Path | None = None
_untracked = 0


@contextlib.contextmanager
def own_files() -> Iterator[None]:
    """Read the tool's own files (saved sessions) without registering them as inputs."""
    global _untracked
    _untracked += 1
    try:
        yield
    finally:
        _untracked -= 1


def note_input(path: Path | int) -> None:
    """Remember ``path`` (or an open descriptor) as an input, never to be overwritten."""
    if _untracked:
        return
    try:
        info = os.fstat(path) if isinstance(path, int) else os.stat(path)
    except OSError:
        return
    if stat.S_ISREG(info.st_mode):
        _read_inputs[(info.st_dev, info.st_ino)] = info.st_ctime_ns


def is_input(path: Path) -> bool:
    """True when ``path`` is (a hard link to) a file this process has read as input."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    return _read_inputs.get((info.st_dev, info.st_ino)) == info.st_ctime_ns


def forget_inputs() -> None:
    """Start a new command: no file counts as its input yet, no pipe has been read."""
    _read_inputs.clear()
    remove_copies()


def check_readable_kind(path: Path) -> os.stat_result | None:
    """Refuse devices; the stat result, or None for a path that does not exist."""
    try:
        info = os.stat(path)
    except OSError:
        return None  # the reader names the problem (not found, no permission)
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        raise InputFileError(
            "dit is een apparaat, geen bestand; geef een bestand op of stuur het via een pipe",
            Location(display_path(path)),
        )
    return info


def local_copy(path: Path) -> Path:
    """``path`` itself for a regular file, else a private copy of the pipe."""
    info = check_readable_kind(path)
    if info is None:
        return path  # the reader says it is missing or unreadable
    if not stat.S_ISFIFO(info.st_mode) and not stat.S_ISSOCK(info.st_mode):
        note_input(path)
        return path
    return _cached_copy(path)


def input_path(name: str) -> Path:
    """A command-line input: ``-`` is a private copy of stdin, anything else a path."""
    return _cached_copy(Path(STDIN)) if name == STDIN else Path(name)


def _cached_copy(path: Path) -> Path:
    key = str(path)
    if key not in _copies:
        _copies[key] = _spool(path)
    return _copies[key]


def _spool(path: Path) -> Path:
    """Copy a pipe or stdin to a private temporary file, refusing more than the cap."""
    source = "standaardinvoer (-)" if str(path) == STDIN else display_path(path)
    if str(path) == STDIN:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputFileError(
                "geen invoer op de standaardinvoer; stuur het bestand via een pipe, "
                "bijvoorbeeld: cat levering.csv | srg-guide check -",
                Location(source),
            )
        fd = sys.stdin.fileno()
        close = False
    else:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError as exc:
            raise InputFileError(
                f"kan bestand niet lezen ({os_reason(exc)})", Location(source)
            ) from None
        close = True
    suffix = "" if str(path) == STDIN else path.suffix
    copy_fd, copy_name = tempfile.mkstemp(dir=_private_dir(), suffix=suffix)
    copy = Path(copy_name)
    alias_display_path(copy, source)
    try:
        if close:
            _wait_for_data(fd, source)
            os.set_blocking(fd, True)
        _copy_capped(fd, copy_fd, source)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    finally:
        os.close(copy_fd)
        if close:
            os.close(fd)
    return copy


def _wait_for_data(fd: int, source: str) -> None:
    """Wait for a writer on a named pipe, at most WAIT_SECONDS."""
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP)
    if not poller.poll(int(WAIT_SECONDS * 1000)):
        raise InputFileError(
            f"geen gegevens ontvangen uit deze pipe binnen {WAIT_SECONDS:.0f} seconden",
            Location(source),
        )


def _copy_capped(fd: int, copy_fd: int, source: str) -> None:
    total = 0
    while chunk := os.read(fd, _CHUNK):
        total += len(chunk)
        if total > MAX_STREAM_BYTES:
            raise InputFileError(
                f"invoer via een pipe mag hoogstens {MAX_STREAM_BYTES >> 20} MiB zijn; "
                "sla het bestand eerst op en controleer dat bestand",
                Location(source),
            )
        os.write(copy_fd, chunk)


def _private_dir() -> Path:
    global _spool_dir
    if _spool_dir is None:
        _spool_dir = Path(tempfile.mkdtemp(prefix="srg-guide-invoer-"))
        atexit.register(remove_copies)
    return _spool_dir


def remove_copies() -> None:
    """Delete the private copies of pipes (at exit and on SIGTERM)."""
    global _spool_dir
    if _spool_dir is not None:
        shutil.rmtree(_spool_dir, ignore_errors=True)
        _spool_dir = None
    _copies.clear()


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of a small input (YAML, answers): devices refused, at most ``limit`` bytes."""
    with local_copy(path).open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise InputFileError(
            f"bestand is groter dan {limit >> 20} MiB; dat is te groot voor dit soort bestand",
            Location(display_path(path)),
        )
    return data
