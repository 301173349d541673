"""Load decision trees from YAML, collecting every problem with file, line and field.

``load_tree(path)`` returns a Tree or raises one FieldProblemsError (a ProblemsError) listing
all problems;
``load_trees(folder)`` loads every tree file (all ``*.yaml`` except codes.yaml) and
returns ``LoadResult(trees, problems)``; ``tree_in_force`` picks the version in force.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
from srg_guide.tree.model import DEFAULT_ESCALATION, ESCALATION_ID, Note, Tree, outgoing
from srg_guide.tree.nodes import NodeReader, read_nodes
from srg_guide.yamlio import YamlMap, parse_yaml, read_text

CODES_FILE_NAME = "codes.yaml"

_TOP_FIELDS = {"id", "title", "version", "valid_from", "start", "nodes", "description", "default"}


@dataclass
class LoadResult:
    """Trees that loaded and problems of those that did not."""

    trees: list[Tree] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class TreeUnreadableError(ProblemsError):
    """The file could not be read or is not YAML at all (as opposed to a wrong tree)."""


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
    reader = NodeReader(source)
    if not isinstance(data, YamlMap):
        line = getattr(data, "line", 1)
        reader.problem(line, "", "een beslisboom moet een mapping zijn met id, title, nodes, ...")
        reader.raise_problems("Beslisboom onbruikbaar")
    reader.unknown_fields(data, _TOP_FIELDS, "")
    tree_id = reader.slug(data, "id", "")
    title = reader.text(data, "title", "")
    version = reader.text(data, "version", "")
    valid_from = reader.date(data, "valid_from")
    start = reader.text(data, "start", "")
    description = reader.text(data, "description", "", required=False)
    default = reader.boolean(data, "default", "", default=False)
    nodes = read_nodes(reader, data)
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
    reader.raise_problems("Beslisboom onbruikbaar")
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
        default=default,
    )


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
    if tree_id is None and any(t.default for t in candidates):
        # Several trees in one folder: the one marked ``default: true`` is used.
        candidates = [t for t in candidates if t.default]
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
