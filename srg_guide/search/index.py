"""A small pure-Python ranked index: exact, prefix, compound-part and typo matches."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from srg_guide.search.text import allowed_edits, edit_distance, trigrams, words

# How each kind of document is named to the user.
KIND_LABELS = {"module": "richtlijn", "code": "type", "vraag": "vraag", "regel": "controle"}
# How much a word counts by where it stands in a document.
FIELD_WEIGHTS = {"title": 4.0, "keywords": 2.5, "text": 1.0}
# A query longer than this is cut: matching costs grow with every word and its length.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
# How much a match counts by how the query word matched the indexed word.
EXACT, PREFIX, PART, TYPO = 1.0, 0.8, 0.55, 0.7


@dataclass(frozen=True)
class Document:
    """Something findable: a module, type code, tree question or check rule.

    ``module_id`` is the guideline module it leads to (may be empty); ``target`` is what
    the front end opens, e.g. ``type-22``, ``code:22``, ``vraag:inzet`` or ``regel:SRG301``.
    """

    kind: str
    target: str
    title: str
    text: str = ""
    keywords: str = ""
    module_id: str = ""


@dataclass(frozen=True)
class Hit:
    """A ranked result."""

    document: Document
    score: float

    @property
    def module_id(self) -> str:
        return self.document.module_id


class SearchIndex:
    """Inverted index over folded words with a trigram table for typos."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        for number, document in enumerate(documents):
            for field, weight in FIELD_WEIGHTS.items():
                for word in words(getattr(document, field)):
                    posting = self._postings[word]
                    posting[number] = posting.get(number, 0.0) + weight
        self._by_trigram: dict[str, set[str]] = defaultdict(set)
        for word in self._postings:
            for gram in trigrams(word):
                self._by_trigram[gram].add(word)
        total = len(documents) or 1
        self._idf = {w: math.log(1 + total / len(p)) for w, p in self._postings.items()}

    def postings(self) -> dict[str, list[list[float]]]:
        """Word -> [[document number, weight], ...], e.g. for the static site's search."""
        return {
            word: [[number, round(weight, 2)] for number, weight in posting.items()]
            for word, posting in self._postings.items()
        }

    def matches(self, query_word: str) -> dict[str, float]:
        """Indexed words matching ``query_word``, with how well they match."""
        found: dict[str, float] = {}
        if query_word in self._postings:
            found[query_word] = EXACT
        if len(query_word) < 3:
            return found
        grams = trigrams(query_word)
        counts: dict[str, int] = defaultdict(int)
        for gram in grams:
            for word in self._by_trigram.get(gram, ()):
                counts[word] += 1
        limit = allowed_edits(query_word)
        for word, shared in counts.items():
            if word in found:
                continue
            if word.startswith(query_word):
                found[word] = PREFIX
            elif len(query_word) >= 4 and query_word in word:
                found[word] = PART
            elif limit and shared >= max(1, len(grams) - 3 * limit - 1):
                distance = edit_distance(query_word, word, limit)
                if distance <= limit:
                    found[word] = TYPO - 0.1 * distance
                elif len(word) > len(query_word):
                    prefix_distance = edit_distance(query_word, word[: len(query_word)], limit)
                    if prefix_distance <= limit:
                        found[word] = PART - 0.05 * prefix_distance
        return found

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Documents ranked by how well they match every word of ``query``."""
        query_words = list(dict.fromkeys(words(query[:MAX_QUERY_CHARS])))[:MAX_QUERY_WORDS]
        if not query_words:
            return []
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, int] = defaultdict(int)
        for query_word in query_words:
            best: dict[int, float] = {}
            for word, quality in self.matches(query_word).items():
                idf = self._idf[word]
                for number, weight in self._postings[word].items():
                    value = quality * idf * weight / (weight + 1.5)
                    best[number] = max(best.get(number, 0.0), value)
            for number, value in best.items():
                scores[number] += value
                matched[number] += 1
        ranked = [
            Hit(self.documents[n], score * (matched[n] / len(query_words)) ** 2)
            for n, score in scores.items()
        ]
        ranked.sort(key=lambda hit: (-hit.score, hit.document.title))
        return ranked[:limit]
