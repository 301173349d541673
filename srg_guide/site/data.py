"""The data the site's JavaScript needs: the tree to walk and the prebuilt search index.

The walk records "weet ik niet" and grey-area answers as open points, as the app does
(tree/conditional.py): each question carries its ``unknown`` rule, each option its
``condition`` and ``value``, and each outcome its verdict phrase per doel inzet, so the
page words the conditional outcome exactly as ``build_rationale`` does.
"""

from __future__ import annotations

from typing import Any

from srg_guide.guidelines.library import Library
from srg_guide.search.index import SearchIndex
from srg_guide.site.pages import page_name
from srg_guide.tree.codes import CodeTable
from srg_guide.tree.model import (
    DEFAULT_ASK,
    DEFAULT_ESCALATION,
    ESCALATION_ID,
    OTHERWISE_LABEL,
    UNKNOWN_LABEL,
    Note,
    Option,
    Outcome,
    Question,
    Tree,
)
from srg_guide.tree.rationale import DOEL_ASSUMED, verdict_phrase


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
            entry.update(_outcome_data(node, codes))
        else:
            entry.update(
                text=node.text,
                help=node.help,
                choices=[_choice_data(o) for o in node.choices],
                note=isinstance(node, Note),
            )
            if isinstance(node, Question):
                entry.update(
                    records=node.records,
                    unknown=_unknown_data(node),
                    unknown_ask=node.unknown.ask if node.unknown else DEFAULT_ASK,
                )
        nodes[node_id] = entry
    return {
        "id": tree.id,
        "title": tree.title,
        "version": tree.version,
        "valid_from": tree.valid_from.isoformat(),
        "start": tree.start,
        "nodes": nodes,
        "doel_names": {code: doel.name for code, doel in codes.doelen.items()},
        "labels": {
            "unknown": UNKNOWN_LABEL,
            "otherwise": OTHERWISE_LABEL,
            "ask": DEFAULT_ASK,
            "still_open": verdict_phrase(None, None, None),
            "doel_assumed": DOEL_ASSUMED,
        },
    }


def _choice_data(option: Option) -> dict[str, Any]:
    data: dict[str, Any] = {"id": option.id, "label": option.label, "next": option.next}
    if option.value is not None:
        data["value"] = option.value
    if option.condition is not None:
        data["condition"] = {
            "text": option.condition.text,
            "ask": option.condition.ask,
            "otherwise": option.condition.otherwise,
        }
    return data


def _unknown_data(question: Question) -> dict[str, str] | None:
    """What "weet ik niet" goes on with; None when it escalates."""
    assumed = question.assumed_option
    if question.unknown is None or assumed is None:
        return None
    return {
        "assume": assumed.id,
        "assumed_label": assumed.label,
        "condition": question.unknown.condition,
        "ask": question.unknown.ask,
    }


def _outcome_data(node: Outcome, codes: CodeTable) -> dict[str, Any]:
    doelen = [*codes.doelen, ""] if node.counts else [""]
    return {
        "title": node.title,
        "text": node.explanation,
        "counts": node.counts,
        "level": node.level,
        "type": node.type,
        "action": node.action,
        "code": _code_of(codes, node.type),
        "code_name": codes.name_of(node.type),
        "headline": node.headline,
        "verdict": node.verdict,
        "why_not": node.why_not,
        "phrases": {doel: verdict_phrase(node, doel or None, codes) for doel in doelen},
        "warnings": [{"text": w.text, "doel": w.doel} for w in node.warnings],
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
