"""The ranking behind the search: an inverted index of folded words with a trigram table for typos.

Plain dicts and numbers only, so a cached copy loads with :mod:`marshal` and a search from the
command line imports nothing else (no dataclasses, no guidelines).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from srg_guide.search.text import allowed_edits, edit_distance, trigrams, words

# How each kind of document is named to the user.
KIND_LABELS = {"module": "richtlijn", "code": "type", "vraag": "vraag", "regel": "controle"}
# How much a word counts by where it stands in a document: (title, keywords, text).
FIELD_WEIGHTS = (4.0, 2.5, 1.0)
# A query longer than this is cut: matching costs grow with every word and its length.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
# How much a match counts by how the query word matched the indexed word.
EXACT, PREFIX, PART, TYPO = 1.0, 0.8, 0.55, 0.7

Postings = dict[str, dict[int, float]]
# Trigram -> words as sorted lists: a set costs far more to read back from the cache.
State = tuple[Postings, dict[str, list[str]], dict[str, float]]


class Ranking:
    """Word -> {document number: weight}, trigram -> words, and each word's rarity (idf)."""

    def __init__(self, state: State) -> None:
        self.postings, self.by_trigram, self.idf = state

    @classmethod
    def build(cls, fields: Sequence[tuple[str, str, str]]) -> Ranking:
        """Index documents given as (title, keywords, text)."""
        postings: Postings = defaultdict(dict)
        for number, texts in enumerate(fields):
            for text, weight in zip(texts, FIELD_WEIGHTS, strict=True):
                for word in words(text):
                    posting = postings[word]
                    posting[number] = posting.get(number, 0.0) + weight
        by_trigram: dict[str, set[str]] = defaultdict(set)
        for word in postings:
            for gram in trigrams(word):
                by_trigram[gram].add(word)
        total = len(fields) or 1
        idf = {w: math.log(1 + total / len(p)) for w, p in postings.items()}
        grams = {gram: sorted(found) for gram, found in by_trigram.items()}
        return cls((dict(postings), grams, idf))

    def state(self) -> State:
        """Everything the ranking holds, as plain dicts (what the cache stores)."""
        return self.postings, self.by_trigram, self.idf

    def matches(self, query_word: str) -> dict[str, float]:
        """Indexed words matching ``query_word``, with how well they match."""
        found: dict[str, float] = {}
        if query_word in self.postings:
            found[query_word] = EXACT
        if len(query_word) < 3:
            return found
        grams = trigrams(query_word)
        for word, shared in self._sharing_trigrams(grams).items():
            if word not in found:
                quality = _match_quality(query_word, word, shared, len(grams))
                if quality:
                    found[word] = quality
        return found

    def _sharing_trigrams(self, grams: set[str]) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for gram in grams:
            for word in self.by_trigram.get(gram, ()):
                counts[word] += 1
        return counts

    def rank(self, query: str, titles: Sequence[str], limit: int) -> list[tuple[int, float]]:
        """(document number, score) of the best ``limit`` documents for every word of ``query``.

        ``titles`` break ties, so equal scores come out in the same order every time.
        """
        query_words = list(dict.fromkeys(words(query[:MAX_QUERY_CHARS])))[:MAX_QUERY_WORDS]
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, int] = defaultdict(int)
        for query_word in query_words:
            for number, value in self._best_per_document(query_word).items():
                scores[number] += value
                matched[number] += 1
        ranked = [(n, score * (matched[n] / len(query_words)) ** 2) for n, score in scores.items()]
        ranked.sort(key=lambda hit: (-hit[1], titles[hit[0]]))
        return ranked[:limit]

    def _best_per_document(self, query_word: str) -> dict[int, float]:
        best: dict[int, float] = {}
        for word, quality in self.matches(query_word).items():
            idf = self.idf[word]
            for number, weight in self.postings[word].items():
                value = quality * idf * weight / (weight + 1.5)
                best[number] = max(best.get(number, 0.0), value)
        return best


def _match_quality(query_word: str, word: str, shared: int, gram_count: int) -> float:
    """How well ``word`` matches ``query_word`` (of ``gram_count`` trigrams, ``shared`` in
    common); 0 for not at all."""
    if word.startswith(query_word):
        return PREFIX
    if len(query_word) >= 4 and query_word in word:
        return PART
    limit = allowed_edits(query_word)
    if not limit or shared < max(1, gram_count - 3 * limit - 1):
        return 0.0
    distance = edit_distance(query_word, word, limit)
    if distance <= limit:
        return TYPO - 0.1 * distance
    if len(word) > len(query_word):
        prefix_distance = edit_distance(query_word, word[: len(query_word)], limit)
        if prefix_distance <= limit:
            return PART - 0.05 * prefix_distance
    return 0.0
