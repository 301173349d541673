"""Every path from the start to an outcome (without "weet ik niet").

Used by ``srg-guide tree paths --code 30`` (for trainers, and to see whether a code
in a file is plausible) and by the linter's checks on conflicting leaves and doel.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from srg_guide.tree.model import Node, Note, Option, Outcome, Tree, outgoing


@dataclass(frozen=True)
class TreePath:
    """One route through the tree: the (node, option) pairs taken and the outcome reached."""

    steps: tuple[tuple[Node, Option], ...]
    outcome: Outcome

    @property
    def answers(self) -> dict[str, str]:
        """Answers keyed by question id (notes left out), as classify reads them."""
        return {n.id: o.id for n, o in self.steps if not isinstance(n, Note)}


def iter_paths(tree: Tree) -> Iterator[TreePath]:
    """Depth-first over authored options; a node already on the path is not entered again."""
    stack: list[tuple[Node, Option]] = []
    on_path: set[str] = set()

    def walk(node: Node) -> Iterator[TreePath]:
        if isinstance(node, Outcome):
            yield TreePath(tuple(stack), node)
            return
        on_path.add(node.id)
        for option in outgoing(node):
            target = tree.nodes.get(option.next)
            if target is None or target.id in on_path:
                continue
            stack.append((node, option))
            yield from walk(target)
            stack.pop()
        on_path.discard(node.id)

    start = tree.nodes.get(tree.start)
    if start is not None:
        yield from walk(start)


def paths_to_code(tree: Tree, type_id: str) -> list[TreePath]:
    """All paths ending in an outcome with this type (its id in codes.yaml)."""
    return [p for p in iter_paths(tree) if p.outcome.type == type_id]
