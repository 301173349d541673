"""Stale decisions: whose path goes through a node or cited paragraph that has changed since.

Nothing is stored: the stored hashes are compared with the tree and guidelines in force, so
the answer is always current. Re-walking starts from the old answers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from srg_guide.register.basis import NODE, PARAGRAPH, changes, node_hash, paragraph_hash
from srg_guide.register.model import Decision, Entry
from srg_guide.tree import TreeSession

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library
    from srg_guide.register.repository import Register
    from srg_guide.tree import Tree


def reasons_for(
    decision: Decision, basis: list[tuple[str, str, str]], tree: Tree, library: Library | None
) -> tuple[str, ...]:
    """Why a decision must be looked at again; empty when its path is unchanged."""
    if basis:
        found = changes(basis, tree, library)
    elif decision.tree_sha256 != tree.sha256:
        found = ["beslist met een andere beslisboom; wat er op het pad veranderde is niet bekend"]
    else:
        found = []
    if found and decision.tree_version != tree.version:
        found.insert(0, f"beslisboom versie {decision.tree_version} → {tree.version}")
    return tuple(found)


def with_stale_marks(
    register: Register, found: list[Entry], tree: Tree, library: Library | None
) -> list[Entry]:
    """The entries with ``stale_reasons`` filled in."""
    decided = [e for e in found if e.decision is not None]
    basis = register.basis(e.decision.id for e in decided if e.decision)
    marked = {
        e.id: reasons_for(e.decision, basis[e.decision.id], tree, library)
        for e in decided
        if e.decision
    }
    return [replace(e, stale_reasons=marked.get(e.id, ())) for e in found]


def changed_node_ids(
    basis: list[tuple[str, str, str]], tree: Tree, library: Library | None
) -> set[str]:
    """Nodes to look at again: changed ones, and those citing a changed paragraph."""
    changed = {ref for kind, ref, sha in basis if kind == NODE and node_hash(tree, ref) != sha}
    paragraphs = {
        ref
        for kind, ref, sha in basis
        if kind == PARAGRAPH and library is not None and paragraph_hash(library, ref) != sha
    }
    for node in tree.nodes.values():
        if paragraphs.intersection(getattr(node, "guidelines", ())):
            changed.add(node.id)
    return changed


def resume_session(
    tree: Tree, answers: tuple[tuple[str, str], ...], changed: set[str]
) -> TreeSession:
    """A session replaying the old answers that still fit, rewound to the first changed node.

    Later answers are kept and offered again (``kept_answer``); an unchanged path ends in
    review, so the decider confirms the outcome once more.
    """
    session = TreeSession(tree)
    for question_id, option_id in answers:
        node = session.current
        if node.id != question_id or not any(o.id == option_id for o in node.choices):
            break
        session.answer(option_id)
    first = next((s.node_id for s in session.steps if s.node_id in changed), None)
    if first is not None:
        session.change(first)
    return session
