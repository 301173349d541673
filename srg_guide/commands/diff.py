"""``srg-guide guidelines diff`` and ``srg-guide tree diff``: what changed between two versions.

Exit codes as diff(1): 0 no differences, 1 differences, 2 unusable input.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from srg_guide.commands.common import add_command


def add_guidelines_diff(actions: argparse._SubParsersAction[Any]) -> None:
    """Register ``guidelines diff OLD NEW``."""
    parser = add_command(
        actions, "diff", "toon per module welke paragrafen zijn toegevoegd, verwijderd of gewijzigd"
    )
    parser.add_argument("old", type=Path, metavar="OUD", help="oude module (.md) of map")
    parser.add_argument("new", type=Path, metavar="NIEUW", help="nieuwe module (.md) of map")
    parser.set_defaults(func=run_guidelines_diff)


def run_guidelines_diff(args: argparse.Namespace) -> int:
    from srg_guide.changes.guidelines import as_text, compare_paths

    changes = compare_paths(args.old, args.new)
    print(as_text(changes), end="")
    return 1 if changes else 0


def add_tree_diff(sub: argparse._SubParsersAction[Any]) -> None:
    """Register ``tree diff OLD NEW``."""
    parser = add_command(
        sub, "diff", "speel alle scenario's af op twee boomversies en toon wat anders uitkomt"
    )
    parser.add_argument("old", type=Path, metavar="OUD", help="oude boom (YAML)")
    parser.add_argument("new", type=Path, metavar="NIEUW", help="nieuwe boom (YAML)")
    parser.add_argument(
        "--scenarios",
        type=Path,
        default=None,
        metavar="MAP",
        help="map met scenario's (standaard de meegeleverde scenario's)",
    )
    parser.set_defaults(func=run_tree_diff)


def run_tree_diff(args: argparse.Namespace) -> int:
    from srg_guide.changes.tree import as_text, compare_trees, not_compared
    from srg_guide.errors import ProblemsError, SrgGuideError, display_path
    from srg_guide.locations import data_dir
    from srg_guide.tree import load_scenarios, load_tree

    scenario_dir = data_dir("scenarios", args.scenarios)
    old, new = load_tree(args.old), load_tree(args.new)
    scenarios, problems = load_scenarios(scenario_dir)
    if problems:
        raise ProblemsError("Scenario's onleesbaar", problems)
    if len(not_compared(old, new, scenarios)) == len(scenarios):
        where = display_path(scenario_dir)
        found = (
            f"geen van de {len(scenarios)} scenario's in {where} komt in een van beide bomen "
            "tot een uitkomst"
            if scenarios
            else f"geen scenario's gevonden in {where}"
        )
        raise SrgGuideError(
            "Niets vergeleken", f"{found}; kies met --scenarios een map die bij deze boom past"
        )
    changes = compare_trees(old, new, scenarios)
    print(as_text(old, new, changes, scenarios), end="")
    return 1 if changes else 0
