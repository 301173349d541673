"""``srg-guide present --export webinar.html``: one self-contained HTML file that plays scenarios.

No network requests: styles, script, data and the tree drawing are all inside the file, so
it works from file:// and as a mail attachment.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from srg_guide.atomic import write_atomic
from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, display_path
from srg_guide.guidelines.library import Library, load_library
from srg_guide.locations import data_dir
from srg_guide.tree.codes import CodeTable, codes_for
from srg_guide.tree.loader import open_tree
from srg_guide.tree.model import Tree
from srg_guide.tree.scenario import Scenario, load_scenario, load_scenarios
from srg_guide.webinar.steps import Step, scenario_steps
from srg_guide.webinar.tree_svg import tree_svg

LETTERS = "ABCDEFGHI"


@dataclass
class Webinar:
    """What a webinar plays: a tree, its guidelines and codes, and a set of scenarios."""

    tree: Tree
    library: Library
    codes: CodeTable
    scenarios: list[Scenario]
    problems: list[Problem] = field(default_factory=list)

    def steps(self, scenario: Scenario) -> list[Step]:
        """The steps of one scenario's walk."""
        return scenario_steps(self.tree, scenario, self.library, self.codes)


def load_webinar(
    trees: Path | str | None,
    guidelines: Path | str | None,
    scenarios: Path | None,
    as_of: dt.date | None = None,
    tables: Path | str | None = None,
) -> Webinar:
    """Tree, library, codes (with the organisation's own codes from ``tables``) and scenarios
    (a file, a folder, or the bundled scenarios)."""
    tree = open_tree(trees, as_of)
    source = scenarios if scenarios is not None else data_dir("scenarios")
    problems: list[Problem] = []
    if source.is_file():
        found = [load_scenario(source)]
    elif source.is_dir():
        found, problems = load_scenarios(source)
    else:
        raise InputFileError(
            "voorbeelden niet gevonden; geef een bestand of map met --scenario",
            Location(display_path(source)),
        )
    if problems:
        raise ProblemsError("Voorbeelden onleesbaar", problems)
    if not found:
        raise InputFileError(
            "geen voorbeelden (*.yaml) in deze map", Location(display_path(source))
        )
    library = load_library(guidelines, as_of)
    return Webinar(tree, library, codes_for(tree.path, trees, tables), found)


def _step_data(step: Step) -> dict[str, Any]:
    return {
        "kind": step.kind,
        "text": step.text,
        "options": [
            {"id": oid, "letter": LETTERS[i] if i < len(LETTERS) else "", "label": label}
            for i, (oid, label) in enumerate(step.options)
        ],
        "answer": step.answer_id,
        "answerLabel": step.answer_label,
        "why": step.why.text,
        "guidelineTitle": step.why.guideline_title,
        "guidelineText": step.why.guideline_text,
        "verdict": list(step.verdict),
        "path": list(step.path),
    }


def webinar_data(webinar: Webinar) -> dict[str, Any]:
    """Plain data the page plays: one entry per scenario with its steps."""
    return {
        "tree": {"id": webinar.tree.id, "version": webinar.tree.version},
        "scenarios": [
            {
                "name": scenario.name,
                "description": " ".join(scenario.description.split()),
                "steps": [_step_data(step) for step in webinar.steps(scenario)],
            }
            for scenario in webinar.scenarios
        ],
    }


def render_webinar(webinar: Webinar) -> str:
    """The HTML text."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("srg_guide", "templates"), autoescape=True
    )
    data = json.dumps(webinar_data(webinar), ensure_ascii=False)
    # Inside <script> only "</" can end the element early; escape it.
    data = data.replace("</", "<\\/")
    return environment.get_template("webinar.html").render(
        tree=webinar.tree,
        data=data,
        svg=tree_svg(webinar.tree, f"De beslisboom {webinar.tree.title}"),
        scenarios=webinar.scenarios,
    )


def write_webinar(webinar: Webinar, path: Path) -> None:
    """Write the webinar HTML atomically."""
    write_atomic(path, render_webinar(webinar))
