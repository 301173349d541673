"""One ranked, typo-tolerant index over guidelines, type codes, tree questions and rules."""

from srg_guide.search.index import Document, Hit, SearchIndex
from srg_guide.search.sources import KIND_LABELS, build_index, load_index

__all__ = ["KIND_LABELS", "Document", "Hit", "SearchIndex", "build_index", "load_index"]
