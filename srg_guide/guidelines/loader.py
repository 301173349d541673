"""Read one guideline module: front matter checked field by field, sections and links.

Every problem is collected (``load_module`` returns them with the module), never only the first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from srg_guide.errors import InputFileError, Location, Problem, display_path
from srg_guide.guidelines.links import classify
from srg_guide.guidelines.markdown import ADMONITION_KINDS, make_parser, plain_text
from srg_guide.guidelines.model import Link, Module, Section
from srg_guide.yamlfields import FieldReader
from srg_guide.yamlio import YamlMap, parse_yaml, read_text

REQUIRED_FIELDS = ("id", "title", "codes", "tags", "valid_from", "sources")
OPTIONAL_FIELDS = ("valid_until", "order")
DEFAULT_ORDER = 100
# An id becomes a file name and a link on the site: nothing else may get through.
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


def _front_matter(text: str, source: str, problems: list[Problem]) -> YamlMap | None:
    match = _FRONT.match(text)
    if match is None:
        problems.append(Problem(Location(source, 1), "front matter ontbreekt: begin met ---"))
        return None
    try:
        data = parse_yaml(match["yaml"], source)
    except InputFileError as exc:
        line = exc.where.line + 1 if exc.where and exc.where.line else 1
        problems.append(Problem(Location(source, line), exc.message))
        return None
    if not isinstance(data, YamlMap):
        problems.append(Problem(Location(source, 2), "front matter moet sleutels met waarden zijn"))
        return None
    return data


def _link_line(inline: Token, index: int) -> int:
    """Line of the child at ``index`` in an inline token (soft breaks move it on)."""
    assert inline.map is not None
    children = inline.children or []
    breaks = sum(1 for child in children[:index] if child.type in ("softbreak", "hardbreak"))
    return inline.map[0] + 1 + breaks


def _summary(tokens: list[Token]) -> str:
    """Plain text of the first top-level paragraph: the module's one-line summary."""
    for index, token in enumerate(tokens):
        if token.type == "paragraph_open" and token.level == 0:
            return plain_text(tokens[index + 1])
    return ""


def _walk(
    tokens: list[Token], module_id: str, source: str, problems: list[Problem]
) -> tuple[tuple[Section, ...], tuple[Link, ...]]:
    sections: list[Section] = []
    links: list[Link] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map:
            title = tokens[index + 1].content
            level = int(token.tag[1])
            sections.append(Section(str(token.attrs.get("id", "")), title, level, token.map[0] + 1))
        elif token.type == "blockquote_open" and token.map and "admonition" in str(token.attrs):
            kind = str(token.attrs.get("class", "")).removeprefix("admonition ").strip()
            if kind not in ADMONITION_KINDS:
                where = Location(source, token.map[0] + 1)
                known = ", ".join(ADMONITION_KINDS)
                problems.append(Problem(where, f'onbekend soort blok "{kind}"; kies uit {known}'))
        elif token.type == "inline" and token.map:
            children = token.children or []
            for child_index, child in enumerate(children):
                if child.type == "link_open":
                    text = ""
                    if child_index + 1 < len(children):
                        text = children[child_index + 1].content
                    line = _link_line(token, child_index)
                    links.append(classify(str(child.attrs["href"]), text, line, module_id))
    return tuple(sections), tuple(links)


def load_module(path: Path) -> tuple[Module | None, list[Problem]]:
    """Read a module file; returns the module (None when unusable) and its problems."""
    source = display_path(path)
    read = FieldReader(source, line_offset=1)  # the YAML starts on line 2
    problems = read.problems
    try:
        text = read_text(path)
    except InputFileError as exc:
        return None, [Problem(exc.where or Location(source), exc.message)]
    data = _front_matter(text, source, problems)
    if data is None:
        return None, problems
    read.unknown_fields(data, REQUIRED_FIELDS + OPTIONAL_FIELDS)
    for name in REQUIRED_FIELDS:
        if name not in data:
            problems.append(Problem(Location(source, 1), f'veld "{name}" ontbreekt'))
    module_id = read.text(data, "id", required="id" in data)
    if module_id and not _ID.fullmatch(module_id):
        message = "ongeldige id: gebruik alleen kleine letters, cijfers en streepjes (max. 80)"
        read.problem_at(data, "id", "", message)
        return None, problems
    if module_id and path.stem != module_id and not path.stem.startswith(module_id + "."):
        read.problem_at(data, "id", "", f'bestandsnaam hoort "{module_id}.md" te zijn')
    valid_from = read.date(data, "valid_from", required=False)
    valid_until = read.date(data, "valid_until", required=False)
    if valid_from and valid_until and valid_until < valid_from:
        read.problem_at(data, "valid_until", "", "ligt vóór valid_from")
    title = read.text(data, "title", required="title" in data)
    codes = read.texts(data, "codes")
    tags = read.texts(data, "tags")
    sources = read.texts(data, "sources", required="sources" in data)
    order = read.integer(data, "order", required=False)
    order = DEFAULT_ORDER if order is None else order
    if not module_id:
        return None, problems
    tokens = make_parser().parse(text)
    sections, links = _walk(tokens, module_id, source, problems)
    lines: dict[str, Any] = {name: data.line_of(name) + 1 for name in data}
    module = Module(
        id=module_id,
        title=title or module_id,
        path=path,
        source=source,
        text=text,
        codes=codes,
        tags=tags,
        sources=sources,
        valid_from=valid_from,
        valid_until=valid_until,
        sections=sections,
        links=links,
        field_lines=lines,
        order=order,
        summary=_summary(tokens),
    )
    return module, problems
