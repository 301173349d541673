"""Text folding and fuzzy word comparison for the search index."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: "Participatie-plaats É" -> "participatie-plaats e"."""
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


def words(text: str) -> list[str]:
    """The folded words of ``text``; "Re-integratie" also yields "reintegratie"."""
    folded = fold(text)
    found = _WORD.findall(folded)
    joined = [a + b for a, b in re.findall(r"([a-z]+)-([a-z]+)", folded)]
    return found + joined


def trigrams(word: str) -> set[str]:
    """Letter triples of a word padded with spaces, the key of the fuzzy lookup."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (adjacent swaps count once); stops early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_edits(word: str) -> int:
    """Typos tolerated in a query word: none for short words, more for long ones."""
    if len(word) <= 3:
        return 0
    return 1 if len(word) <= 7 else 2
