"""Lint a loaded tree: references, cycles, unreachable nodes, dead ends, types, doel.

``lint_tree(tree, codes)`` returns Problems with file:line:field in
plain Dutch; an empty list means the tree is clean. The loader already refuses
malformed files; this finds what is well-formed but wrong. The cited guidelines are
checked in :mod:`srg_guide.crossref`, which knows both the tree and the guidelines.
"""

from __future__ import annotations

from pathlib import Path

from srg_guide.errors import Location, Problem
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.model import Node, Note, Outcome, Question, Tree, otherwise_outcomes, outgoing
from srg_guide.tree.paths import iter_paths


def lint_tree(tree: Tree, codes: CodeTable | None = None) -> list[Problem]:
    """Every finding for this tree, in a stable order."""
    problems = unknown_references(tree)
    if problems:
        return problems
    cycles = cycle_problems(tree)
    problems += cycles
    problems += unreachable_problems(tree)
    problems += dead_end_problems(tree)
    if codes is not None:
        problems += code_problems(tree, codes)
    if not cycles:
        problems += conflicting_leaf_problems(tree)
        problems += doel_problems(tree)
    problems += part_answer_problems(tree)
    problems += option_citation_problems(tree)
    return problems


def _at(tree: Tree, node: Node, field: str | None = None, line: int | None = None) -> Location:
    return Location(
        tree.source, line or node.line or None, f"nodes.{node.id}" + (f".{field}" if field else "")
    )


def unknown_references(tree: Tree) -> list[Problem]:
    """Options or notes pointing at a node that does not exist; a missing start."""
    problems = []
    if tree.start not in tree.nodes:
        problems.append(
            Problem(Location(tree.source, None, "start"), f'onbekende node "{tree.start}"')
        )
    for node in tree.nodes.values():
        for index, option in enumerate(outgoing(node)):
            if option.next not in tree.nodes:
                field = "next" if isinstance(node, Note) else f"options[{index}].next"
                problems.append(
                    Problem(_at(tree, node, field, option.line), f'onbekende node "{option.next}"')
                )
    return problems


def cycle_problems(tree: Tree) -> list[Problem]:
    """Each loop back to a node already on the way (a walk could go round forever)."""
    problems = []
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    trail: list[str] = []
    # An explicit stack of (node, next option index): a long chain must not hit the recursion limit.
    stack: list[tuple[str, int]] = []

    for root in tree.nodes:
        if root in state:
            continue
        state[root] = 1
        trail.append(root)
        stack.append((root, 0))
        while stack:
            node_id, index = stack.pop()
            node = tree.nodes[node_id]
            options = list(outgoing(node))
            if index == len(options):
                trail.pop()
                state[node_id] = 2
                continue
            stack.append((node_id, index + 1))
            option = options[index]
            target = option.next
            if state.get(target) == 1:
                loop = " -> ".join([*trail[trail.index(target) :], target])
                field = "next" if isinstance(node, Note) else f"options[{index}].next"
                problems.append(Problem(_at(tree, node, field, option.line), f"kringloop: {loop}"))
            elif target not in state and target in tree.nodes:
                state[target] = 1
                trail.append(target)
                stack.append((target, 0))
    return problems


def reachable_ids(tree: Tree) -> set[str]:
    """Node ids reachable from the start, "weet ik niet" included; an outcome that is only
    the ``otherwise`` of a grey-area answer counts when that question is reachable."""
    seen: set[str] = set()
    todo = [tree.start]
    while todo:
        node_id = todo.pop()
        if node_id in seen or node_id not in tree.nodes:
            continue
        seen.add(node_id)
        todo.extend(o.next for o in tree.nodes[node_id].choices)
    return seen | {o.id for q, _, o in otherwise_outcomes(tree) if q.id in seen}


def unreachable_problems(tree: Tree) -> list[Problem]:
    """Nodes no walk can reach."""
    reachable = reachable_ids(tree)
    return [
        Problem(_at(tree, node), "onbereikbaar: geen enkele keuze leidt hierheen")
        for node in tree.nodes.values()
        if node.id not in reachable and not (isinstance(node, Outcome) and node.is_escalation)
    ]


def dead_end_problems(tree: Tree) -> list[Problem]:
    """Questions and notes from which no outcome can be reached."""
    leads_out = {n.id for n in tree.nodes.values() if isinstance(n, Outcome)}
    changed = True
    while changed:
        changed = False
        for node in tree.nodes.values():
            if node.id not in leads_out and any(o.next in leads_out for o in outgoing(node)):
                leads_out.add(node.id)
                changed = True
    return [
        Problem(_at(tree, node), "doodlopend: vanaf hier is geen uitkomst te bereiken")
        for node in tree.nodes.values()
        if node.id not in leads_out
    ]


def code_problems(tree: Tree, codes: CodeTable) -> list[Problem]:
    """Outcome types must be in codes.yaml; every by-tree type must be reachable."""
    problems = []
    reachable = reachable_ids(tree)
    reached_types = set()
    codes_name = Path(codes.source).name or "codes.yaml"
    for outcome in tree.outcomes:
        if outcome.type is not None:
            if outcome.type not in codes.codes:
                problems.append(
                    Problem(
                        _at(tree, outcome, "type"),
                        f'type "{outcome.type}" staat niet in {codes_name} '
                        "(gebruik de id, geen code)",
                    )
                )
            elif outcome.id in reachable:
                reached_types.add(outcome.type)
        if outcome.counts is True and outcome.level not in (None, "voorziening"):
            problems.append(
                Problem(_at(tree, outcome, "level"), "alleen een voorziening telt mee voor de SRG")
            )
    for question in tree.questions:
        if question.records != "doel":
            continue
        for index, option in enumerate(question.options):
            if option.value is not None and option.value not in codes.doelen:
                where = _at(tree, question, f"options[{index}].value", option.line)
                problems.append(Problem(where, f'doel "{option.value}" staat niet in de doelen'))
    for entry in codes.codes.values():
        if entry.by_tree and entry.id not in reached_types:
            problems.append(
                Problem(
                    Location(codes.source, entry.line or None, f"codes.{entry.id}"),
                    f'type "{entry.id}" is met de boom {tree.id} niet te bereiken '
                    "(zet by_tree: false als dat zo hoort)",
                )
            )
    return problems


def doel_problems(tree: Tree) -> list[Problem]:
    """Every path to an outcome that counts must pass a question that records the doel inzet."""
    problems = []
    reported: set[str] = set()
    for path in iter_paths(tree):
        outcome = path.outcome
        if outcome.counts is not True or outcome.id in reported:
            continue
        if not any(isinstance(n, Question) and n.records == "doel" for n, _ in path.steps):
            reported.add(outcome.id)
            route = " -> ".join(n.id for n, _ in path.steps)
            problems.append(
                Problem(
                    _at(tree, outcome),
                    f"telt mee zonder vraag naar het doel inzet (records: doel) op het pad {route}",
                )
            )
    return problems


def option_citation_problems(tree: Tree) -> list[Problem]:
    """An answer cites only paragraphs its question cites (so the question shows them too)."""
    problems = []
    for question in tree.questions:
        for index, option in enumerate(question.options):
            for ref in option.guidelines:
                if ref not in question.guidelines:
                    where = _at(tree, question, f"options[{index}].guidelines", option.line)
                    message = f'"{ref}" staat niet in de guidelines van de vraag zelf'
                    problems.append(Problem(where, message))
    return problems


def part_answer_problems(tree: Tree) -> list[Problem]:
    """part_answers must name a question and one of its options."""
    problems = []
    for outcome in tree.outcomes:
        for question_id, option_id in outcome.part_answers:
            node = tree.nodes.get(question_id)
            where = _at(tree, outcome, f"part_answers.{question_id}")
            if not isinstance(node, Question):
                problems.append(Problem(where, f'onbekende vraag "{question_id}"'))
            elif node.option(option_id) is None:
                problems.append(Problem(where, f'"{option_id}" is geen keuze bij "{question_id}"'))
    return problems


def conflicting_leaf_problems(tree: Tree) -> list[Problem]:
    """Two paths with the same answers but a different verdict (e.g. a repeated option id)."""
    problems = []
    seen: dict[frozenset[tuple[str, str]], Outcome] = {}
    for path in iter_paths(tree):
        key = frozenset(path.answers.items())
        other = seen.setdefault(key, path.outcome)
        verdict = (path.outcome.counts, path.outcome.type)
        if (other.counts, other.type) != verdict:
            answers = ", ".join(f"{q}={o}" for q, o in path.answers.items())
            problems.append(
                Problem(
                    _at(tree, path.outcome),
                    f'dezelfde antwoorden ({answers}) geven ook "{other.id}" '
                    f"(type {other.type or 'geen'}); maak de keuzes uniek",
                )
            )
    return problems
