"""Atomic file writing: a reader never sees a half-written export, an input is never replaced.

``-`` writes to standard output. A target that is a symbolic link, a pipe or a device is
refused (a rename would replace ``/dev/null`` by a plain file), and so is any file this
process read as input. A temporary file left by a write is removed on SIGTERM.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from srg_guide.errors import Location, OutputFileError, display_path, os_reason
from srg_guide.inputs import STDIN, is_input, remove_copies

_pending: set[str] = set()

_WRITING_REASONS = {
    errno.ENOENT: "de map bestaat niet",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
}
"""Where writing a file says more than ``errors.os_reason``."""


def why(exc: OSError) -> str:
    """A short Dutch reason why a file could not be written."""
    return _WRITING_REASONS.get(exc.errno or 0) or os_reason(exc)


def _new_file_mode(path: Path) -> int:
    """Mode a plain open() would give: keep an existing file's mode, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        pass
    try:
        status = Path("/proc/self/status").read_text()
        umask = next(
            int(line.split()[1], 8) for line in status.splitlines() if line.startswith("Umask:")
        )
    except (OSError, StopIteration, ValueError):
        umask = 0o022
    return 0o666 & ~umask


def check_output_target(path: Path, *, replaces_input: bool = False) -> None:
    """Refuse a target that is not a plain file, or that is one of the inputs."""
    if str(path) == STDIN:
        return
    where = Location(display_path(path))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise OutputFileError(f"kan niet schrijven ({why(exc)})", where) from None
    if stat.S_ISLNK(info.st_mode):
        raise OutputFileError(
            "dit is een symbolische koppeling; geef het echte pad op of kies een nieuw bestand",
            Location(str(path)),
        )
    if stat.S_ISDIR(info.st_mode):
        raise OutputFileError("dit is een map; geef een bestandsnaam op", where)
    if not stat.S_ISREG(info.st_mode):
        raise OutputFileError(
            "dit is geen gewoon bestand (een apparaat of pipe); kies een bestand, "
            "of '-' voor het scherm",
            where,
        )
    if not replaces_input and is_input(path):
        raise OutputFileError(
            "dit is een invoerbestand van deze opdracht; het wordt nooit overschreven. "
            "Kies een ander uitvoerbestand",
            where,
        )


def write_atomic(path: Path, data: str | bytes, *, replaces_input: bool = False) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    check_output_target(path, replaces_input=replaces_input)
    if str(path) == STDIN:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        _pending.add(tmp_name)
        try:
            os.chmod(tmp_name, _new_file_mode(path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        finally:
            _pending.discard(tmp_name)
    except OSError as exc:
        raise OutputFileError(
            f"kan niet schrijven ({why(exc)})", Location(display_path(path))
        ) from None


def remove_leftovers() -> None:
    """Remove half-written temporary files and private copies of pipes."""
    for name in list(_pending):
        Path(name).unlink(missing_ok=True)
        _pending.discard(name)
    remove_copies()
