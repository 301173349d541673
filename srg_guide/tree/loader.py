"""Load decision trees from YAML, collecting every problem with file, line and field.

``load_tree(path)`` returns a Tree or raises ProblemsError listing all problems;
``load_trees(folder)`` loads every tree file (all ``*.yaml`` except codes.yaml) and
returns ``LoadResult(trees, problems)``; ``tree_in_force`` picks the version in force.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from srg_guide.errors import (
    InputFileError,
    Location,
    Problem,
    ProblemsError,
    SrgGuideError,
    display_path,
)
from srg_guide.locations import data_dir
from srg_guide.tree.model import (
    CONTINUE_OPTION_ID,
    DEFAULT_ESCALATION,
    ESCALATION_ID,
    LEVELS,
    NODE_KINDS,
    UNKNOWN_OPTION_ID,
    Node,
    Note,
    Option,
    Outcome,
    Question,
    Tree,
    outgoing,
)
from srg_guide.yamlio import YamlList, YamlMap, parse_yaml, read_text

CODES_FILE_NAME = "codes.yaml"
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
GUIDELINE_REF = re.compile(r"^[a-z0-9][a-z0-9_-]*(#[a-z0-9][a-z0-9_-]*)?$")

_TOP_FIELDS = {"id", "title", "version", "valid_from", "start", "nodes", "description"}
_FIELDS = {
    "question": {"kind", "text", "help", "options", "guidelines"},
    "note": {"kind", "text", "help", "next", "guidelines"},
    "outcome": {
        "kind",
        "counts",
        "level",
        "code",
        "doel",
        "title",
        "explanation",
        "guidelines",
    },
}
_OPTION_FIELDS = {"id", "label", "next"}


@dataclass
class LoadResult:
    """Trees that loaded and problems of those that did not."""

    trees: list[Tree] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class TreeUnreadableError(ProblemsError):
    """The file could not be read or is not YAML at all (as opposed to a wrong tree)."""


class _Reader:
    """Reads typed fields from YAML mappings, noting problems instead of raising."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def problem(self, line: int | None, where: str, message: str) -> None:
        self.problems.append(Problem(Location(self.source, line, where), message))

    def text(self, data: YamlMap, key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.problem(data.line, f"{where}{key}", "ontbreekt")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem(data.line_of(key), f"{where}{key}", "moet tekst zijn")
            return ""
        text = str(value).strip()
        if required and not text:
            self.problem(data.line_of(key), f"{where}{key}", "is leeg")
        return text

    def slug(self, data: YamlMap, key: str, where: str) -> str:
        value = self.text(data, key, where)
        if value and not SLUG.match(value):
            self.problem(
                data.line_of(key),
                f"{where}{key}",
                f'"{value}" is geen geldige id (kleine letters, cijfers en streepjes)',
            )
        return value

    def guidelines(self, data: YamlMap, where: str) -> tuple[str, ...]:
        value = data.get("guidelines")
        if value is None:
            return ()
        if not isinstance(value, YamlList):
            self.problem(data.line_of("guidelines"), f"{where}guidelines", "moet een lijst zijn")
            return ()
        result = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not GUIDELINE_REF.match(item):
                self.problem(
                    value.line_of(index),
                    f"{where}guidelines[{index}]",
                    f'"{item}" is geen richtlijn-id (zoals criterium-inzet of criterium-inzet#kop)',
                )
            else:
                result.append(item)
        return tuple(result)

    def unknown_fields(self, data: YamlMap, allowed: set[str], where: str) -> None:
        for key in data:
            if key not in allowed:
                names = ", ".join(sorted(allowed))
                self.problem(data.line_of(key), f"{where}{key}", f"onbekend veld; kies uit {names}")


def load_tree(path: Path) -> Tree:
    """Load one tree file; raises ProblemsError listing every problem found."""
    source = display_path(path)
    try:
        raw = read_text(path)
        data = parse_yaml(raw, source)
    except InputFileError as exc:
        raise TreeUnreadableError("Beslisboom onleesbaar", [_as_problem(exc, source)]) from None
    return build_tree(data, source, path=path, raw=raw.encode("utf-8"))


def parse_tree(text: str, source: str = "<tekst>") -> Tree:
    """Load a tree from YAML text (for tests and tools); same errors as load_tree."""
    try:
        data = parse_yaml(text, source)
    except InputFileError as exc:
        raise TreeUnreadableError("Beslisboom onleesbaar", [_as_problem(exc, source)]) from None
    return build_tree(data, source, path=None, raw=text.encode("utf-8"))


def build_tree(data: Any, source: str, *, path: Path | None, raw: bytes) -> Tree:
    """Turn parsed YAML into a Tree; raises ProblemsError with every problem."""
    reader = _Reader(source)
    if not isinstance(data, YamlMap):
        line = getattr(data, "line", 1)
        reader.problem(line, "", "een beslisboom moet een mapping zijn met id, title, nodes, ...")
        raise ProblemsError("Beslisboom onbruikbaar", reader.problems)
    reader.unknown_fields(data, _TOP_FIELDS, "")
    tree_id = reader.slug(data, "id", "")
    title = reader.text(data, "title", "")
    version = reader.text(data, "version", "")
    valid_from = _date(reader, data, "valid_from")
    start = reader.text(data, "start", "")
    description = reader.text(data, "description", "", required=False)
    nodes = _nodes(reader, data)
    # Refer to every declared id, so a node that failed to load does not also cause "onbekend".
    declared = set(data["nodes"]) if isinstance(data.get("nodes"), YamlMap) else set()
    if start and declared and start not in declared:
        reader.problem(data.line_of("start"), "start", f'onbekende node "{start}"')
    for node in nodes.values():
        for index, option in enumerate(outgoing(node)):
            if option.next and option.next not in declared:
                field_name = "next" if isinstance(node, Note) else f"options[{index}].next"
                reader.problem(
                    option.line, f"nodes.{node.id}.{field_name}", f'onbekende node "{option.next}"'
                )
    if reader.problems:
        raise ProblemsError("Beslisboom onbruikbaar", reader.problems)
    nodes.setdefault(ESCALATION_ID, DEFAULT_ESCALATION)
    return Tree(
        id=tree_id,
        title=title,
        version=version,
        valid_from=valid_from or dt.date.min,
        start=start,
        nodes=nodes,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        source=source,
        description=description,
    )


def _date(reader: _Reader, data: YamlMap, key: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        reader.problem(data.line, key, "ontbreekt (datum JJJJ-MM-DD)")
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        reader.problem(data.line_of(key), key, f'"{value}" is geen datum; schrijf JJJJ-MM-DD')
        return None


def _nodes(reader: _Reader, data: YamlMap) -> dict[str, Node]:
    raw_nodes = data.get("nodes")
    if raw_nodes is None:
        reader.problem(data.line, "nodes", "ontbreekt")
        return {}
    if not isinstance(raw_nodes, YamlMap) or not raw_nodes:
        reader.problem(
            data.line_of("nodes"), "nodes", "moet een niet-lege mapping van id naar node zijn"
        )
        return {}
    nodes: dict[str, Node] = {}
    for node_id, raw in raw_nodes.items():
        where = f"nodes.{node_id}."
        line = raw_nodes.line_of(node_id)
        if not SLUG.match(node_id):
            reader.problem(line, f"nodes.{node_id}", "geen geldige id (kleine letters, cijfers, -)")
            continue
        if not isinstance(raw, YamlMap):
            reader.problem(line, f"nodes.{node_id}", "moet een mapping zijn met kind, text, ...")
            continue
        kind = raw.get("kind")
        if kind not in NODE_KINDS:
            shown = "ontbreekt" if kind is None else f'"{kind}" is onbekend'
            reader.problem(
                raw.line_of("kind"), f"{where}kind", f"{shown}; kies uit {', '.join(NODE_KINDS)}"
            )
            continue
        reader.unknown_fields(raw, _FIELDS[kind], where)
        if kind == "question":
            node: Node | None = _question(reader, node_id, raw, where)
        elif kind == "note":
            node = Note(
                id=node_id,
                text=reader.text(raw, "text", where),
                next=reader.text(raw, "next", where),
                help=reader.text(raw, "help", where, required=False),
                guidelines=reader.guidelines(raw, where),
                line=raw.line,
                guidelines_line=raw.line_of("guidelines"),
            )
        else:
            node = _outcome(reader, node_id, raw, where)
        if node is not None:
            nodes[node_id] = node
    return nodes


def _question(reader: _Reader, node_id: str, raw: YamlMap, where: str) -> Question | None:
    text = reader.text(raw, "text", where)
    raw_options = raw.get("options")
    options: list[Option] = []
    if not isinstance(raw_options, YamlList) or not raw_options:
        message = "ontbreekt" if raw_options is None else "moet een niet-lege lijst zijn"
        reader.problem(raw.line_of("options"), f"{where}options", message)
    else:
        for index, item in enumerate(raw_options):
            at = f"{where}options[{index}]."
            if not isinstance(item, YamlMap):
                reader.problem(
                    raw_options.line_of(index), at[:-1], "moet een mapping zijn met id, label, next"
                )
                continue
            reader.unknown_fields(item, _OPTION_FIELDS, at)
            option_id = reader.slug(item, "id", at)
            if option_id in (UNKNOWN_OPTION_ID, CONTINUE_OPTION_ID):
                reader.problem(
                    item.line_of("id"),
                    f"{at}id",
                    f'"{option_id}" is gereserveerd; kies een andere id',
                )
            label = reader.text(item, "label", at)
            target = reader.text(item, "next", at)
            options.append(Option(option_id, label, target, item.line))
    return Question(
        id=node_id,
        text=text,
        options=tuple(options),
        help=reader.text(raw, "help", where, required=False),
        guidelines=reader.guidelines(raw, where),
        line=raw.line,
        guidelines_line=raw.line_of("guidelines"),
    )


def _outcome(reader: _Reader, node_id: str, raw: YamlMap, where: str) -> Outcome | None:
    counts = raw.get("counts")
    if not isinstance(counts, bool) and not (counts is None and node_id == ESCALATION_ID):
        reader.problem(
            raw.line_of("counts"), f"{where}counts", "moet ja (true) of nee (false) zijn"
        )
        counts = None
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        reader.problem(
            raw.line_of("level"),
            f"{where}level",
            f'"{level}" is onbekend; kies uit {", ".join(LEVELS)}',
        )
        level = None
    code = _code(reader, raw, "code", where)
    doel = _code(reader, raw, "doel", where)
    if counts is True and not code:
        reader.problem(
            raw.line, f"{where}code", "ontbreekt: een uitkomst die meetelt heeft een type"
        )
    if counts is False and code:
        reader.problem(
            raw.line_of("code"), f"{where}code", "een uitkomst die niet meetelt heeft geen type"
        )
    return Outcome(
        id=node_id,
        counts=counts,
        title=reader.text(raw, "title", where),
        explanation=reader.text(raw, "explanation", where, required=False),
        level=level,
        code=code,
        doel=doel,
        guidelines=reader.guidelines(raw, where),
        line=raw.line,
        guidelines_line=raw.line_of("guidelines"),
    )


def _code(reader: _Reader, raw: YamlMap, key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        reader.problem(raw.line_of(key), f"{where}{key}", 'moet een code zijn, zoals "42"')
        return None
    return str(value).strip() or None


def _as_problem(exc: SrgGuideError, source: str) -> Problem:
    return Problem(exc.where or Location(source), exc.message)


def tree_files(folder: Path) -> list[Path]:
    """The tree files in a folder: every .yaml/.yml file except codes.yaml."""
    files = [*folder.glob("*.yaml"), *folder.glob("*.yml")]
    return sorted(p for p in files if p.name != CODES_FILE_NAME)


def load_trees(folder: Path) -> LoadResult:
    """Load every tree in ``folder``; broken files end up in ``problems``."""
    result = LoadResult()
    seen: dict[tuple[str, dt.date], Tree] = {}
    for path in tree_files(folder):
        try:
            tree = load_tree(path)
        except ProblemsError as exc:
            result.problems.extend(exc.problems)
            continue
        key = (tree.id, tree.valid_from)
        if key in seen:
            result.problems.append(
                Problem(
                    Location(tree.source, None, "valid_from"),
                    f'boom "{tree.id}" met dezelfde valid_from staat ook in {seen[key].source}',
                )
            )
            continue
        seen[key] = tree
        result.trees.append(tree)
    return result


def tree_in_force(
    trees: list[Tree], as_of: dt.date | None = None, tree_id: str | None = None
) -> Tree:
    """The version in force on ``as_of`` (default today): latest valid_from not after it."""
    day = as_of or dt.date.today()
    candidates = [t for t in trees if tree_id is None or t.id == tree_id]
    if tree_id is None and any(t.id == "srg" for t in candidates):
        candidates = [t for t in candidates if t.id == "srg"]
    in_force = [t for t in candidates if t.valid_from <= day]
    if not in_force:
        name = f'boom "{tree_id}"' if tree_id else "beslisboom"
        raise SrgGuideError(
            "Geen beslisboom",
            f"geen {name} geldig op {day.isoformat()}",
        )
    return max(in_force, key=lambda t: t.valid_from)


def open_tree(
    trees_dir: Path | str | None = None,
    as_of: dt.date | None = None,
    tree_file: Path | None = None,
) -> Tree:
    """The tree to walk: ``tree_file`` if given, else the one in force in the trees folder.

    Raises ProblemsError when any tree in the folder is broken, so nothing is silently skipped.
    """
    if tree_file is not None:
        return _walkable(load_tree(tree_file))
    result = load_trees(data_dir("trees", trees_dir))
    if result.problems:
        raise ProblemsError("Beslisboom onbruikbaar", result.problems)
    return _walkable(tree_in_force(result.trees, as_of))


def _walkable(tree: Tree) -> Tree:
    """Refuse a tree with a loop: a walk by given answers would never end."""
    from srg_guide.tree.validate import cycle_problems

    cycles = cycle_problems(tree)
    if cycles:
        raise ProblemsError("Beslisboom onbruikbaar", cycles)
    return tree
