"""Scenario fixtures: every one passes and together they reach every outcome."""

from __future__ import annotations

from pathlib import Path

import pytest

from srg_guide.errors import ProblemsError
from srg_guide.tree import (
    Scenario,
    load_scenario,
    load_scenarios,
    load_tree,
    open_point_coverage,
    outcome_coverage,
    run_scenario,
)

REPO = Path(__file__).resolve().parents[2]
SCENARIOS, PROBLEMS = load_scenarios(REPO / "scenarios")
TREE = load_tree(REPO / "trees" / "srg.yaml")


def test_there_are_at_least_sixty_readable_scenarios() -> None:
    assert PROBLEMS == []
    assert len(SCENARIOS) >= 60


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[Path(s.source).stem for s in SCENARIOS])
def test_scenario_reaches_its_expected_outcome(scenario: Scenario) -> None:
    result = run_scenario(TREE, scenario)
    assert result.passed, result.failures


def test_scenarios_cover_every_outcome() -> None:
    _, missing = outcome_coverage(TREE, [run_scenario(TREE, s) for s in SCENARIOS])
    assert missing == []


def test_scenarios_cover_every_open_point_and_grey_answer() -> None:
    _, missing = open_point_coverage(TREE, [run_scenario(TREE, s) for s in SCENARIOS])
    assert missing == []


def test_every_conditional_scenario_states_its_open_points() -> None:
    for scenario in SCENARIOS:
        session = run_scenario(TREE, scenario).run.session
        if session.open_points:
            assert "open" in scenario.expect, scenario.source


def test_scenarios_cover_every_grey_area_and_each_failing_criterion() -> None:
    cited = set()
    for scenario in SCENARIOS:
        session = run_scenario(TREE, scenario).run.session
        for step in session.steps:
            cited.update(ref.partition("#")[0] for ref in step.guidelines)
    grey = {
        ref.partition("#")[0]
        for node in TREE.nodes.values()
        for ref in node.guidelines
        if ref.startswith("grijs-")
    }
    assert len(grey) == 12
    assert grey <= cited
    outcomes = {s.expect["outcome"] for s in SCENARIOS}
    assert {"niet-srg-inzet", "niet-srg-inburgering", "niet-srg-collectief"} <= outcomes


def test_a_wrong_expectation_fails_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "fout.yaml"
    path.write_text(
        "name: fout\nanswers: {inzet-betrokken: nee, fin-budget: ander-budget}\n"
        "expect: {outcome: type-lks-pw, type: lks-pw}\n"
    )
    result = run_scenario(TREE, load_scenario(path))
    assert not result.passed
    assert "antwoorden niet gebruikt: fin-budget" in result.failures
    assert "outcome: verwacht 'type-lks-pw', gekregen 'niet-srg-inzet'" in result.failures


def test_a_missing_answer_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kort.yaml"
    path.write_text(
        "name: kort\nanswers: {inzet-betrokken: gemeente}\nexpect: {outcome: type-lks-pw}\n"
    )
    result = run_scenario(TREE, load_scenario(path))
    assert 'geen antwoord voor vraag "niveau"' in result.failures


def test_an_old_scenario_with_a_code_is_told_to_use_the_type(tmp_path: Path) -> None:
    path = tmp_path / "oud.yaml"
    path.write_text(
        "name: oud\nanswers: {inzet-betrokken: nee}\nexpect: {outcome: x, code: '11'}\n"
    )
    with pytest.raises(ProblemsError) as caught:
        load_scenario(path)
    assert "oud.yaml:3: expect.code: onbekend veld" in str(caught.value.problems[0])
    assert "gebruik type met de id uit codes.yaml" in str(caught.value.problems[0])
