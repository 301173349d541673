"""Open points and alternatives: what the outcome is if an uncertain answer turns out otherwise.

An open point is a "weet ik niet" answer, or a grey-area answer whose option carries a
``condition``. For each one the alternatives are walked too: the other options (for
"weet ik niet") or the option named in ``condition.otherwise``. Later questions on an
alternative path take the answer given on the real path when there is one, else their
assumption; a question without an assumption leaves the alternative open (outcome None).
An open point is material when some alternative ends in a different outcome (an
alternative that is itself still open does not count: it states nothing), and always
when "weet ik niet" stopped the walk.
"""

from __future__ import annotations

from dataclasses import dataclass

from srg_guide.tree.model import (
    CONTINUE_OPTION_ID,
    DEFAULT_ASK,
    OTHERWISE_LABEL,
    UNKNOWN_LABEL,
    UNKNOWN_OPTION_ID,
    Node,
    Note,
    Option,
    Outcome,
    Question,
    Tree,
)

Answers = list[tuple[str, str]]


@dataclass(frozen=True)
class Alternative:
    """The outcome if the open point is answered with ``option_id`` instead."""

    option_id: str
    label: str
    outcome: Outcome | None
    doel: str | None = None
    assumed_questions: tuple[str, ...] = ()
    open_question: str | None = None  # the question it stops at when the outcome is still open
    doel_assumed: bool = False  # the doel rests on "weet ik niet" on this path


@dataclass(frozen=True)
class OpenPoint:
    """An answer the outcome depends on: what was asked and answered, the condition, whom to ask."""

    question_id: str
    question: str
    answer: str
    condition: str
    ask: str
    assumed: str | None
    alternatives: tuple[Alternative, ...]
    material: bool

    @property
    def is_unknown(self) -> bool:
        """True for a "weet ik niet" answer (else a grey-area answer)."""
        return self.answer == UNKNOWN_LABEL


def effective_option(node: Question, option_id: str) -> Option | None:
    """The authored option an answer stands for ("weet ik niet" -> the assumed option)."""
    if option_id == UNKNOWN_OPTION_ID:
        return node.assumed_option
    return node.option(option_id)


def facts_of(tree: Tree, answers: Answers) -> dict[str, str]:
    """Values recorded on the path, such as the doel inzet."""
    facts: dict[str, str] = {}
    for node_id, option_id in answers:
        node = tree.nodes.get(node_id)
        if isinstance(node, Question) and node.records:
            option = effective_option(node, option_id)
            if option is not None and option.value is not None:
                facts[node.records] = option.value
    return facts


def assumed_facts(tree: Tree, answers: Answers) -> set[str]:
    """The recorded facts (such as "doel") whose question was answered "weet ik niet"."""
    found = set()
    for node_id, option_id in answers:
        node = tree.nodes.get(node_id)
        if isinstance(node, Question) and node.records and option_id == UNKNOWN_OPTION_ID:
            found.add(node.records)
    return found


def _verdict_key(outcome: Outcome | None, doel: str | None) -> tuple[object, ...]:
    if outcome is None:
        return (None,)
    counted_doel = doel if outcome.counts else None
    return (outcome.counts, outcome.type, counted_doel, outcome.action, outcome.level)


def _walk_alternative(
    tree: Tree, answers: Answers, index: int, option_id: str
) -> tuple[Outcome | Question | None, Answers, tuple[str, ...]]:
    """Walk on from another answer: the outcome, or the question with no answer to go on."""
    given = dict(answers)
    path: Answers = [*answers[:index], (answers[index][0], option_id)]
    assumed: list[str] = []
    node: Node = tree.node(_next_of(tree.node(answers[index][0]), option_id))
    for _ in range(len(tree.nodes) + 1):
        if isinstance(node, Outcome):
            return node, path, tuple(assumed)
        if isinstance(node, Note):
            choice = CONTINUE_OPTION_ID
        elif node.id in given:
            choice = given[node.id]
        elif node.assumed_option is not None:
            choice = UNKNOWN_OPTION_ID
            assumed.append(node.id)
        else:
            return node, path, tuple(assumed)
        path.append((node.id, choice))
        node = tree.node(_next_of(node, choice))
    return None, path, tuple(assumed)


def _next_of(node: Node, option_id: str) -> str:
    return next(o.next for o in node.choices if o.id == option_id)


def _alternatives(
    tree: Tree, answers: Answers, index: int, others: list[Option]
) -> list[Alternative]:
    """Each other option walked on; or, when a grey-area option's ``otherwise`` names an
    outcome instead of an option, that outcome."""
    node_id, option_id = answers[index]
    node = tree.node(node_id)
    chosen = node.option(option_id) if isinstance(node, Question) else None
    wanted = chosen.condition.otherwise if chosen and chosen.condition else None
    target = tree.nodes.get(wanted or "")
    if isinstance(target, Outcome) and isinstance(node, Question) and not node.option(wanted or ""):
        return [Alternative(target.id, OTHERWISE_LABEL, target)]
    alternatives = []
    for other in others:
        reached, path, assumed_questions = _walk_alternative(tree, answers, index, other.id)
        doel = facts_of(tree, path).get("doel")
        outcome = reached if isinstance(reached, Outcome) else None
        stop = reached.text if isinstance(reached, Question) else None
        doel_assumed = "doel" in assumed_facts(tree, path)
        alternatives.append(
            Alternative(other.id, other.label, outcome, doel, assumed_questions, stop, doel_assumed)
        )
    return alternatives


def open_points(tree: Tree, answers: Answers, outcome: Outcome | None) -> list[OpenPoint]:
    """Every open point on the path, material or not, in path order."""
    actual = _verdict_key(outcome, facts_of(tree, answers).get("doel"))
    points = []
    for index, (node_id, option_id) in enumerate(answers):
        node = tree.nodes.get(node_id)
        if not isinstance(node, Question):
            continue
        if option_id == UNKNOWN_OPTION_ID:
            assumed = node.assumed_option
            unknown = node.unknown
            condition = (unknown and unknown.condition) or f"u het antwoord weet op: {node.text}"
            ask = unknown.ask if unknown else DEFAULT_ASK
            others = [o for o in node.options if assumed is None or o.id != assumed.id]
            answer, assumed_label = UNKNOWN_LABEL, assumed.label if assumed else None
        else:
            option = node.option(option_id)
            if option is None or option.condition is None:
                continue
            condition, ask = option.condition.text, option.condition.ask
            wanted = option.condition.otherwise
            others = [
                o for o in node.options if o.id != option.id and (not wanted or o.id == wanted)
            ]
            answer, assumed_label = option.label, None
        alternatives = _alternatives(tree, answers, index, others)
        escalated = option_id == UNKNOWN_OPTION_ID and node.assumed_option is None
        material = escalated or any(
            a.outcome is not None and _verdict_key(a.outcome, a.doel) != actual
            for a in alternatives
        )
        points.append(
            OpenPoint(
                node.id,
                node.text,
                answer,
                condition,
                ask,
                assumed_label,
                tuple(alternatives),
                material,
            )
        )
    return points
