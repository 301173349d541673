"""One ranked, typo-tolerant index over guidelines, type codes, tree questions and rules.

Every name is imported on first use, so a search answered from the cache loads neither the
guidelines nor the check rules.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # typing.TYPE_CHECKING without loading typing: a search starts quicker
if TYPE_CHECKING:
    from typing import Any

    from srg_guide.search.cache import cached_index
    from srg_guide.search.index import KIND_LABELS, Document, Hit, SearchIndex
    from srg_guide.search.sources import build_index, load_index

_WHERE = {
    "KIND_LABELS": "index",
    "Document": "index",
    "Hit": "index",
    "SearchIndex": "index",
    "build_index": "sources",
    "load_index": "sources",
    "cached_index": "cache",
}
__all__ = [
    "KIND_LABELS",
    "Document",
    "Hit",
    "SearchIndex",
    "build_index",
    "cached_index",
    "load_index",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"srg_guide.search.{_WHERE[name]}"), name)
