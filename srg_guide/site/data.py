"""The data the site's JavaScript needs: the tree to walk and the prebuilt search index."""

from __future__ import annotations

from typing import Any

from srg_guide.guidelines.library import Library
from srg_guide.search.index import SearchIndex
from srg_guide.site.pages import page_name
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.model import DEFAULT_ESCALATION, ESCALATION_ID, Note, Outcome, Tree


def _guideline_refs(references: tuple[str, ...], library: Library) -> list[dict[str, str]]:
    refs = []
    for reference in references:
        paragraph = library.paragraph(reference)
        if paragraph is None:
            continue
        anchor = paragraph.section.anchor if paragraph.section else None
        refs.append(
            {
                "href": page_name(paragraph.module.id) + (f"#{anchor}" if anchor else ""),
                "title": paragraph.title,
                "excerpt": paragraph.excerpt,
            }
        )
    return refs


def tree_data(tree: Tree, library: Library, codes: CodeTable) -> dict[str, Any]:
    """Every node with its choices, help and cited paragraphs, as plain JSON data."""
    nodes: dict[str, Any] = {}
    all_nodes = dict(tree.nodes)
    all_nodes.setdefault(ESCALATION_ID, DEFAULT_ESCALATION)
    for node_id, node in all_nodes.items():
        entry: dict[str, Any] = {
            "kind": node.kind,
            "guidelines": _guideline_refs(node.guidelines, library),
        }
        if isinstance(node, Outcome):
            entry.update(
                title=node.title,
                text=node.explanation,
                counts=node.counts,
                level=node.level,
                code=_code_of(codes, node.type),
                code_name=codes.name_of(node.type),
                headline=node.headline,
                warnings=[w.text for w in node.warnings],
            )
        else:
            entry.update(
                text=node.text,
                help=node.help,
                choices=[{"id": o.id, "label": o.label, "next": o.next} for o in node.choices],
                note=isinstance(node, Note),
            )
        nodes[node_id] = entry
    return {
        "id": tree.id,
        "title": tree.title,
        "version": tree.version,
        "valid_from": tree.valid_from.isoformat(),
        "start": tree.start,
        "nodes": nodes,
    }


def _code_of(codes: CodeTable, type_id: str | None) -> str | None:
    """The code to show for a type: its code, or a note that none is set (never an invented one)."""
    entry = codes.get(type_id)
    if entry is None:
        return None
    return entry.code_text if entry.code else "(code niet ingesteld)"


def search_data(index: SearchIndex) -> dict[str, Any]:
    """Documents (title, page, kind) and postings, for the same ranking in the browser."""
    documents = []
    for document in index.documents:
        href = page_name(document.module_id) if document.module_id else ""
        if document.kind == "vraag":
            href = f"beslisboom.html#{document.target.removeprefix('vraag:')}"
        documents.append({"title": document.title, "kind": document.kind, "href": href})
    return {"documents": documents, "postings": index.postings()}
