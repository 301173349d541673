"""The linter: each broken module gives a file:line message; shipped content is clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from srg_guide.errors import Location
from srg_guide.guidelines import Citations, GuidelineRef, Question, lint, load_library
from srg_guide.tree.codes import TypeCode

GOOD = """---
id: goed
title: Goed
codes: ["22"]
tags: [type]
valid_from: 2024-01-01
sources: [Nieuwsbrief SRG juni 2024]
---

# Goed

## Voorbeelden

Zie [slecht](slecht.md) en [code 22](code:22) en [de vraag](vraag:inzet).
"""

HEAD = "---\nid: slecht\ntitle: Slecht\ncodes: []\ntags: []\nvalid_from: 2024-01-01\nsources: [x]\n"

CODES = [TypeCode("participatieplaats", "Participatieplaats", code="22", code_source="cbs")]

BROKEN = [
    ("no-front-matter", "# Slecht\n", "slecht.md:1: front matter ontbreekt"),
    ("yaml-syntax", "---\nid: slecht\ntitle: [open\n---\n", "slecht.md:3: geen geldige YAML"),
    ("missing-title", HEAD.replace("title: Slecht\n", "") + "---\n", 'veld "title" ontbreekt'),
    ("bad-date", HEAD.replace("2024-01-01", "1-1-2024") + "---\n", "slecht.md:6: valid_from:"),
    ("unknown-field", HEAD + "auteur: jan\n---\n", "slecht.md:8: auteur: onbekend veld"),
    ("unknown-code", HEAD.replace("codes: []", "codes: ['77']") + "---\n", "slecht.md:4: codes:"),
    ("until-before", HEAD + "valid_until: 2020-01-01\n---\n", "slecht.md:8: valid_until: ligt"),
    ("broken-module", HEAD + "---\n\n[x](nergens.md)\n", 'slecht.md:10: link "nergens.md"'),
    ("broken-anchor", HEAD + "---\n\n\n[x](goed.md#nee)\n", 'slecht.md:11: link "goed.md#nee"'),
    ("own-anchor", HEAD + "---\n\n[x](#nee)\n", 'slecht.md:10: link "#nee": module "slecht"'),
    ("unknown-code-link", HEAD + "---\n\n[x](code:77)\n", 'slecht.md:10: link "code:77"'),
    ("unknown-question", HEAD + "---\n\na\n[x](vraag:nee)\n", 'slecht.md:11: link "vraag:nee"'),
    ("unknown-scheme", HEAD + "---\n\n[x](ftp://a)\n", 'slecht.md:10: link "ftp://a": onbekende'),
    (
        "unknown-admonition",
        HEAD + '---\n\n!!! grap "x"\n    y\n',
        "slecht.md:10: onbekend soort blok",
    ),
    ("orphan", HEAD.replace("id: slecht", "id: slecht") + "---\n", "slecht.md:2: id: geen vraag"),
]


def _lint_folder(folder: Path, citations: Citations) -> list[str]:
    return [str(p) for p in lint(load_library(folder), CODES, citations)]


def _citations(module: str = "goed#voorbeelden") -> Citations:
    where = Location("trees/srg.yaml", 7, "guidelines")
    question = Question("inzet", "Is de gemeente betrokken?", (GuidelineRef(module, where),), where)
    return Citations({"inzet": question})


def test_good_folder_has_no_problems(tmp_path: Path) -> None:
    (tmp_path / "goed.md").write_text(GOOD)
    (tmp_path / "slecht.md").write_text(HEAD + "---\n\n[terug](goed.md#voorbeelden)\n")
    assert _lint_folder(tmp_path, _citations()) == []


@pytest.mark.parametrize(("name", "text", "expected"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_module_gives_file_line_message(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    (tmp_path / "goed.md").write_text(GOOD.replace("[slecht](slecht.md)", "x"))
    if name != "orphan":
        text += "\n[terug](goed.md)\n" if text.count("---") >= 2 else ""
        (tmp_path / "goed.md").write_text(GOOD)
    (tmp_path / "slecht.md").write_text(text)
    messages = _lint_folder(tmp_path, _citations())
    assert any(expected in m for m in messages), messages


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("weg", 'trees/srg.yaml:7: guidelines: onbekende richtlijn "weg"'),
        (
            "goed#weg",
            'trees/srg.yaml:7: guidelines: richtlijn "goed" heeft geen kop met anker "weg"',
        ),
    ],
)
def test_tree_reference_to_missing_module_or_anchor(
    tmp_path: Path, reference: str, expected: str
) -> None:
    (tmp_path / "goed.md").write_text(GOOD.replace("[slecht](slecht.md)", "x"))
    messages = _lint_folder(tmp_path, _citations(reference))
    assert any(expected in m for m in messages), messages


def test_question_without_guideline_is_reported(tmp_path: Path) -> None:
    (tmp_path / "goed.md").write_text(GOOD.replace("[slecht](slecht.md)", "x"))
    citations = _citations()
    citations.questions["leeg"] = Question("leeg", "Leeg?", (), Location("trees/srg.yaml", 9))
    messages = _lint_folder(tmp_path, citations)
    assert 'trees/srg.yaml:9: vraag "leeg" verwijst naar geen richtlijn' in messages


def test_shipped_guidelines_lint_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "guidelines", "lint"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "modules in orde" in result.stdout


def test_cli_lint_on_broken_folder_exits_1(tmp_path: Path) -> None:
    (tmp_path / "slecht.md").write_text(HEAD + "---\n\n[x](nergens.md)\n")
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "guidelines", "lint", "--guidelines", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert 'slecht.md:10: link "nergens.md": onbekende module "nergens"' in result.stderr


def test_cli_lint_names_file_and_line_of_a_tree_citing_an_unknown_anchor(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parents[2]
    tree = repo / "tests" / "fixtures" / "trees" / "lint" / "unknown-anchor.yaml"
    shutil.copy(tree, tmp_path / tree.name)
    shutil.copy(repo / "trees" / "codes.yaml", tmp_path / "codes.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "guidelines", "lint", "--trees", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    expected = (
        'unknown-anchor.yaml:11: guidelines: richtlijn "drie-criteria" '
        'heeft geen kop met anker "bestaat-niet"'
    )
    assert expected in result.stderr


def test_other_references_such_as_rules_are_checked(tmp_path: Path) -> None:
    (tmp_path / "goed.md").write_text(GOOD.replace("[slecht](slecht.md)", "x"))
    where = Location("srg_guide/checks/rules/srg999.py", None, "SRG999.guideline")
    problems = lint(load_library(tmp_path), CODES, _citations(), [GuidelineRef("weg", where)])
    assert 'srg_guide/checks/rules/srg999.py: SRG999.guideline: onbekende richtlijn "weg"' in [
        str(p) for p in problems
    ]
