"""One ranked, typo-tolerant index over guidelines, type codes, tree questions and rules.

``build_index``, ``load_index`` and ``cached_index`` are imported on first use, so a search
answered from the cache does not load the guidelines or the check rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from srg_guide.search.index import KIND_LABELS, Document, Hit, SearchIndex

if TYPE_CHECKING:
    from srg_guide.search.cache import cached_index
    from srg_guide.search.sources import build_index, load_index

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
    if name in ("build_index", "load_index"):
        from srg_guide.search import sources

        return getattr(sources, name)
    if name == "cached_index":
        from srg_guide.search.cache import cached_index

        return cached_index
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
