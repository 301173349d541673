"""Linting: the shipped tree is clean; each lint fixture gives its own finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.crossref import lint_tree_and_citations
from srg_guide.tree import codes_for, load_codes, load_tree
from srg_guide.tree.diagram import to_dot, to_mermaid
from srg_guide.tree.paths import iter_paths, paths_to_code

REPO = Path(__file__).resolve().parents[2]
LINT = REPO / "tests" / "fixtures" / "trees" / "lint"
FIXTURES = sorted(p for p in LINT.glob("*.yaml") if p.name not in ("codes.yaml", "clean.yaml"))


def expected_message(path: Path) -> str:
    expect = path.read_text().split("\n", 1)[0].removeprefix("# expect: ")
    return f"{path.name}:{expect}" if expect[:1].isdigit() else expect


def test_the_shipped_tree_is_clean() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    assert lint_tree_and_citations(tree, codes_for(tree.path), REPO / "guidelines") == []


def test_the_clean_fixture_is_clean() -> None:
    tree = load_tree(LINT / "clean.yaml")
    assert lint_tree_and_citations(tree, load_codes(LINT / "codes.yaml"), REPO / "guidelines") == []


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_each_lint_fixture_gives_its_finding(path: Path) -> None:
    tree = load_tree(path)
    findings = [
        str(p)
        for p in lint_tree_and_citations(tree, load_codes(LINT / "codes.yaml"), REPO / "guidelines")
    ]
    assert any(expected_message(path) in line for line in findings), findings


def test_every_confirmed_code_is_reachable_in_the_shipped_tree() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    codes = codes_for(tree.path)
    reached = {p.outcome.code for p in iter_paths(tree)}
    assert {c.code for c in codes.codes.values() if c.confirmed} <= reached


def test_paths_to_code_30_all_end_in_code_30() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    paths = paths_to_code(tree, "30")
    assert paths
    assert {p.outcome.code for p in paths} == {"30"}
    assert all(p.answers["type-groep"] == "begeleiding" for p in paths)


def test_diagrams_name_every_edge() -> None:
    tree = load_tree(LINT / "clean.yaml")
    mermaid = to_mermaid(tree)
    assert mermaid.splitlines()[2] == "flowchart TD"
    assert 'n_vraag -->|"Ja"| n_training' in mermaid
    assert '"vraag" -> "training" [label="Ja"];' in to_dot(tree)
