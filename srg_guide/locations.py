"""Where bundled data and user files live.

Bundled data (trees/, guidelines/, tables/, scenarios/) is found in this order: an explicit
folder (a ``--trees``/``--guidelines``/``--tables`` flag, a scenario folder), the environment
variable ``SRG_GUIDE_<KIND>``, the copy packaged in the wheel, the source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs

from srg_guide.errors import InputFileError, Location, display_path

DataKind = Literal["trees", "guidelines", "tables", "scenarios"]

_PACKAGE_DIR = Path(__file__).resolve().parent
_PACKAGED_DATA = _PACKAGE_DIR / "_data"
_CHECKOUT_ROOT = _PACKAGE_DIR.parent


def data_dir(kind: DataKind, override: Path | str | None = None) -> Path:
    """Folder holding the ``kind`` data: flag > environment > packaged > checkout."""
    if override is None:
        override = os.environ.get(f"SRG_GUIDE_{kind.upper()}") or None
    if override is not None:
        folder = Path(override)
        if not folder.is_dir():
            raise InputFileError("map niet gevonden", Location(display_path(folder)))
        return folder
    return bundled_dir(kind)


def bundled_dir(kind: DataKind) -> Path:
    """The ``kind`` folder shipped with srg-guide (packaged or checkout), ignoring any override."""
    for candidate in (_PACKAGED_DATA / kind, _CHECKOUT_ROOT / kind):
        if candidate.is_dir():
            return candidate
    raise InputFileError(f"de meegeleverde map {kind}/ ontbreekt", Location(kind))


def table_dirs(override: Path | str | None = None) -> list[Path]:
    """Folders searched for a table, most specific first (layered lookup).

    An organisation's tables folder (``--tables`` or SRG_GUIDE_TABLES) may hold only the files
    that differ; every table it lacks comes from the bundled ``tables/``.
    """
    first = data_dir("tables", override)
    bundled = bundled_dir("tables")
    same = first.resolve() == bundled.resolve()
    return [first] if same else [first, bundled]


def table_files(pattern: str, override: Path | str | None = None) -> list[Path]:
    """Files matching ``pattern`` (e.g. ``durations.yaml``, ``layouts/x.yaml``) in the first
    folder of ``table_dirs`` that has any; empty when none has one."""
    for folder in table_dirs(override):
        found = sorted(folder.glob(pattern))
        if found:
            return found
    return []


def table_file(name: str, override: Path | str | None = None) -> Path | None:
    """The file ``name`` from the first tables folder that has it, or None."""
    found = table_files(name, override)
    return found[0] if found else None


def bundled_sample() -> Path:
    """The small synthetic delivery file shipped with the package."""
    return data_dir("tables") / "samples" / "voorbeeld-levering.csv"


def sample_tables() -> Path:
    """Tables folder with the clearly labelled example type codes for the bundled sample."""
    return bundled_dir("tables") / "samples" / "voorbeeld-tabellen"


def is_bundled_sample(path: Path) -> bool:
    """True when ``path`` is one of the synthetic sample files shipped with srg-guide."""
    try:
        return path.resolve().parent == (bundled_dir("tables") / "samples").resolve()
    except OSError:
        return False


def user_exports_dir() -> Path:
    """Folder for exported files: ``SRG_GUIDE_EXPORTS``, else the user's documents folder."""
    override = os.environ.get("SRG_GUIDE_EXPORTS")
    return Path(override) if override else Path(platformdirs.user_documents_dir())


def user_data_dir() -> Path:
    """Per-user folder for saved sessions and recent files (created on demand)."""
    override = os.environ.get("SRG_GUIDE_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir("srg-guide"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_cache_dir() -> Path:
    """Per-user folder for caches such as the search index (``SRG_GUIDE_CACHE`` overrides)."""
    override = os.environ.get("SRG_GUIDE_CACHE")
    folder = Path(override) if override else Path(platformdirs.user_cache_dir("srg-guide"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
