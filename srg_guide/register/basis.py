"""What a decision rests on: a hash per node on its path and per cited guideline paragraph.

The register stores the rationale as the tree core's JSON export plus these hashes, so a
changed tree or guideline shows up as a changed hash, whatever else the tree core changes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library
    from srg_guide.tree import Tree, TreeSession

NODE = "node"
PARAGRAPH = "paragraph"
GONE = ""


def _plain(value: Any) -> Any:
    """Node data without source line numbers (moving a node is not changing it)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if k != "line" and not k.endswith("_line")}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def node_hash(tree: Tree, node_id: str) -> str:
    """sha256 of a node's definition; empty when the tree no longer has it."""
    node = tree.nodes.get(node_id)
    if node is None:
        return GONE
    data = dataclasses.asdict(node) if dataclasses.is_dataclass(node) else repr(node)
    text = json.dumps(_plain(data), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def paragraph_hash(library: Library | None, reference: str) -> str:
    """sha256 of a cited paragraph's text; empty when it is gone (or no library is loaded)."""
    paragraph = library.paragraph(reference) if library is not None else None
    if paragraph is None:
        return GONE
    return hashlib.sha256(paragraph.markdown.encode()).hexdigest()


def session_basis(session: TreeSession, library: Library | None) -> list[tuple[str, str, str]]:
    """(kind, ref, sha256) for every node on the path and every paragraph it cites."""
    outcome = session.outcome
    node_ids = [step.node_id for step in session.steps]
    references = [ref for step in session.steps for ref in step.guidelines]
    if outcome is not None:
        node_ids.append(outcome.id)
        references.extend(outcome.guidelines)
    rows = [
        (NODE, node_id, node_hash(session.tree, node_id)) for node_id in dict.fromkeys(node_ids)
    ]
    rows += [(PARAGRAPH, ref, paragraph_hash(library, ref)) for ref in dict.fromkeys(references)]
    return rows


def changes(basis: list[tuple[str, str, str]], tree: Tree, library: Library | None) -> list[str]:
    """What changed since the decision, in Dutch; empty when nothing on its path changed."""
    found = []
    for kind, ref, stored in basis:
        if kind == NODE:
            now = node_hash(tree, ref)
            if now == stored:
                continue
            node = tree.nodes.get(ref)
            label = f'"{getattr(node, "text", None) or getattr(node, "title", ref)}" ({ref})'
            found.append(
                f"vraag of uitkomst {ref} bestaat niet meer"
                if now == GONE
                else f"vraag of uitkomst {label} is gewijzigd"
            )
        elif kind == PARAGRAPH and library is not None:
            now = paragraph_hash(library, ref)
            if now == stored:
                continue
            found.append(
                f"richtlijnparagraaf {ref} bestaat niet meer"
                if now == GONE
                else f'richtlijnparagraaf "{library.title_of(ref)}" ({ref}) is gewijzigd'
            )
    return found
