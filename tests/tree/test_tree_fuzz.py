"""Random YAML documents never crash the loader: they load or raise ProblemsError."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from srg_guide.errors import ProblemsError
from srg_guide.tree import parse_tree

KEYS = st.sampled_from(
    [
        "id",
        "title",
        "version",
        "valid_from",
        "start",
        "nodes",
        "kind",
        "text",
        "options",
        "next",
        "label",
        "counts",
        "code",
        "doel",
        "level",
        "guidelines",
        "a",
        "b",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.sampled_from(["question", "note", "outcome", "a", "b", "2025-01-01", "weet-ik-niet"]),
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(KEYS, children, max_size=6)
    ),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(DOCUMENTS)
def test_random_documents_load_or_raise_problems(document: object) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        parse_tree(text, "fuzz.yaml")
    except ProblemsError as exc:
        assert exc.problems
        assert all(p.where.path == "fuzz.yaml" for p in exc.problems)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_random_text_loads_or_raises_problems(text: str) -> None:
    try:
        parse_tree(text, "fuzz.yaml")
    except ProblemsError as exc:
        assert exc.problems


def test_shaped_documents_reach_deep_into_the_loader() -> None:
    # A near-valid tree: proves the strategy above is not only testing the first check.
    text = yaml.safe_dump(
        {
            "id": "a",
            "title": "A",
            "version": 1,
            "valid_from": "2025-01-01",
            "start": "a",
            "nodes": {"a": {"kind": "outcome", "counts": False, "title": "klaar"}},
        }
    )
    assert parse_tree(text).start == "a"
