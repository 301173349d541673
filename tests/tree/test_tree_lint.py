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


def test_every_type_the_tree_gives_is_reachable_in_the_shipped_tree() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    codes = codes_for(tree.path)
    reached = {p.outcome.type for p in iter_paths(tree)}
    assert {c.id for c in codes.codes.values() if c.by_tree} <= reached


def test_paths_to_the_jobcoach_all_pass_coaching_or_monitoring() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    paths = paths_to_code(tree, "jobcoach")
    assert paths
    assert {p.outcome.type for p in paths} == {"jobcoach"}
    assert all(p.answers["soort"] == "begeleiding" for p in paths)


@pytest.mark.parametrize("type_id", ["jobcoach", "coaching", "ips"])
def test_every_path_to_a_guidance_type_passes_coaching_or_monitoring(type_id: str) -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    paths = paths_to_code(tree, type_id)
    assert paths
    assert all(p.answers.get("coaching-of-monitoring") == "echte-begeleiding" for p in paths)


def test_every_counting_path_asks_the_doel() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    counting = [p for p in iter_paths(tree) if p.outcome.counts]
    assert counting
    assert all("doel" in p.answers for p in counting)


def test_no_path_reaches_98_through_sociale_activering_silently() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    activering = [p for p in iter_paths(tree) if p.answers.get("soort") == "activering"]
    assert {p.outcome.id for p in activering} == {"type-43", "type-98-sociale-activering"}


def test_a_traject_is_split_whatever_its_funding() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    for path in iter_paths(tree):
        if path.answers.get("niveau") == "traject":
            assert path.outcome.id == "traject-splitsen"
            assert "fin-budget" not in path.answers


def test_diagrams_name_every_edge() -> None:
    tree = load_tree(LINT / "clean.yaml")
    mermaid = to_mermaid(tree)
    assert mermaid.splitlines()[2] == "flowchart TD"
    assert 'n_vraag -->|"Ja"| n_training' in mermaid
    assert '"vraag" -> "training" [label="Ja"];' in to_dot(tree)


def test_diagrams_mark_the_answer_weet_ik_niet_assumes() -> None:
    tree = load_tree(REPO / "trees" / "srg.yaml")
    mermaid = to_mermaid(tree)
    assert 'n_fin_budget -->|"Uit het re-integratiebudget' in mermaid
    assert "verantwoord (ook bij weet ik niet)" in mermaid
    assert '(ook bij weet ik niet)"' not in to_dot(load_tree(LINT / "clean.yaml"))


def test_otherwise_may_name_an_outcome_reached_only_that_way(tmp_path: Path) -> None:
    """A grey-area answer's ``otherwise`` names an outcome: loads, is not unreachable, is the
    alternative of the open point, and the diagrams draw it as a dashed edge."""
    from srg_guide.tree import run_answers

    broken = REPO / "tests" / "fixtures" / "trees" / "broken" / "condition-otherwise-unknown.yaml"
    text = broken.read_text().replace("otherwise: wmo", "otherwise: alleen-anders")
    text += (
        "  alleen-anders:\n    kind: outcome\n    counts: false\n"
        "    title: 'Telt niet: anders'\n    reason: het niet zo is\n"
    )
    path = tmp_path / "boom.yaml"
    path.write_text(text.split("\n", 1)[1], encoding="utf-8")
    tree = load_tree(path)
    findings = [str(p) for p in lint_tree_and_citations(tree, load_codes(LINT / "codes.yaml"))]
    assert not [f for f in findings if "onbereikbaar" in f], findings
    session = run_answers(tree, {"vraag": "deels"}).session
    (point,) = session.open_points
    assert [a.outcome.id for a in point.alternatives if a.outcome] == ["alleen-anders"]
    assert 'n_vraag -.->|"Deels: als dat niet zo is"| n_alleen_anders' in to_mermaid(tree)
    assert '"vraag" -> "alleen-anders" [label="Deels: als dat niet zo is", style=dashed];' in (
        to_dot(tree)
    )
