"""Safe YAML loading that keeps the line of every mapping key and list item.

Mappings load as :class:`YamlMap` and lists as :class:`YamlList`; both remember
their own line and the lines of their entries, so loaders can report
``file:line: field: message`` for any value.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from srg_guide.errors import InputFileError, Location, display_path, os_reason
from srg_guide.inputs import read_capped

MAX_YAML_BYTES = 8 << 20
"""A tree, layout, table or scenario file may be at most 8 MiB."""


class YamlMap(dict[str, Any]):
    """A YAML mapping that knows the line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        """Line of ``key``, or of the mapping itself when the key is absent."""
        return self.key_lines.get(key, self.line)


class YamlList(list[Any]):
    """A YAML sequence that knows the line of itself and of each item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        """Line of item ``index``, or of the list itself when out of range."""
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


MAX_DEPTH = 50
"""Deepest nesting of lists and mappings; our files need fewer than ten levels."""
MAX_ALIAS_VALUES = 10_000
"""Values that aliases (*naam) may repeat in one file, against "billion laughs" bombs."""


def _mark(event: yaml.Event) -> Any:
    """Where ``event`` starts (PyYAML's or libyaml's mark; both have ``line``)."""
    return event.start_mark


class _GuardedComposer(yaml.composer.Composer):
    """Composer that refuses deep nesting and "billion laughs" alias bombs."""

    def _start_guard(self) -> None:
        self._depth = 0
        self._alias_values = 0
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, yaml.AliasEvent):
            anchored = self.anchors.get(event.anchor or "")
            if anchored is not None:
                self._alias_values += self._size(anchored)
                if self._alias_values > MAX_ALIAS_VALUES:
                    raise yaml.composer.ComposerError(
                        None, None, "te veel herhaling via verwijzingen (*alias)", _mark(event)
                    )
            return yaml.composer.Composer.compose_node(self, parent, index)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None, None, f"te diep genest (meer dan {MAX_DEPTH} niveaus)", _mark(event)
            )
        try:
            return yaml.composer.Composer.compose_node(self, parent, index)
        finally:
            self._depth -= 1

    def _size(self, node: yaml.Node) -> int:
        """Values in ``node`` with every alias expanded (memoised: aliases share nodes)."""
        known = self._sizes.get(id(node))
        if known is not None:
            return known
        size = 1
        if isinstance(node, yaml.SequenceNode):
            size += sum(self._size(child) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            size += sum(self._size(k) + self._size(v) for k, v in node.value)
        self._sizes[id(node)] = size
        return size


class _PureLineLoader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    _GuardedComposer,
    yaml.constructor.SafeConstructor,
    yaml.resolver.Resolver,
):
    """The line-keeping safe loader in pure Python (when PyYAML has no libyaml)."""

    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _GuardedComposer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self._start_guard()


_Loader: Any = _PureLineLoader
if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastLineLoader(
        _GuardedComposer,
        CParser,
        yaml.constructor.SafeConstructor,
        yaml.resolver.Resolver,
    ):
        """libyaml scans and parses (about five times faster); Python composes, with the guard."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _GuardedComposer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._start_guard()

    _Loader = _FastLineLoader


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> YamlMap:
    loader.flatten_mapping(node)
    result = YamlMap()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "sleutel moet tekst zijn", key_node.start_mark
            )
        key = str(key)
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f'sleutel "{key}" staat er twee keer', key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


def _construct_sequence(
    loader: yaml.constructor.SafeConstructor, node: yaml.SequenceNode
) -> YamlList:
    result = YamlList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


def _add_line_constructors(loader: Any) -> None:
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


_add_line_constructors(_PureLineLoader)
_add_line_constructors(_Loader)


# PyYAML's problem texts, most specific first, with a plain Dutch explanation.
_DUTCH_PROBLEMS = (
    (
        "mapping values are not allowed",
        "hier mag geen dubbele punt staan; zet tekst met ':' tussen "
        "aanhalingstekens of controleer de inspringing",
    ),
    ("could not find expected ':'", "hier ontbreekt een dubbele punt na de sleutel"),
    ("cannot start any token", "een tab of vreemd teken aan het begin; spring in met spaties"),
    ("expected ',' or ']'", "een lijst tussen [ en ] is niet goed afgesloten"),
    ("expected ',' or '}'", "een blok tussen { en } is niet goed afgesloten"),
    ("did not find expected key", "de inspringing klopt niet of er ontbreekt een '-'"),
    ("did not find expected '-'", "de inspringing klopt niet: verwacht een lijstregel met '-'"),
    ("expected <block end>", "de inspringing klopt niet"),
    ("found unexpected end of stream", "een aanhalingsteken is niet afgesloten"),
    ("expected the node content", "hier ontbreekt een waarde; is het bestand onvolledig?"),
    ("found undefined alias", "onbekende verwijzing (*alias)"),
    ("te veel herhaling", "te veel herhaling via verwijzingen (*alias); schrijf de waarden uit"),
    ("te diep genest", f"te diep genest (meer dan {MAX_DEPTH} niveaus)"),
    ("exceeded maximum nesting depth", f"te diep genest (meer dan {MAX_DEPTH} niveaus)"),
    ("could not determine a constructor", "deze YAML-tag is niet toegestaan"),
    ("found unknown escape character", "onbekend escape-teken na een backslash"),
)


def _dutch_problem(problem: str) -> str:
    """A Dutch explanation of a PyYAML problem, falling back to its own text."""
    for english, dutch in _DUTCH_PROBLEMS:
        if english in problem:
            return dutch
    return problem


def parse_yaml(text: str, source: str) -> Any:
    """Parse YAML text; any syntax problem becomes an InputFileError naming ``source`` and line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        # An unclosed list, block or quote is best found where it opens.
        opened = (exc.context or "").startswith(("while parsing a flow", "while scanning a quoted"))
        mark = (exc.context_mark if opened else None) or exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "onbekende fout"
        raise InputFileError(
            f"geen geldige YAML: {_dutch_problem(problem)}", Location(source, line)
        ) from None
    except yaml.YAMLError as exc:
        raise InputFileError(f"geen geldige YAML: {exc}", Location(source)) from None
    except (RecursionError, ValueError, TypeError, OverflowError) as exc:
        raise InputFileError(f"geen geldige YAML: {exc}", Location(source)) from None


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, turning OS and encoding errors into InputFileError."""
    source = display_path(path)
    try:
        data = read_capped(path, MAX_YAML_BYTES)
    except FileNotFoundError:
        raise InputFileError("bestand niet gevonden", Location(source)) from None
    except IsADirectoryError:
        raise InputFileError("dit is een map, geen bestand", Location(source)) from None
    except OSError as exc:
        raise InputFileError(
            f"kan bestand niet lezen ({os_reason(exc)})", Location(source)
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputFileError("tekst is geen UTF-8", Location(source, line)) from None


def load_yaml(path: Path) -> Any:
    """Read and parse a YAML file with line information."""
    return parse_yaml(read_text(path), display_path(path))
