"""The search index, kept in the user's cache folder between runs.

Building the index reads every guideline module and imports the check rules (and so
polars); a cached copy makes ``srg-guide search`` answer at once. The cache is keyed by
the content of the data folders, the package's own code and the date the versions are
chosen for, so any change to any of them builds a fresh index.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import pickle
from pathlib import Path

from srg_guide.atomic import write_atomic
from srg_guide.errors import SrgGuideError
from srg_guide.locations import data_dir, user_cache_dir
from srg_guide.search.index import SearchIndex

_PACKAGE = Path(__file__).resolve().parent.parent


def _fingerprint(folders: list[Path], as_of: dt.date) -> str:
    digest = hashlib.sha256(as_of.isoformat().encode())
    files = [(f, p) for f in folders for p in f.rglob("*") if p.is_file()]
    files += [(_PACKAGE, p) for p in _PACKAGE.rglob("*.py")]
    for folder, path in sorted(files):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def _cache_file(key: str) -> Path | None:
    try:
        return user_cache_dir() / "search" / f"index-{key}.pickle"
    except OSError:
        return None  # no cache folder: search still works, only slower


def cached_index(
    guidelines: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> SearchIndex:
    """The index of :func:`srg_guide.search.load_index`, from the cache when it is current."""
    day = as_of or dt.date.today()
    path = _cache_file(
        _fingerprint([data_dir("guidelines", guidelines), data_dir("trees", trees)], day)
    )
    if path is not None and path.is_file():
        try:
            index = pickle.loads(path.read_bytes())
            if isinstance(index, SearchIndex):
                return index
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # unreadable or from another version: build it again
    from srg_guide.search.sources import load_index

    index = load_index(guidelines, trees, as_of)
    if path is not None:
        try:
            for old in path.parent.glob("index-*.pickle"):
                old.unlink(missing_ok=True)
            write_atomic(path, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        except (OSError, SrgGuideError):
            pass  # a cache that cannot be written only makes the next search slower
    return index
