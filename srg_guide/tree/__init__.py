"""The decision-tree core: model, loader, session, rationale, scenarios, lint; no textual.

Typical use::

    from srg_guide.tree import load_trees, tree_in_force, TreeSession
    result = load_trees(data_dir("trees"))          # LoadResult(trees, problems)
    session = TreeSession(tree_in_force(result.trees, as_of))
    session.current                                 # Question, Note or Outcome
    session.answer(session.current.choices[0].id)   # choices include "weet ik niet"
    session.back(); session.change("fin-budget"); session.confirm()
    session.open_points; session.doel               # conditional outcome: what it depends on
    build_rationale(session, codes_for())           # then to_markdown / to_text / to_json
    render_escalation(rationale, "md")              # the escalation note
"""

from srg_guide.tree.codes import CodeTable, Doel, TypeCode, codes_for, load_codes
from srg_guide.tree.conditional import Alternative, OpenPoint
from srg_guide.tree.escalation import ESCALATION_FORMATS, needs_escalation, render_escalation
from srg_guide.tree.loader import (
    LoadResult,
    TreeUnreadableError,
    build_tree,
    load_tree,
    load_trees,
    open_tree,
    parse_tree,
    tree_files,
    tree_in_force,
)
from srg_guide.tree.model import (
    ACTION_WALK_PARTS,
    CONTINUE_OPTION_ID,
    ESCALATION_ID,
    LEVELS,
    NODE_KINDS,
    UNKNOWN_OPTION_ID,
    Node,
    Note,
    Option,
    Outcome,
    OutcomeWarning,
    Question,
    Tree,
    outgoing,
)
from srg_guide.tree.rationale import (
    RATIONALE_FORMATS,
    Rationale,
    build_rationale,
    format_for,
    render,
    to_json,
    to_markdown,
    to_text,
)
from srg_guide.tree.scenario import (
    RunResult,
    Scenario,
    ScenarioResult,
    answer_for,
    answered_session,
    load_answers,
    load_scenario,
    load_scenarios,
    open_point_coverage,
    outcome_coverage,
    run_answers,
    run_scenario,
)
from srg_guide.tree.session import Step, TreeSession, load_session

__all__ = [
    "ACTION_WALK_PARTS",
    "CONTINUE_OPTION_ID",
    "ESCALATION_FORMATS",
    "ESCALATION_ID",
    "LEVELS",
    "NODE_KINDS",
    "RATIONALE_FORMATS",
    "UNKNOWN_OPTION_ID",
    "Alternative",
    "CodeTable",
    "Doel",
    "LoadResult",
    "Node",
    "Note",
    "OpenPoint",
    "Option",
    "Outcome",
    "OutcomeWarning",
    "Question",
    "Rationale",
    "RunResult",
    "Scenario",
    "ScenarioResult",
    "Step",
    "Tree",
    "TreeSession",
    "TreeUnreadableError",
    "TypeCode",
    "answer_for",
    "answered_session",
    "build_rationale",
    "build_tree",
    "codes_for",
    "format_for",
    "load_answers",
    "load_codes",
    "load_scenario",
    "load_scenarios",
    "load_session",
    "load_tree",
    "load_trees",
    "needs_escalation",
    "open_point_coverage",
    "open_tree",
    "outcome_coverage",
    "outgoing",
    "parse_tree",
    "render",
    "render_escalation",
    "run_answers",
    "run_scenario",
    "to_json",
    "to_markdown",
    "to_text",
    "tree_files",
    "tree_in_force",
]
