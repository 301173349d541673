"""`guidelines diff` and `tree diff`, and the changes between dated versions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from srg_guide.changes.guidelines import ADDED, CHANGED, REMOVED, compare_paths, dated_changes
from srg_guide.changes.tree import compare_trees
from srg_guide.cli import main
from srg_guide.guidelines.library import load_library
from srg_guide.tree import load_scenarios, load_tree

from .conftest import GUIDELINES, OLD_TREES, SCENARIOS, TODAY, TREES

OLD_MODULE = GUIDELINES / "criteria.2024.md"
NEW_MODULE = GUIDELINES / "criteria.md"


def test_module_diff_lists_added_removed_and_changed_paragraphs() -> None:
    (change,) = compare_paths(OLD_MODULE, NEW_MODULE)
    assert change.module_id == "criteria" and change.kind == CHANGED
    assert change.old_label == "geldig vanaf 2024-01-01 tot en met 2024-12-31"
    found = {(p.kind, p.title) for p in change.paragraphs}
    assert found == {
        (CHANGED, "De criteria"),
        (ADDED, "Vrijwilligerswerk"),
        (REMOVED, "Oude regel"),
    }


def test_folder_diff_matches_modules_by_id_and_sees_new_and_gone(tmp_path: Path) -> None:
    old, new = tmp_path / "oud", tmp_path / "nieuw"
    old.mkdir()
    new.mkdir()
    shutil.copy(OLD_MODULE, old / "criteria.md")
    shutil.copy(NEW_MODULE, new / "criteria.md")
    shutil.copy(GUIDELINES / "traject-voorziening-activiteit.md", new)
    changes = {c.module_id: c for c in compare_paths(old, new)}
    assert changes["criteria"].kind == CHANGED
    assert changes["traject-voorziening-activiteit"].kind == ADDED
    assert compare_paths(new, new) == []


def test_guidelines_diff_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guidelines", "diff", str(OLD_MODULE), str(NEW_MODULE)]) == 1
    out = capsys.readouterr().out
    assert "Module criteria: De criteria (gewijzigd" in out
    assert "    - Een voorziening telt mee als aan alle drie de criteria is voldaan." in out
    assert "    + Een voorziening telt mee als aan alle criteria is voldaan." in out
    assert "  verwijderd: Oude regel\n    - Deze regel vervalt in 2025." in out
    assert "1 module veranderd, 3 paragrafen." in out
    assert main(["guidelines", "diff", str(NEW_MODULE), str(NEW_MODULE)]) == 0
    assert "Geen verschillen" in capsys.readouterr().out


def test_guidelines_diff_of_a_missing_file_is_a_dutch_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["guidelines", "diff", str(tmp_path / "weg.md"), str(NEW_MODULE)]) == 2
    assert "weg.md: bestand of map niet gevonden" in capsys.readouterr().err
    assert main(["guidelines", "diff", str(GUIDELINES), str(NEW_MODULE)]) == 2


def test_dated_versions_give_the_changes_of_the_library() -> None:
    library = load_library(GUIDELINES, TODAY)
    (change,) = dated_changes(library.all_versions)
    assert change.module_id == "criteria"
    assert change.new_label == "geldig vanaf 2025-01-01"


def test_tree_diff_names_the_question_that_changes_the_outcome() -> None:
    old, new = load_tree(OLD_TREES / "quiz.yaml"), load_tree(TREES / "quiz.yaml")
    scenarios, problems = load_scenarios(SCENARIOS)
    assert problems == []
    (change,) = compare_trees(old, new, scenarios)
    assert change.scenario.name == "Vrijwilligerswerk dat de gemeente regelde"
    assert change.old.startswith("niet-srg (telt niet mee)")
    assert change.new == (
        "vrijwilligerswerk (telt mee, type vrijwilligerswerk, doel 2): Telt mee: vrijwilligerswerk"
    )
    assert change.cause.startswith('vraag "soort" (Wat voor voorziening is het?)')
    assert 'leidde naar "niet-srg", nu naar "vrijwilligerswerk"' in change.cause
    assert compare_trees(new, new, scenarios) == []


def test_tree_diff_sees_a_new_question_and_a_changed_outcome(tmp_path: Path) -> None:
    text = (TREES / "quiz.yaml").read_text(encoding="utf-8")
    retitled = tmp_path / "retitled.yaml"
    retitled.write_text(text.replace('title: "Telt mee: training"', 'title: "Training"'))
    old, new = load_tree(TREES / "quiz.yaml"), load_tree(retitled)
    scenarios, _ = load_scenarios(SCENARIOS)
    (change,) = compare_trees(old, new, scenarios)
    assert change.cause == 'de uitkomst "training" zelf is veranderd'
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        text.replace("        next: lees-niveau", "        next: extra").replace(
            "  lees-niveau:",
            "  extra:\n    kind: question\n    text: Nieuwe vraag?\n    options:\n"
            "      - {id: ja, label: Ja, next: lees-niveau}\n  lees-niveau:",
        )
    )
    changes = compare_trees(old, load_tree(extra), scenarios)
    assert {c.cause for c in changes} == {
        'vraag "budget" (Betaalt de gemeente het uit het re-integratiebudget?), antwoord "ja": '
        'leidde naar "lees-niveau", nu naar "extra"'
    }
    assert all('geen antwoord op vraag "extra"' in c.new for c in changes)


def test_tree_diff_sees_a_changed_doel(tmp_path: Path) -> None:
    text = (TREES / "quiz.yaml").read_text(encoding="utf-8")
    swapped = tmp_path / "swapped.yaml"
    swapped.write_text(text.replace('value: "1"', 'value: "2"'), encoding="utf-8")
    scenarios, _ = load_scenarios(SCENARIOS)
    (change,) = compare_trees(load_tree(TREES / "quiz.yaml"), load_tree(swapped), scenarios)
    assert change.scenario.name == "Training van de gemeente"
    assert change.old.startswith("training (telt mee, type training, doel 1)")
    assert change.new.startswith("training (telt mee, type training, doel 2)")
    assert change.cause == (
        'vraag "doel" (Waar is de inzet vooral op gericht?), antwoord "werk": '
        "doel inzet nu 2 in plaats van 1"
    )


def test_tree_diff_sees_weet_ik_niet_walk_on_and_a_changed_open_point(tmp_path: Path) -> None:
    folder = tmp_path / "voorbeelden"
    folder.mkdir()
    (folder / "budget-onbekend.yaml").write_text(
        "name: Budget onbekend\n"
        "answers: {inzet: ja, budget: weet-ik-niet, doel: werk, soort: training}\n"
        "expect: {outcome: training, open: [budget]}\n",
        encoding="utf-8",
    )
    scenarios, problems = load_scenarios(folder)
    assert problems == []
    old, new = load_tree(OLD_TREES / "quiz.yaml"), load_tree(TREES / "quiz.yaml")
    (change,) = compare_trees(old, new, scenarios)
    assert change.old.startswith("weet-ik-niet (nog niet te beslissen)")
    assert change.new == (
        "training (telt mee, type training, doel 1): Telt mee: training; "
        "mits de gemeente het uit het re-integratiebudget betaalt"
    )
    assert 'vraag "budget"' in change.cause and 'nu naar "lees-niveau"' in change.cause
    text = (TREES / "quiz.yaml").read_text(encoding="utf-8")
    reworded = tmp_path / "reworded.yaml"
    reworded.write_text(
        text.replace("het uit het re-integratiebudget betaalt", "het zelf betaalt"),
        encoding="utf-8",
    )
    (change,) = compare_trees(new, load_tree(reworded), scenarios)
    assert change.cause == (
        'open punt bij vraag "budget" (Betaalt de gemeente het uit het re-integratiebudget?): '
        "nu mits de gemeente het zelf betaalt, "
        "was mits de gemeente het uit het re-integratiebudget betaalt"
    )


def test_tree_diff_command(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["tree", "diff", str(OLD_TREES / "quiz.yaml"), str(TREES / "quiz.yaml")]
    assert main([*args, "--scenarios", str(SCENARIOS)]) == 1
    out = capsys.readouterr().out
    assert "02-vrijwilligerswerk.yaml: Vrijwilligerswerk dat de gemeente regelde" in out
    assert '  door:  vraag "soort"' in out
    assert "1 van 3 scenario's krijgen een andere uitkomst." in out
    assert main([*args, "--scenarios", str(SCENARIOS / "nergens")]) == 2
    assert "map niet gevonden" in capsys.readouterr().err
    same = ["tree", "diff", str(TREES / "quiz.yaml"), str(TREES / "quiz.yaml")]
    assert main([*same, "--scenarios", str(SCENARIOS)]) == 0
    assert "Geen verschillen: alle 3 scenario's krijgen in beide versies" in capsys.readouterr().out


def test_tree_diff_that_compares_nothing_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["tree", "diff", str(TREES / "quiz.yaml"), str(TREES / "quiz.yaml")]
    assert main([*args, "--scenarios", str(tmp_path)]) == 2
    assert "Niets vergeleken: geen scenario's gevonden in" in capsys.readouterr().err
    (tmp_path / "andere-boom.yaml").write_text(
        "name: Andere boom\nanswers: {vraag-x: ja}\nexpect: {outcome: iets}\n", encoding="utf-8"
    )
    assert main([*args, "--scenarios", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "geen van de 1 scenario's in" in err and "tot een uitkomst" in err


def test_tree_diff_says_which_scenarios_were_not_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "voorbeelden"
    folder.mkdir()
    shutil.copy(SCENARIOS / "02-vrijwilligerswerk.yaml", folder)
    (folder / "99-andere-boom.yaml").write_text(
        "name: Hoort bij een andere boom\nanswers: {vraag-x: ja}\nexpect: {outcome: iets}\n",
        encoding="utf-8",
    )
    args = ["tree", "diff", str(OLD_TREES / "quiz.yaml"), str(TREES / "quiz.yaml")]
    assert main([*args, "--scenarios", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "1 van 1 scenario's krijgen een andere uitkomst." in out
    assert "Niet vergeleken: 1 scenario's komen in geen van beide versies tot een uitkomst" in out


def test_tree_diff_refuses_a_tree_with_a_loop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (TREES / "quiz.yaml").read_text(encoding="utf-8")
    looped = tmp_path / "lus.yaml"
    looped.write_text(text.replace("next: soort", "next: inzet"), encoding="utf-8")
    args = ["tree", "diff", str(TREES / "quiz.yaml"), str(looped), "--scenarios", str(SCENARIOS)]
    assert main(args) == 2
    assert "lus.yaml" in capsys.readouterr().err
