"""The text report's own word wrap gives exactly what textwrap gives, only faster."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from srg_guide.reports.as_text import wrap_words

WORD = st.text(alphabet="ab1-/[]:'.é€", min_size=1, max_size=30)


def textwrap_lines(text: str, first: str, rest: str, width: int) -> list[str]:
    """The text report's textwrap settings: never split a word or break on a hyphen."""
    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    )


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(WORD, min_size=1, max_size=25),
    first=st.sampled_from(["", "  - ", "  Wat: ", "Verslagmaand:   "]),
    rest=st.sampled_from(["", "    ", " " * 31]),
    width=st.integers(min_value=1, max_value=90),
)
def test_wrap_words_matches_textwrap(words: list[str], first: str, rest: str, width: int) -> None:
    text = " ".join(words)
    assert wrap_words(text, first, rest, width) == textwrap_lines(text, first, rest, width)


@pytest.mark.parametrize(
    ("text", "first", "rest", "width"),
    [
        ("aaaa bbbb", "", "", 9),  # exactly full
        ("aaaa bbbbb", "", "", 9),  # one over: second word on the next line
        ("aaaaaaaaaaaa b", "- ", "  ", 10),  # a long first word stands alone
        ("a bbbbbbbbbbbb c", "- ", "  ", 10),  # a long word in the middle stands alone
        ("a b bbbbbbbbbbbb", "  - ", "    ", 12),  # and at the end
        ("123456789012345678901234567890", "  - ", "    ", 20),  # a digit run is never split
        ("aa bb cc dd ee ff gg", "  - ", " " * 8, 12),  # later lines narrower than the first
    ],
)
def test_wrap_words_edges(text: str, first: str, rest: str, width: int) -> None:
    assert wrap_words(text, first, rest, width) == textwrap_lines(text, first, rest, width)
