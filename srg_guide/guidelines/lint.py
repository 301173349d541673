"""``srg-guide guidelines lint``: every link, code, question and module checked both ways."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from srg_guide.errors import Location, Problem
from srg_guide.guidelines.citations import Citations, GuidelineRef
from srg_guide.guidelines.library import Library
from srg_guide.guidelines.model import Link, Module


class TypeCode(Protocol):
    """A type code as the lint needs it (``srg_guide.tree.codes.TypeCode``)."""

    @property
    def id(self) -> str: ...

    @property
    def code(self) -> str | None: ...


def lint(
    library: Library,
    codes: Sequence[TypeCode],
    citations: Citations | None,
    other_refs: Sequence[GuidelineRef] = (),
) -> list[Problem]:
    """All problems, in file order: loading, links, codes, tree and other references, orphans.

    ``other_refs`` are guideline references made elsewhere, such as by check rules.
    """
    known_codes = {c.id for c in codes} | {c.code for c in codes if c.code}
    problems = list(library.problems)
    for module in sorted(library.modules.values(), key=lambda m: m.source):
        problems.extend(_module_problems(module, library, known_codes, citations))
    problems.extend(_code_problems(library, codes))
    if citations is not None:
        problems.extend(_tree_problems(library, citations))
    problems.extend(_reference_problems(library, other_refs))
    problems.extend(_orphan_problems(library, citations))
    return problems


def _module_problems(
    module: Module, library: Library, known_codes: set[str], citations: Citations | None
) -> Iterator[Problem]:
    for code in module.codes:
        if code not in known_codes:
            where = Location(module.source, module.line_of("codes"), "codes")
            yield Problem(where, f'code "{code}" staat niet in trees/codes.yaml')
    for link in module.links:
        message = _link_problem(link, library, known_codes, citations)
        if message:
            yield Problem(Location(module.source, link.line), f'link "{link.href}": {message}')


def _link_problem(
    link: Link, library: Library, known_codes: set[str], citations: Citations | None
) -> str | None:
    if link.kind == "module":
        target = library.get(link.target)
        if target is None:
            return f'onbekende module "{link.target}"'
        if link.anchor and target.section(link.anchor) is None:
            return f'module "{link.target}" heeft geen kop met anker "{link.anchor}"'
    elif link.kind == "code" and link.target not in known_codes:
        return f'onbekende code "{link.target}"'
    elif link.kind == "question" and citations and link.target not in citations.questions:
        return f'onbekende vraag "{link.target}" in de beslisboom'
    elif link.kind == "unknown":
        return "onbekende soort link; gebruik module.md#anker, vraag:ID, code:NN of https://"
    return None


def _code_problems(library: Library, codes: Sequence[TypeCode]) -> Iterator[Problem]:
    for code in codes:
        if not library.for_code(code.id) and not (code.code and library.for_code(code.code)):
            yield Problem(Location("trees/codes.yaml"), f"type {code.id} heeft geen module")


def _tree_problems(library: Library, citations: Citations) -> Iterator[Problem]:
    for question in citations.questions.values():
        if question.kind == "question" and not question.guidelines:
            yield Problem(question.where, f'vraag "{question.id}" verwijst naar geen richtlijn')
        yield from _reference_problems(library, question.guidelines)


def _reference_problems(library: Library, refs: Sequence[GuidelineRef]) -> Iterator[Problem]:
    for ref in refs:
        module = library.get(ref.module_id)
        if module is None:
            yield Problem(ref.where, f'onbekende richtlijn "{ref.module_id}"')
        elif ref.anchor and module.section(ref.anchor) is None:
            message = f'richtlijn "{ref.module_id}" heeft geen kop met anker "{ref.anchor}"'
            yield Problem(ref.where, message)


def reached_module_ids(library: Library, citations: Citations | None) -> set[str]:
    """Modules linked from another module, from a code link or from a tree question."""
    reached: set[str] = set()
    for module in library.modules.values():
        for link in module.links:
            if link.kind == "module" and link.target != module.id:
                reached.add(link.target)
            elif link.kind == "code":
                reached.update(m.id for m in library.for_code(link.target)[:1])
    if citations is not None:
        for question in citations.questions.values():
            reached.update(ref.module_id for ref in question.guidelines)
    return reached


def _orphan_problems(library: Library, citations: Citations | None) -> Iterator[Problem]:
    reached = reached_module_ids(library, citations)
    for module in sorted(library.modules.values(), key=lambda m: m.source):
        if module.id not in reached:
            where = Location(module.source, module.line_of("id"), "id")
            yield Problem(where, "geen vraag in de beslisboom en geen module verwijst hierheen")
