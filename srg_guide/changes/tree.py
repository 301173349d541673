"""Run every scenario through two versions of a tree and list the outcomes that change,
with the question whose answer now leads elsewhere.

An outcome changes when its id, counts, type or title differ, when the doel inzet the
walk records differs, or when the open points ("mits ...") that change it differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from srg_guide.errors import ProblemsError
from srg_guide.tree.model import Outcome, Question, Tree
from srg_guide.tree.scenario import RunResult, Scenario, answer_for, run_answers


@dataclass(frozen=True)
class OutcomeChange:
    """One scenario whose outcome differs between the old and the new tree."""

    scenario: Scenario
    old: str
    new: str
    cause: str


def describe(run: RunResult) -> str:
    """ "vrijwilligerswerk (telt mee, type vrijwilligerswerk, doel 2): title; mits ...",
    or why there is no outcome."""
    outcome = run.outcome
    if outcome is None:
        missing = run.missing_question
        return f'geen uitkomst: geen antwoord op vraag "{missing}"' if missing else "geen uitkomst"
    counts = {True: "telt mee", False: "telt niet mee", None: "nog niet te beslissen"}
    parts = [counts[outcome.counts]]
    if outcome.type:
        parts.append(f"type {outcome.type}")
    doel = _doel(run)
    if doel:
        parts.append(f"doel {doel}")
    text = f"{outcome.id} ({', '.join(parts)}): {outcome.title}"
    return "; ".join([text, *(f"mits {c}" for c in _conditions(run))])


def _doel(run: RunResult) -> str | None:
    """The doel inzet recorded by the walk; only an outcome that counts has one."""
    outcome = run.outcome
    return run.session.doel if outcome is not None and outcome.counts else None


def _conditions(run: RunResult) -> tuple[str, ...]:
    """The "mits" clauses of the open points that change the outcome."""
    if run.outcome is None:
        return ()
    return tuple(p.condition for p in run.session.open_points)


def _outcome_signature(outcome: Outcome | None) -> tuple[object, ...] | None:
    if outcome is None:
        return None
    return (outcome.id, outcome.counts, outcome.type, outcome.title)


def _signature(run: RunResult) -> tuple[object, ...] | None:
    if run.outcome is None:
        return None
    return (_outcome_signature(run.outcome), _doel(run), _conditions(run))


def _path(tree: Tree, answers: dict[str, str]) -> list[str]:
    """Node ids visited with these answers, up to the outcome or a missing answer."""
    node = tree.node(tree.start)
    visited = [node.id]
    while not isinstance(node, Outcome):
        option_id = answer_for(node, answers)
        option = next((o for o in node.choices if o.id == option_id), None)
        if option is None or option.next not in tree.nodes or option.next in visited:
            break
        node = tree.node(option.next)
        visited.append(node.id)
    return visited


def cause_of(old: Tree, new: Tree, answers: dict[str, str]) -> str:
    """The question where the two walks part, or what else changed."""
    old_path, new_path = _path(old, answers), _path(new, answers)
    for index, (before, after) in enumerate(zip(old_path, new_path, strict=False)):
        if before != after:
            if index == 0:
                return f'de boom begint nu bij "{after}" in plaats van "{before}"'
            question_id = old_path[index - 1]
            answer = answers.get(question_id, "verder")
            return (
                f'{_question(old, new, question_id)}, antwoord "{answer}": '
                f'leidde naar "{before}", nu naar "{after}"'
            )
    if len(old_path) != len(new_path):
        longer, tree = (new_path, new) if len(new_path) > len(old_path) else (old_path, old)
        node_id = longer[min(len(old_path), len(new_path))]
        node = tree.node(node_id)
        text = getattr(node, "text", "")
        where = "nieuwe" if tree is new else "vervallen"
        return f'{where} vraag "{node_id}" ({text})'.replace(" ()", "")
    return _same_path_cause(old, new, answers, new_path)


def _question(old: Tree, new: Tree, question_id: str) -> str:
    """'vraag "id" (text)' as the new tree words it (or the old one, if it is gone)."""
    node = new.nodes.get(question_id) or old.node(question_id)
    text = getattr(node, "text", "")
    return f'vraag "{question_id}" ({text})'.replace(" ()", "")


def _same_path_cause(old: Tree, new: Tree, answers: dict[str, str], path: list[str]) -> str:
    """Both walks take the same path: the outcome, the doel or open points changed."""
    before, after = run_answers(old, answers), run_answers(new, answers)
    if _outcome_signature(before.outcome) != _outcome_signature(after.outcome):
        return f'de uitkomst "{path[-1]}" zelf is veranderd'
    causes = []
    if _doel(before) != _doel(after):
        change = f"doel inzet nu {_doel(after) or 'geen'} in plaats van {_doel(before) or 'geen'}"
        asked = next((q for q in path if _records_doel(new.nodes.get(q))), None)
        if asked is not None:
            change = f'{_question(old, new, asked)}, antwoord "{answers.get(asked)}": {change}'
        causes.append(change)
    old_points = {p.question_id: p.condition for p in before.session.open_points}
    new_points = {p.question_id: p.condition for p in after.session.open_points}
    for question_id in dict.fromkeys([*new_points, *old_points]):
        was, now = old_points.get(question_id), new_points.get(question_id)
        if was != now:
            causes.append(
                f"open punt bij {_question(old, new, question_id)}: "
                f"{f'nu mits {now}' if now else 'vervalt'}"
                f"{f', was mits {was}' if was else ', was er niet'}"
            )
    return "; ".join(causes) or f'de uitkomst "{path[-1]}" zelf is veranderd'


def _records_doel(node: object) -> bool:
    return isinstance(node, Question) and node.records == "doel"


def refuse_loops(*trees: Tree) -> None:
    """Raise ProblemsError for a tree with a loop: a walk by given answers would never end."""
    from srg_guide.tree.validate import cycle_problems

    problems = list(dict.fromkeys(p for tree in trees for p in cycle_problems(tree)))
    if problems:
        raise ProblemsError("Beslisboom onbruikbaar", problems)


def compare_trees(old: Tree, new: Tree, scenarios: list[Scenario]) -> list[OutcomeChange]:
    """The scenarios whose outcome differs between ``old`` and ``new``."""
    refuse_loops(old, new)
    changes = []
    for scenario in scenarios:
        before = run_answers(old, scenario.answers)
        after = run_answers(new, scenario.answers)
        if _signature(before) == _signature(after):
            continue
        changes.append(
            OutcomeChange(
                scenario, describe(before), describe(after), cause_of(old, new, scenario.answers)
            )
        )
    return changes


def not_compared(old: Tree, new: Tree, scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios that reach no outcome in either version: they do not fit these trees."""
    refuse_loops(old, new)
    return [
        s
        for s in scenarios
        if run_answers(old, s.answers).outcome is None
        and run_answers(new, s.answers).outcome is None
    ]


def as_text(old: Tree, new: Tree, changes: list[OutcomeChange], scenarios: list[Scenario]) -> str:
    """A readable list: per changed scenario the old and new outcome and the cause."""
    lines = [f"Oud:   {old.label} ({old.source})", f"Nieuw: {new.label} ({new.source})", ""]
    for change in changes:
        lines += [
            f"{change.scenario.source}: {change.scenario.name}",
            f"  oud:   {change.old}",
            f"  nieuw: {change.new}",
            f"  door:  {change.cause}",
            "",
        ]
    skipped = not_compared(old, new, scenarios)
    compared = len(scenarios) - len(skipped)
    if changes or not compared:
        lines.append(f"{len(changes)} van {compared} scenario's krijgen een andere uitkomst.")
    else:
        lines.append(
            f"Geen verschillen: alle {compared} scenario's krijgen in beide versies dezelfde "
            "uitkomst, met hetzelfde type, doel en dezelfde open punten."
        )
    if skipped:
        lines.append(
            f"Niet vergeleken: {len(skipped)} scenario's komen in geen van beide versies tot "
            "een uitkomst (ze passen niet bij deze boom)."
        )
    return "\n".join(lines) + "\n"
