"""Run every scenario through two versions of a tree and list the outcomes that change,
with the question whose answer now leads elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from srg_guide.tree.model import Outcome, Tree
from srg_guide.tree.scenario import Scenario, answer_for, run_answers


@dataclass(frozen=True)
class OutcomeChange:
    """One scenario whose outcome differs between the old and the new tree."""

    scenario: Scenario
    old: str
    new: str
    cause: str


def describe(outcome: Outcome | None, missing: str | None = None) -> str:
    """ "type-43 (telt mee, type vrijwilligerswerk)", or why there is no outcome."""
    if outcome is None:
        return f'geen uitkomst: geen antwoord op vraag "{missing}"' if missing else "geen uitkomst"
    counts = {True: "telt mee", False: "telt niet mee", None: "nog niet te beslissen"}
    parts = [counts[outcome.counts]]
    if outcome.type:
        parts.append(f"type {outcome.type}")
    return f"{outcome.id} ({', '.join(parts)}): {outcome.title}"


def _signature(outcome: Outcome | None) -> tuple[object, ...] | None:
    if outcome is None:
        return None
    return (outcome.id, outcome.counts, outcome.type, outcome.title)


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
            node = new.nodes.get(question_id) or old.node(question_id)
            text = getattr(node, "text", question_id)
            answer = answers.get(question_id, "verder")
            return (
                f'vraag "{question_id}" ({text}), antwoord "{answer}": '
                f'leidde naar "{before}", nu naar "{after}"'
            )
    if len(old_path) != len(new_path):
        longer, tree = (new_path, new) if len(new_path) > len(old_path) else (old_path, old)
        node_id = longer[min(len(old_path), len(new_path))]
        node = tree.node(node_id)
        text = getattr(node, "text", "")
        where = "nieuwe" if tree is new else "vervallen"
        return f'{where} vraag "{node_id}" ({text})'.replace(" ()", "")
    return f'de uitkomst "{new_path[-1]}" zelf is veranderd'


def compare_trees(old: Tree, new: Tree, scenarios: list[Scenario]) -> list[OutcomeChange]:
    """The scenarios whose outcome differs between ``old`` and ``new``."""
    changes = []
    for scenario in scenarios:
        before = run_answers(old, scenario.answers)
        after = run_answers(new, scenario.answers)
        if _signature(before.outcome) == _signature(after.outcome):
            continue
        changes.append(
            OutcomeChange(
                scenario,
                describe(before.outcome, before.missing_question),
                describe(after.outcome, after.missing_question),
                cause_of(old, new, scenario.answers),
            )
        )
    return changes


def not_compared(old: Tree, new: Tree, scenarios: list[Scenario]) -> list[Scenario]:
    """Scenarios that reach no outcome in either version: they do not fit these trees."""
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
    lines.append(f"{len(changes)} van {compared} scenario's krijgen een andere uitkomst.")
    if skipped:
        lines.append(
            f"Niet vergeleken: {len(skipped)} scenario's komen in geen van beide versies tot "
            "een uitkomst (ze passen niet bij deze boom)."
        )
    return "\n".join(lines) + "\n"
