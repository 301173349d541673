"""Build the one search index from modules, type codes, tree questions and check rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from srg_guide.crossref import load_citations
from srg_guide.guidelines.citations import Citations
from srg_guide.guidelines.library import Library, load_library
from srg_guide.guidelines.links import split_reference
from srg_guide.search.index import Document, SearchIndex
from srg_guide.tree.codes import TypeCode, codes_for


def module_documents(library: Library) -> list[Document]:
    """One document per module: title, codes and tags as keywords, body as text."""
    return [
        Document(
            "module",
            module.id,
            module.title,
            module.body,
            " ".join((*module.codes, *module.tags, module.id.replace("-", " "))),
            module.id,
        )
        for module in library.modules.values()
    ]


def code_documents(codes: list[TypeCode], library: Library) -> list[Document]:
    """One document per type code, leading to its type module."""
    documents = []
    for code in codes:
        modules = library.for_code(code.id) or (library.for_code(code.code) if code.code else [])
        text = " ".join((code.description, *code.examples))
        documents.append(
            Document(
                "code",
                f"code:{code.key}",
                f"{code.code} {code.name}" if code.code else code.label,
                text,
                f"type {code.code}" if code.code else code.id.replace("-", " "),
                modules[0].id if modules else "",
            )
        )
    return documents


def question_documents(citations: Citations) -> list[Document]:
    """One document per tree question, leading to the first module it cites."""
    return [
        Document(
            "vraag",
            f"vraag:{question.id}",
            question.text,
            "",
            question.id.replace("-", " "),
            split_reference(question.guidelines[0].reference)[0] if question.guidelines else "",
        )
        for question in citations.questions.values()
        if question.kind == "question"
    ]


def rule_documents() -> list[Document]:
    """One document per check rule: what it checks and how to fix it."""
    from srg_guide.checks.rules import all_rules

    return [
        Document(
            "regel",
            f"regel:{rule.code}",
            f"{rule.code} {rule.title}",
            f"{rule.meaning} {rule.fix}",
            rule.code,
            split_reference(rule.guideline)[0] if rule.guideline else "",
        )
        for rule in all_rules()
    ]


def build_index(
    library: Library, codes: list[TypeCode], citations: Citations, *, rules: bool = True
) -> SearchIndex:
    """The one index over everything findable."""
    documents = module_documents(library) + code_documents(codes, library)
    documents += question_documents(citations)
    if rules:
        documents += rule_documents()
    return SearchIndex(documents)


def load_index(
    guidelines: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> SearchIndex:
    """Load the bundled (or given) data and index it."""
    library = load_library(guidelines, as_of)
    citations, _ = load_citations(trees, as_of)
    codes = list(codes_for(trees_dir=trees).codes.values())
    return build_index(library, codes, citations)
