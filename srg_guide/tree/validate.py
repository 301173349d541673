"""Lint a loaded tree: references, cycles, unreachable nodes, dead ends, codes, guidelines.

``lint_tree(tree, codes, guidelines_dir)`` returns Problems with file:line:field in
plain Dutch; an empty list means the tree is clean. The loader already refuses
malformed files; this finds what is well-formed but wrong.
"""

from __future__ import annotations

from pathlib import Path

from srg_guide.errors import Location, Problem
from srg_guide.guidelines.loader import load_module
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.model import Node, Note, Outcome, Tree, outgoing
from srg_guide.tree.paths import iter_paths


def lint_tree(
    tree: Tree, codes: CodeTable | None = None, guidelines_dir: Path | None = None
) -> list[Problem]:
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
    if guidelines_dir is not None and guidelines_dir.is_dir():
        problems += guideline_problems(tree, guidelines_dir)
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
    """Node ids reachable from the start, "weet ik niet" included."""
    seen: set[str] = set()
    todo = [tree.start]
    while todo:
        node_id = todo.pop()
        if node_id in seen or node_id not in tree.nodes:
            continue
        seen.add(node_id)
        todo.extend(o.next for o in tree.nodes[node_id].choices)
    return seen


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
    """Outcome codes and doelen must be in codes.yaml; every by-tree code must be reachable."""
    problems = []
    reachable = reachable_ids(tree)
    reached_codes = set()
    codes_name = Path(codes.source).name or "codes.yaml"
    for outcome in tree.outcomes:
        if outcome.code is not None:
            if outcome.code not in codes.codes:
                problems.append(
                    Problem(
                        _at(tree, outcome, "code"),
                        f'code "{outcome.code}" staat niet in {codes_name}',
                    )
                )
            elif outcome.id in reachable:
                reached_codes.add(outcome.code)
        if outcome.doel is not None and outcome.doel not in codes.doelen:
            problems.append(
                Problem(
                    _at(tree, outcome, "doel"), f'doel "{outcome.doel}" staat niet in de doelen'
                )
            )
        if outcome.counts is True and outcome.doel is None:
            problems.append(
                Problem(
                    _at(tree, outcome, "doel"), "ontbreekt: een uitkomst die meetelt heeft een doel"
                )
            )
        if outcome.counts is True and outcome.level not in (None, "voorziening"):
            problems.append(
                Problem(_at(tree, outcome, "level"), "alleen een voorziening telt mee voor de SRG")
            )
    for entry in codes.codes.values():
        if entry.by_tree and entry.code not in reached_codes:
            problems.append(
                Problem(
                    Location(codes.source, entry.line or None, f"codes.{entry.code}"),
                    f'code "{entry.code}" is met de boom {tree.id} niet te bereiken '
                    "(zet by_tree: false als dat zo hoort)",
                )
            )
    return problems


def conflicting_leaf_problems(tree: Tree) -> list[Problem]:
    """Two paths with the same answers but a different verdict (e.g. a repeated option id)."""
    problems = []
    seen: dict[frozenset[tuple[str, str]], Outcome] = {}
    for path in iter_paths(tree):
        key = frozenset(path.answers.items())
        other = seen.setdefault(key, path.outcome)
        verdict = (path.outcome.counts, path.outcome.code, path.outcome.doel)
        if (other.counts, other.code, other.doel) != verdict:
            answers = ", ".join(f"{q}={o}" for q, o in path.answers.items())
            problems.append(
                Problem(
                    _at(tree, path.outcome),
                    f'dezelfde antwoorden ({answers}) geven ook "{other.id}" '
                    f"(code {other.code or 'geen'}); maak de keuzes uniek",
                )
            )
    return problems


def guideline_problems(tree: Tree, guidelines_dir: Path) -> list[Problem]:
    """Cited guidelines must exist as guidelines/<id>.md, and a cited #anchor as a heading there.

    An anchor may be in any version of the module (``<id>.md`` or ``<id>.<version>.md``).
    """
    problems = []
    anchors: dict[str, set[str]] = {}
    for node in tree.nodes.values():
        for index, ref in enumerate(node.guidelines):
            module, _, anchor = ref.partition("#")
            where = _at(tree, node, f"guidelines[{index}]", node.guidelines_line)
            if not (guidelines_dir / f"{module}.md").is_file():
                message = f'richtlijn "{module}" bestaat niet in {guidelines_dir.name}/'
                problems.append(Problem(where, message))
                continue
            if module not in anchors:
                anchors[module] = _anchors_of(guidelines_dir, module)
            if anchor and anchor not in anchors[module]:
                message = f'richtlijn "{module}" heeft geen kop met anker "{anchor}"'
                problems.append(Problem(where, message))
    return problems


def _anchors_of(guidelines_dir: Path, module_id: str) -> set[str]:
    """Heading anchors of every version of a module."""
    found: set[str] = set()
    for path in (guidelines_dir / f"{module_id}.md", *guidelines_dir.glob(f"{module_id}.*.md")):
        module, _problems = load_module(path)
        if module is not None:
            found.update(section.anchor for section in module.sections)
    return found
