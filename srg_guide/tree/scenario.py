"""Scenario fixtures: answers in, expected outcome out.

A scenario file is YAML::

    name: Taalcursus betaald uit het inburgeringsbudget
    answers: {inzet-betrokken: gemeente, niveau: voorziening, doel: re-integratie,
              fin-budget: inburgering-onderwijs}
    expect: {outcome: niet-srg-inburgering, counts: false}

``expect`` may also give ``type`` (an id from codes.yaml), ``doel``, ``open`` (the
question ids whose open point changes the outcome) and ``conditional``. Notes need
no answer. The same
answers mapping (with or without the ``answers:`` key) is what ``classify`` reads.
``answer_for(node, answers)`` gives the option to pick at a node, so a UI can
replay a scenario one step at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, display_path
from srg_guide.tree.model import (
    CONTINUE_OPTION_ID,
    UNKNOWN_OPTION_ID,
    Node,
    Note,
    Outcome,
    Tree,
    otherwise_outcomes,
)
from srg_guide.tree.session import TreeSession
from srg_guide.yamlfields import FieldProblemsError, FieldReader
from srg_guide.yamlio import YamlMap, load_yaml

_EXPECT_FIELDS = ("outcome", "counts", "type", "doel", "open", "conditional")


@dataclass(frozen=True)
class Scenario:
    """One fixture: a name, answers keyed by question id and what must come out."""

    name: str
    answers: dict[str, str]
    expect: dict[str, Any]
    source: str = ""
    description: str = ""


@dataclass
class RunResult:
    """What happened when answers were fed to a tree."""

    session: TreeSession
    missing_question: str | None = None
    unused_answers: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def outcome(self) -> Outcome | None:
        """The outcome reached, if any."""
        return self.session.outcome


@dataclass
class ScenarioResult:
    """A scenario run: passed or the reasons it failed."""

    scenario: Scenario
    run: RunResult
    failures: list[str]

    @property
    def passed(self) -> bool:
        """True when the expected outcome was reached exactly."""
        return not self.failures


def answer_for(node: Node, answers: dict[str, str]) -> str | None:
    """The option to pick at ``node``: "verder" for a note, the given answer for a question."""
    if isinstance(node, Note):
        return CONTINUE_OPTION_ID
    return answers.get(node.id)


def run_answers(tree: Tree, answers: dict[str, str]) -> RunResult:
    """Walk the tree with the given answers until an outcome or a missing answer."""
    session = TreeSession(tree)
    result = RunResult(session)
    used: set[str] = set()
    while session.outcome is None:
        node = session.current
        option_id = answer_for(node, answers)
        if option_id is None:
            result.missing_question = node.id
            break
        if not any(o.id == option_id for o in node.choices):
            valid = ", ".join(o.id for o in node.choices)
            result.error = f'"{option_id}" is geen keuze bij vraag "{node.id}"; kies uit {valid}'
            break
        used.add(node.id)
        session.answer(option_id)
    result.unused_answers = [q for q in answers if q not in used]
    if session.outcome is not None:
        session.confirm()
    return result


def run_scenario(tree: Tree, scenario: Scenario) -> ScenarioResult:
    """Run one scenario and compare with what it expects."""
    run = run_answers(tree, scenario.answers)
    failures = []
    if run.error:
        failures.append(run.error)
    if run.missing_question:
        failures.append(f'geen antwoord voor vraag "{run.missing_question}"')
    if run.unused_answers:
        failures.append(f"antwoorden niet gebruikt: {', '.join(run.unused_answers)}")
    outcome = run.outcome
    if outcome is not None:
        session = run.session
        actual = {
            "outcome": outcome.id,
            "counts": outcome.counts,
            "type": outcome.type,
            "doel": session.doel if outcome.counts else None,
            "open": [p.question_id for p in session.open_points],
            "conditional": session.is_conditional,
        }
        for key, expected in scenario.expect.items():
            if actual[key] != expected:
                failures.append(f"{key}: verwacht {expected!r}, gekregen {actual[key]!r}")
    return ScenarioResult(scenario, run, failures)


def read_answers(data: Any, source: str) -> dict[str, str]:
    """Answers keyed by question id from parsed YAML (a mapping, or one under ``answers:``)."""
    read = FieldReader(source)
    result = _answers(read, data)
    read.raise_problems()
    return result


def _answers(read: FieldReader, data: Any) -> dict[str, str]:
    if isinstance(data, YamlMap) and "answers" in data:
        data = data["answers"]
    if not isinstance(data, YamlMap):
        message = "antwoorden moeten een mapping zijn van vraag-id naar keuze-id"
        read.problem(getattr(data, "line", None), "answers", message)
        return {}
    result = {}
    for key, value in data.items():
        if isinstance(value, bool) or not isinstance(value, str | int):
            read.problem_at(data, key, "answers", "moet een keuze-id zijn")
        else:
            result[key] = str(value)
    return result


def load_answers(path: Path) -> dict[str, str]:
    """Read an answers file for ``classify``."""
    return read_answers(load_yaml(path), display_path(path))


def answered_session(tree: Tree, path: Path) -> RunResult:
    """Walk ``tree`` with the answers file at ``path`` to an outcome; an answer that is no
    choice, or a question left unanswered, is an InputFileError naming the file."""
    result = run_answers(tree, load_answers(path))
    source = display_path(path)
    if result.error:
        raise InputFileError(result.error, Location(source))
    if result.missing_question:
        node = tree.node(result.missing_question)
        choices = ", ".join(o.id for o in node.choices)
        raise InputFileError(
            f'geen antwoord voor vraag "{node.id}" ({getattr(node, "text", "")}); '
            f"kies uit {choices}",
            Location(source),
        )
    return result


_CODE_HINT = " (een uitkomst noemt geen code meer: gebruik type met de id uit codes.yaml)"


def load_scenario(path: Path) -> Scenario:
    """Read one scenario file; one ProblemsError names file, line and field of every problem."""
    read = FieldReader(display_path(path))
    try:
        data = load_yaml(path)
    except InputFileError as exc:
        problem = Problem(exc.where or Location(read.source), exc.message)
        raise FieldProblemsError([problem], "Scenario onleesbaar") from None
    if not isinstance(data, YamlMap):
        read.problem(1, "", "een scenario moet een mapping zijn met name, answers en expect")
        read.raise_problems("Scenario onleesbaar")
    answers = _answers(read, data)
    expect = data.get("expect")
    if not isinstance(expect, YamlMap) or "outcome" not in expect:
        read.problem_at(data, "expect", "", "expect met minstens outcome ontbreekt")
        expect = YamlMap()
    for key in expect:
        if key not in _EXPECT_FIELDS:
            hint = _CODE_HINT if key == "code" else ""
            message = f"onbekend veld; kies uit {', '.join(_EXPECT_FIELDS)}{hint}"
            read.problem_at(expect, key, "expect", message)
    read.raise_problems("Scenario onleesbaar")
    return Scenario(
        name=str(data.get("name") or path.stem),
        answers=answers,
        expect={k: _expected(k, v) for k, v in expect.items()},
        source=read.source,
        description=str(data.get("description") or ""),
    )


def _expected(key: str, value: Any) -> Any:
    if key == "open":
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if key == "doel" and value is not None:
        return str(value)
    return value


def load_scenarios(folder: Path) -> tuple[list[Scenario], list[Problem]]:
    """Every ``*.yaml`` scenario in a folder, sorted by file name, and the problems."""
    scenarios: list[Scenario] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            scenarios.append(load_scenario(path))
        except ProblemsError as exc:
            problems.extend(exc.problems)
    return scenarios, problems


def open_point_sources(tree: Tree) -> list[str]:
    """Every way to an open point: "question:weet-ik-niet" for a question with an assumption,
    "question:option" for a grey-area option."""
    sources = []
    for question in tree.questions:
        if question.assumed_option is not None:
            sources.append(f"{question.id}:{UNKNOWN_OPTION_ID}")
        sources += [f"{question.id}:{o.id}" for o in question.options if o.condition is not None]
    return sources


def open_point_coverage(tree: Tree, results: list[ScenarioResult]) -> tuple[set[str], list[str]]:
    """Open-point sources taken by passing scenarios, and those never taken."""
    taken = {
        f"{question_id}:{option_id}"
        for result in results
        if result.passed and result.run.outcome is not None
        for question_id, option_id in result.run.session.answers.items()
    }
    missing = [s for s in open_point_sources(tree) if s not in taken]
    return taken, missing


def outcome_coverage(tree: Tree, results: list[ScenarioResult]) -> tuple[set[str], list[str]]:
    """Outcome ids reached by passing scenarios, and those never reached. An outcome that is
    only the ``otherwise`` of a grey-area answer is reached as that answer's alternative."""
    reached = {r.run.outcome.id for r in results if r.passed and r.run.outcome is not None}
    only_otherwise = {o.id for _, _, o in otherwise_outcomes(tree)}
    reached |= {
        a.outcome.id
        for r in results
        if r.passed
        for p in r.run.session.all_open_points
        for a in p.alternatives
        if a.outcome is not None and a.outcome.id in only_otherwise
    }
    missing = [o.id for o in tree.outcomes if o.id not in reached]
    return reached, missing
