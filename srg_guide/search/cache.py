"""The search index, kept in the user's cache folder between runs.

Building the index reads every guideline module and imports the check rules (and so polars);
the cached copy makes ``srg-guide search`` answer at once. It holds plain tuples and dicts
read with :mod:`marshal`, so loading it imports neither yaml nor the guidelines.

The cache records what it was built from: the content of the guidelines and trees folders and
of the organisation's type codes in the tables folder (a checksum per file), the package's
code (size and modification time per file, as Python's own bytecode cache does), the date the
versions are chosen for and the Python version. Any difference builds a fresh index.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import time
import zlib

from srg_guide.search.rank import Ranking

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing: a search starts quicker
if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path
    from typing import Any

    from srg_guide.search.index import SearchIndex

FORMAT = 4
"""Raise when what the cache holds changes shape."""
CACHE_NAME = "index.marshal"
Request = tuple[int | str | None, ...]
Fields = tuple[str, ...]
"""A document as a plain tuple: the fields of :class:`srg_guide.search.index.Document`."""
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cached_index(
    guidelines: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> SearchIndex:
    """The index of :func:`srg_guide.search.load_index`, from the cache when it is current."""
    from srg_guide.search.index import Document, SearchIndex

    documents, ranking = cached_documents(guidelines, trees, as_of)
    return SearchIndex([Document(*fields) for fields in documents], ranking)


def cached_documents(
    guidelines: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> tuple[list[Fields], Ranking]:
    """The documents as plain tuples and their ranking: :func:`cached_index` without building
    the objects (and loading typing for them), for the command line."""
    request = _request(guidelines, trees, as_of)
    path = _cache_file()
    stored = _read(path)
    if stored is not None and stored[0] == request and stored[2] == _stamps(stored[1]):
        return stored[3], Ranking(stored[4])
    index = _build(path, request, guidelines, trees, as_of)
    return [tuple(document) for document in index.documents], index.ranking


def _request(
    guidelines: Path | str | None, trees: Path | str | None, as_of: dt.date | None
) -> Request:
    """What was asked for: the folders given (or set in the environment) and the date."""
    return (
        FORMAT,
        sys.version,
        _PACKAGE,
        None if guidelines is None else str(guidelines),
        None if trees is None else str(trees),
        os.environ.get("SRG_GUIDE_GUIDELINES"),
        os.environ.get("SRG_GUIDE_TREES"),
        os.environ.get("SRG_GUIDE_TABLES"),
        as_of.isoformat() if as_of else time.strftime("%Y-%m-%d"),  # today, as date.today()
    )


def _stamps(sources: list[str]) -> list[tuple[str, int, int]]:
    """(path, checksum, 0) of every data file in ``sources`` (folders or files; -1 for one
    that is missing), then (path, size, mtime) of every code file."""
    stamps = []
    for source in sources:
        for file in _files(source, "") if os.path.isdir(source) else [source]:
            try:
                with open(file, "rb") as handle:
                    stamps.append((file, zlib.crc32(handle.read()), 0))
            except OSError:
                stamps.append((file, -1, 0))
    for file in _files(_PACKAGE, ".py"):
        info = os.stat(file)
        stamps.append((file, info.st_size, info.st_mtime_ns))
    return stamps


def _files(folder: str, suffix: str) -> list[str]:
    """Files under ``folder`` ending in ``suffix``, sorted; bytecode caches left out."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found += [os.path.join(root, n) for n in sorted(names) if n.endswith(suffix)]
    return found


def _cache_file() -> str:
    """The file in :func:`srg_guide.locations.user_cache_dir`, found without loading locations
    (and its dataclasses); tests/search/test_cache.py keeps the two in step."""
    import platformdirs

    folder = os.environ.get("SRG_GUIDE_CACHE") or platformdirs.user_cache_dir("srg-guide")
    return os.path.join(folder, "search", CACHE_NAME)


def _read(path: str) -> tuple[Any, ...] | None:
    try:
        with open(path, "rb") as handle:
            stored = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, unreadable or from another version: build it again
    return stored if isinstance(stored, tuple) and len(stored) == 5 else None


def _build(
    path: str,
    request: Request,
    guidelines: Path | str | None,
    trees: Path | str | None,
    as_of: dt.date | None,
) -> SearchIndex:
    from pathlib import Path

    from srg_guide.atomic import write_atomic
    from srg_guide.errors import SrgGuideError
    from srg_guide.locations import data_dir
    from srg_guide.search.sources import load_index
    from srg_guide.tree.codes import ORGANISATION_CODES_FILE

    sources = [
        str(data_dir("guidelines", guidelines)),
        str(data_dir("trees", trees)),
        str(data_dir("tables") / ORGANISATION_CODES_FILE),  # the organisation's own codes
    ]
    stamps = _stamps(sources)  # before loading: an edit made meanwhile shows next time
    index = load_index(guidelines, trees, as_of)
    documents = [tuple(d) for d in index.documents]
    stored = (request, sources, stamps, documents, index.ranking.state())
    # A cache that cannot be written only makes the next search slower.
    with contextlib.suppress(OSError, SrgGuideError):
        write_atomic(Path(path), marshal.dumps(stored))
    return index
