"""Read one guideline module: front matter checked field by field, sections and links."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from markdown_it.token import Token

from srg_guide.errors import InputFileError, Location, Problem, display_path
from srg_guide.guidelines.links import classify
from srg_guide.guidelines.markdown import ADMONITION_KINDS, make_parser, plain_text
from srg_guide.guidelines.model import Link, Module, Section
from srg_guide.yamlio import YamlMap, parse_yaml, read_text

REQUIRED_FIELDS = ("id", "title", "codes", "tags", "valid_from", "sources")
OPTIONAL_FIELDS = ("valid_until", "order")
DEFAULT_ORDER = 100
# An id becomes a file name and a link on the site: nothing else may get through.
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")
_FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)


class _Fields:
    """Reads typed front-matter fields, collecting a Problem for each bad one."""

    def __init__(self, data: YamlMap, source: str, problems: list[Problem]) -> None:
        self.data, self.source, self.problems = data, source, problems

    def problem(self, name: str, message: str) -> None:
        self.problems.append(Problem(Location(self.source, self.line(name), name), message))

    def line(self, name: str) -> int:
        return self.data.line_of(name) + 1  # the YAML starts on line 2

    def text(self, name: str) -> str:
        value = self.data.get(name)
        if not isinstance(value, str) or not value.strip():
            self.problem(name, "vul een tekst in")
            return ""
        return value.strip()

    def texts(self, name: str, *, allow_empty: bool) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            self.problem(name, "schrijf een lijst met teksten, bijvoorbeeld [a, b]")
            return ()
        if not value and not allow_empty:
            self.problem(name, "de lijst is leeg")
        return tuple(str(v).strip() for v in value)

    def date(self, name: str) -> dt.date | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem(name, f'"{value}" is geen datum; schrijf JJJJ-MM-DD')
        return None


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
    problems: list[Problem] = []
    try:
        text = read_text(path)
    except InputFileError as exc:
        return None, [Problem(exc.where or Location(source), exc.message)]
    data = _front_matter(text, source, problems)
    if data is None:
        return None, problems
    fields = _Fields(data, source, problems)
    for name in data:
        if name not in REQUIRED_FIELDS + OPTIONAL_FIELDS:
            fields.problem(name, "onbekend veld in de front matter")
    for name in REQUIRED_FIELDS:
        if name not in data:
            problems.append(Problem(Location(source, 1), f'veld "{name}" ontbreekt'))
    module_id = fields.text("id") if "id" in data else ""
    if module_id and not _ID.fullmatch(module_id):
        fields.problem(
            "id", "ongeldige id: gebruik alleen kleine letters, cijfers en streepjes (max. 80)"
        )
        return None, problems
    if module_id and path.stem != module_id and not path.stem.startswith(module_id + "."):
        fields.problem("id", f'bestandsnaam hoort "{module_id}.md" te zijn')
    valid_from, valid_until = fields.date("valid_from"), fields.date("valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        fields.problem("valid_until", "ligt vóór valid_from")
    title = fields.text("title") if "title" in data else ""
    codes = fields.texts("codes", allow_empty=True)
    tags = fields.texts("tags", allow_empty=True)
    sources = fields.texts("sources", allow_empty=False) if "sources" in data else ()
    order = data.get("order", DEFAULT_ORDER)
    if not isinstance(order, int) or isinstance(order, bool):
        fields.problem("order", "schrijf een heel getal")
        order = DEFAULT_ORDER
    if not module_id:
        return None, problems
    tokens = make_parser().parse(text)
    sections, links = _walk(tokens, module_id, source, problems)
    lines: dict[str, Any] = {name: fields.line(name) for name in data}
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
