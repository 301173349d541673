"""YAML nodes to the tree model: questions, notes and outcomes, every problem with file:line.

``NodeReader`` (the shared FieldReader plus guideline references) collects every problem;
``read_nodes(reader, data)`` turns the ``nodes:`` mapping into Question, Note and Outcome.
Used by loader.py, which checks the top level and the references between nodes.
"""

from __future__ import annotations

import re

from srg_guide.tree.model import (
    ACTIONS,
    CONTINUE_OPTION_ID,
    DEFAULT_ASK,
    ESCALATION_ID,
    LEVELS,
    NODE_KINDS,
    RECORDED_FACTS,
    UNKNOWN_OPTION_ID,
    Condition,
    Node,
    Note,
    Option,
    Outcome,
    OutcomeWarning,
    Question,
    UnknownRule,
)
from srg_guide.yamlfields import SLUG, FieldReader
from srg_guide.yamlio import YamlList, YamlMap

GUIDELINE_REF = re.compile(r"^[a-z0-9][a-z0-9_-]*(#[a-z0-9][a-z0-9_-]*)?$")

_FIELDS = {
    "question": {"kind", "text", "help", "options", "guidelines", "records", "unknown"},
    "note": {"kind", "text", "help", "next", "guidelines"},
    "outcome": {
        "kind",
        "counts",
        "level",
        "type",
        "title",
        "verdict",
        "reason",
        "explanation",
        "warnings",
        "action",
        "part_answers",
        "guidelines",
    },
}
_OPTION_FIELDS = {"id", "label", "next", "guidelines", "condition", "value"}
_CONDITION_FIELDS = {"text", "ask", "otherwise"}
_UNKNOWN_FIELDS = {"assume", "condition", "ask"}
_WARNING_FIELDS = {"text", "doel"}


class NodeReader(FieldReader):
    """The field reader of one tree file, which also reads guideline references."""

    def guidelines(self, data: YamlMap, at: str) -> tuple[str, ...]:
        value = data.get("guidelines")
        if value is None:
            return ()
        if not isinstance(value, YamlList):
            self.problem_at(data, "guidelines", at, "moet een lijst zijn")
            return ()
        result = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or not GUIDELINE_REF.match(item):
                message = (
                    f'"{item}" is geen richtlijn-id (zoals criterium-inzet of criterium-inzet#kop)'
                )
                self.problem_at(value, index, f"{at}.guidelines", message)
            else:
                result.append(item)
        return tuple(result)


def read_nodes(reader: NodeReader, data: YamlMap) -> dict[str, Node]:
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
        where = f"nodes.{node_id}"
        line = raw_nodes.line_of(node_id)
        if not SLUG.fullmatch(node_id):
            reader.problem(line, f"nodes.{node_id}", "geen geldige id (kleine letters, cijfers, -)")
            continue
        if not isinstance(raw, YamlMap):
            reader.problem(line, f"nodes.{node_id}", "moet een mapping zijn met kind, text, ...")
            continue
        kind = raw.get("kind")
        if kind not in NODE_KINDS:
            shown = "ontbreekt" if kind is None else f'"{kind}" is onbekend'
            reader.problem_at(raw, "kind", where, f"{shown}; kies uit {', '.join(NODE_KINDS)}")
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
    _check_otherwise(reader, nodes)
    return nodes


def _check_otherwise(reader: NodeReader, nodes: dict[str, Node]) -> None:
    """``condition.otherwise`` names another option of the question, or an outcome."""
    outcome_ids = {n.id for n in nodes.values() if isinstance(n, Outcome)}
    for node in nodes.values():
        if not isinstance(node, Question):
            continue
        for index, option in enumerate(node.options):
            otherwise = option.condition.otherwise if option.condition else None
            if otherwise is None or otherwise in outcome_ids or node.option(otherwise):
                continue
            reader.problem(
                option.line,
                f"nodes.{node.id}.options[{index}].condition.otherwise",
                f'onbekende keuze of uitkomst "{otherwise}"',
            )


def _question(reader: NodeReader, node_id: str, raw: YamlMap, where: str) -> Question | None:
    text = reader.text(raw, "text", where)
    raw_options = raw.get("options")
    options: list[Option] = []
    if not isinstance(raw_options, YamlList) or not raw_options:
        message = "ontbreekt" if raw_options is None else "moet een niet-lege lijst zijn"
        reader.problem_at(raw, "options", where, message)
    else:
        for index, item in enumerate(raw_options):
            at = f"{where}.options[{index}]"
            if not isinstance(item, YamlMap):
                reader.problem(
                    raw_options.line_of(index), at, "moet een mapping zijn met id, label, next"
                )
                continue
            reader.unknown_fields(item, _OPTION_FIELDS, at)
            option_id = reader.slug(item, "id", at)
            if option_id in (UNKNOWN_OPTION_ID, CONTINUE_OPTION_ID):
                reader.problem_at(
                    item,
                    "id",
                    at,
                    f'"{option_id}" is gereserveerd; kies een andere id',
                )
            label = reader.text(item, "label", at)
            target = reader.text(item, "next", at)
            value = reader.text(item, "value", at, required=False) or None
            options.append(
                Option(
                    option_id,
                    label,
                    target,
                    item.line,
                    guidelines=reader.guidelines(item, at),
                    condition=_condition(reader, item, at),
                    value=value,
                )
            )
    records = reader.text(raw, "records", where, required=False) or None
    if records is not None and records not in RECORDED_FACTS:
        reader.problem_at(raw, "records", where, f"kies uit {', '.join(RECORDED_FACTS)}")
    if records is not None:
        for index, option in enumerate(options):
            if option.value is None:
                reader.problem(
                    option.line, f"{where}.options[{index}].value", f"ontbreekt ({records})"
                )
    unknown = _unknown(reader, raw, where, {o.id for o in options})
    return Question(
        id=node_id,
        text=text,
        options=tuple(options),
        help=reader.text(raw, "help", where, required=False),
        guidelines=reader.guidelines(raw, where),
        line=raw.line,
        guidelines_line=raw.line_of("guidelines"),
        records=records,
        unknown=unknown,
    )


def _condition(reader: NodeReader, item: YamlMap, at: str) -> Condition | None:
    raw = item.get("condition")
    if raw is None:
        return None
    if not isinstance(raw, YamlMap):
        reader.problem_at(item, "condition", at, "moet text, ask, otherwise hebben")
        return None
    reader.unknown_fields(raw, _CONDITION_FIELDS, f"{at}.condition")
    return Condition(
        text=reader.text(raw, "text", f"{at}.condition"),
        ask=reader.text(raw, "ask", f"{at}.condition", required=False) or DEFAULT_ASK,
        otherwise=reader.text(raw, "otherwise", f"{at}.condition", required=False) or None,
    )


def _unknown(
    reader: NodeReader, raw: YamlMap, where: str, option_ids: set[str]
) -> UnknownRule | None:
    value = raw.get("unknown")
    if value is None:
        return None
    at = f"{where}.unknown"
    if not isinstance(value, YamlMap):
        reader.problem_at(raw, "unknown", where, "moet assume en condition, of ask hebben")
        return None
    reader.unknown_fields(value, _UNKNOWN_FIELDS, at)
    # Without assume, "weet ik niet" still escalates; ask then only says who knows the answer.
    assume = reader.text(value, "assume", at, required="ask" not in value)
    if assume and option_ids and assume not in option_ids:
        reader.problem_at(value, "assume", at, f'onbekende keuze "{assume}"')
    return UnknownRule(
        assume=assume,
        condition=reader.text(value, "condition", at, required=bool(assume)),
        ask=reader.text(value, "ask", at, required=False) or DEFAULT_ASK,
    )


def _outcome(reader: NodeReader, node_id: str, raw: YamlMap, where: str) -> Outcome | None:
    counts = raw.get("counts")
    if not isinstance(counts, bool) and not (counts is None and node_id == ESCALATION_ID):
        reader.problem_at(raw, "counts", where, "moet ja (true) of nee (false) zijn")
        counts = None
    level = raw.get("level")
    if level is not None and level not in LEVELS:
        reader.problem_at(
            raw,
            "level",
            where,
            f'"{level}" is onbekend; kies uit {", ".join(LEVELS)}',
        )
        level = None
    type_id = reader.code(raw, "type", where)
    if counts is True and not type_id:
        reader.problem(
            raw.line, f"{where}.type", "ontbreekt: een uitkomst die meetelt heeft een type"
        )
    if counts is False and type_id:
        reader.problem_at(raw, "type", where, "een uitkomst die niet meetelt heeft geen type")
    action = reader.text(raw, "action", where, required=False) or None
    if action is not None and action not in ACTIONS:
        reader.problem_at(raw, "action", where, f"kies uit {', '.join(ACTIONS)}")
    return Outcome(
        id=node_id,
        counts=counts,
        title=reader.text(raw, "title", where),
        explanation=reader.text(raw, "explanation", where, required=False),
        level=level,
        type=type_id,
        verdict=reader.text(raw, "verdict", where, required=False),
        reason=reader.text(raw, "reason", where, required=False),
        warnings=_warnings(reader, raw, where),
        action=action,
        part_answers=_part_answers(reader, raw, where),
        guidelines=reader.guidelines(raw, where),
        line=raw.line,
        guidelines_line=raw.line_of("guidelines"),
    )


def _warnings(reader: NodeReader, raw: YamlMap, where: str) -> tuple[OutcomeWarning, ...]:
    value = raw.get("warnings")
    if value is None:
        return ()
    if not isinstance(value, YamlList):
        reader.problem_at(raw, "warnings", where, "moet een lijst zijn")
        return ()
    result = []
    for index, item in enumerate(value):
        at = f"{where}.warnings[{index}]"
        if isinstance(item, str):
            result.append(OutcomeWarning(item.strip()))
        elif isinstance(item, YamlMap):
            reader.unknown_fields(item, _WARNING_FIELDS, at)
            doel = reader.code(item, "doel", at)
            result.append(OutcomeWarning(reader.text(item, "text", at), doel))
        else:
            reader.problem(value.line_of(index), at, "moet tekst zijn, of text met doel")
    return tuple(result)


def _part_answers(reader: NodeReader, raw: YamlMap, where: str) -> tuple[tuple[str, str], ...]:
    value = raw.get("part_answers")
    if value is None:
        return ()
    if not isinstance(value, YamlMap):
        reader.problem_at(raw, "part_answers", where, "moet een mapping zijn")
        return ()
    return tuple((str(k), str(v)) for k, v in value.items())
