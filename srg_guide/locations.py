"""Where bundled data and user files live.

Bundled data (trees/, guidelines/, tables/) is found in this order: an explicit
folder (a ``--trees``/``--guidelines``/``--tables`` flag), the environment
variable ``SRG_GUIDE_<KIND>``, the copy packaged in the wheel, the source checkout.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

import platformdirs

from srg_guide.errors import InputFileError, Location, display_path

DataKind = Literal["trees", "guidelines", "tables"]

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
    for candidate in (_PACKAGED_DATA / kind, _CHECKOUT_ROOT / kind):
        if candidate.is_dir():
            return candidate
    raise InputFileError(f"de meegeleverde map {kind}/ ontbreekt", Location(kind))


def bundled_sample() -> Path:
    """The small synthetic delivery file shipped with the package."""
    return data_dir("tables") / "samples" / "voorbeeld-levering.csv"


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
