"""A small pure-Python ranked index: exact, prefix, compound-part and typo matches."""

from __future__ import annotations

from typing import NamedTuple

from srg_guide.search.rank import KIND_LABELS, MAX_QUERY_CHARS, MAX_QUERY_WORDS, Ranking

__all__ = ["KIND_LABELS", "MAX_QUERY_CHARS", "MAX_QUERY_WORDS", "Document", "Hit", "SearchIndex"]


class Document(NamedTuple):
    """Something findable: a module, type code, tree question or check rule.

    ``module_id`` is the guideline module it leads to (may be empty); ``target`` is what
    the front end opens, e.g. ``type-22``, ``code:22``, ``vraag:inzet`` or ``regel:SRG301``.
    A named tuple rather than a dataclass: the cache stores it as a plain tuple.
    """

    kind: str
    target: str
    title: str
    text: str = ""
    keywords: str = ""
    module_id: str = ""


class Hit(NamedTuple):
    """A ranked result."""

    document: Document
    score: float

    @property
    def module_id(self) -> str:
        return self.document.module_id


class SearchIndex:
    """The documents and their :class:`~srg_guide.search.rank.Ranking`."""

    def __init__(self, documents: list[Document], ranking: Ranking | None = None) -> None:
        self.documents = documents
        self.ranking = ranking or Ranking.build([(d.title, d.keywords, d.text) for d in documents])
        self._titles = [document.title for document in documents]

    def postings(self) -> dict[str, list[list[float]]]:
        """Word -> [[document number, weight], ...], e.g. for the static site's search."""
        return {
            word: [[number, round(weight, 2)] for number, weight in posting.items()]
            for word, posting in self.ranking.postings.items()
        }

    def matches(self, query_word: str) -> dict[str, float]:
        """Indexed words matching ``query_word``, with how well they match."""
        return self.ranking.matches(query_word)

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Documents ranked by how well they match every word of ``query``."""
        return [
            Hit(self.documents[number], score)
            for number, score in self.ranking.rank(query, self._titles, limit)
        ]
