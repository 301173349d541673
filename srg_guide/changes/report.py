""" "Wat is er veranderd": the dated versions of guidelines and tree as one Markdown page,
shown by the app (Markdown widget) and the static site (the shared markdown setup)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from srg_guide.changes.guidelines import (
    ADDED,
    REMOVED,
    ModuleChange,
    changed_lines,
    dated_changes,
)
from srg_guide.changes.tree import OutcomeChange, compare_trees, not_compared
from srg_guide.guidelines.model import Module
from srg_guide.tree.model import Tree
from srg_guide.tree.scenario import Scenario

TITLE = "Wat is er veranderd"


@dataclass(frozen=True)
class TreeVersionChange:
    """Two consecutive versions of one tree and the scenario outcomes that differ."""

    old: Tree
    new: Tree
    outcomes: list[OutcomeChange]
    compared: int


def tree_version_changes(trees: list[Tree], scenarios: list[Scenario]) -> list[TreeVersionChange]:
    """For each tree id, every pair of consecutive dated versions, newest first."""
    by_id: dict[str, list[Tree]] = {}
    for tree in trees:
        by_id.setdefault(tree.id, []).append(tree)
    result = []
    for versions in by_id.values():
        ordered = sorted(versions, key=lambda t: t.valid_from)
        for old, new in itertools.pairwise(ordered):
            compared = len(scenarios) - len(not_compared(old, new, scenarios))
            result.append(TreeVersionChange(old, new, compare_trees(old, new, scenarios), compared))
    return sorted(result, key=lambda c: c.new.valid_from, reverse=True)


def _quote(lines: list[tuple[str, str]]) -> list[str]:
    words = {"-": "Was", "+": "Nu"}
    return [f"- **{words[mark]}:** {text}" for mark, text in lines]


def _module_section(change: ModuleChange) -> list[str]:
    lines = [
        f"### {change.title}",
        "",
        f"Oude versie: {change.old_label}. Nieuwe versie: {change.new_label}.",
        "",
    ]
    for paragraph in change.paragraphs:
        lines.append(f"**{paragraph.title}** ({paragraph.kind})")
        lines.append("")
        if paragraph.kind in (ADDED, REMOVED):
            text = paragraph.new_text if paragraph.kind == ADDED else paragraph.old_text
            lines += [f"> {line}" if line else ">" for line in text.splitlines()]
        else:
            lines += _quote(changed_lines(paragraph))
        lines.append("")
    return lines


def _tree_section(change: TreeVersionChange, scenario_count: int) -> list[str]:
    skipped = scenario_count - change.compared
    lines = [
        f"### {change.new.title}: versie {change.old.version} → {change.new.version}",
        "",
        f"Geldig vanaf {change.new.valid_from.isoformat()}. {change.compared} voorbeelden zijn "
        f"door beide versies gehaald; {_count(len(change.outcomes))} een andere uitkomst.",
        "",
    ]
    if skipped:
        lines += [
            f"Niet vergeleken: {skipped} voorbeelden komen in geen van beide versies tot een "
            "uitkomst; ze passen niet bij deze boom.",
            "",
        ]
    for outcome in change.outcomes:
        lines += [
            f"- **{outcome.scenario.name}**: was {outcome.old}; nu {outcome.new}. "
            f"Oorzaak: {outcome.cause}.",
        ]
    return [*lines, ""]


def _count(number: int) -> str:
    return "1 krijgt" if number == 1 else f"{number} krijgen"


def whats_new_markdown(
    versions: list[Module], trees: list[Tree], scenarios: list[Scenario] | None
) -> str:
    """The page: changed guideline modules, then changed tree versions, each with the text."""
    lines = [f"# {TITLE}", ""]
    module_changes = dated_changes(versions)
    lines += ["## Richtlijnen", ""]
    if module_changes:
        for change in module_changes:
            lines += _module_section(change)
    else:
        lines += ["Van geen enkele module zijn meerdere versies met een datum.", ""]
    lines += ["## Beslisboom", ""]
    if scenarios is None:
        lines += ["Niet vergeleken: er is geen map met voorbeelden (scenario's).", ""]
        return "\n".join(lines)
    tree_changes = tree_version_changes(trees, scenarios)
    if tree_changes:
        for tree_change in tree_changes:
            lines += _tree_section(tree_change, len(scenarios))
    else:
        names = ", ".join(f"{t.id} {t.version}" for t in trees) or "geen"
        lines += [f"Er is maar één versie van elke beslisboom ({names}); niets te vergelijken.", ""]
    return "\n".join(lines)
