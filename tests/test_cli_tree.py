"""The tree commands through main(argv) and, for the prompt, a real subprocess."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from srg_guide.cli import main

REPO = Path(__file__).resolve().parent.parent


def outcome_count() -> int:
    """Outcomes of the shipped tree (the escalation outcome included)."""
    from srg_guide.tree import load_tree

    return len(load_tree(REPO / "trees" / "srg.yaml").outcomes)


FIXTURES = REPO / "tests" / "fixtures" / "trees"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
LINT = sorted(p for p in (FIXTURES / "lint").glob("*.yaml") if p.stem not in ("codes", "clean"))

TRAINING = {
    "inzet-betrokken": "gemeente",
    "niveau": "voorziening",
    "doel": "re-integratie",
    "fin-budget": "reintegratiebudget",
    "herleidbaar": "ja",
    "soort": "training",
}
# The same answers as typed in `walk` (option numbers, 1-based).
TRAINING_KEYS = ["1", "1", "1", "2", "1", "3"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def type_in(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


# --- tree lint ------------------------------------------------------------------------------
def test_lint_of_the_shipped_trees_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "tree", "lint")
    assert code == 0, err
    assert "trees/srg.yaml: in orde" in out


@pytest.mark.parametrize("path", BROKEN + LINT, ids=[p.stem for p in BROKEN + LINT])
def test_lint_of_a_broken_tree_reports_file_and_line(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    code, _, err = run(capsys, "tree", "lint", str(path))
    expect = path.read_bytes().split(b"\n", 1)[0].decode().removeprefix("# expect: ")
    expected = f"{path.name}:{expect}" if expect[:1].isdigit() else expect
    assert code in (1, 2)
    assert expected in err


@pytest.mark.parametrize(("name", "code"), [("yaml-syntax", 2), ("unknown-next", 1)])
def test_lint_exit_code_separates_unreadable_from_findings(
    capsys: pytest.CaptureFixture[str], name: str, code: int
) -> None:
    assert run(capsys, "tree", "lint", str(FIXTURES / "broken" / f"{name}.yaml"))[0] == code


def test_lint_in_a_subprocess_prints_no_traceback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "tree", "lint", *map(str, BROKEN)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) > len(BROKEN)


# --- tree test, paths, diagram ---------------------------------------------------------------
def test_tree_test_reports_full_outcome_coverage(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    code, out, _ = run(capsys, "tree", "test")
    assert code == 0, out
    total = outcome_count()
    assert f"Dekking uitkomsten: {total} van {total} (100%)." in out
    assert "Dekking open punten (weet ik niet, grijs gebied): 11 van 11." in out


def test_tree_test_fails_on_a_wrong_scenario(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "fout.yaml").write_text(
        "name: verkeerd\nanswers: {inzet-betrokken: nee}\nexpect: {outcome: type-lks-pw}\n"
    )
    code, out, _ = run(capsys, "tree", "test", str(tmp_path))
    assert code == 1
    assert "FOUT" in out and "outcome: verwacht 'type-lks-pw'" in out
    assert f"Dekking uitkomsten: 0 van {outcome_count()} (0%)." in out


def test_paths_for_a_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "tree", "paths", "--code", "23")
    assert code == 0
    assert "Een praktijkroute om de loonwaarde te bepalen" in out
    assert "Een proefplaatsing om de loonwaarde vast te stellen" in out
    assert run(capsys, "tree", "paths", "--code", "77")[0] == 1
    code, out, _ = run(capsys, "tree", "paths", "--code", "41")
    assert code == 1
    assert "Deze code staat niet in de codelijst. Typen zonder bekende code: lks-pw" in out
    code, out, _ = run(capsys, "tree", "paths", "--code", "coaching")
    assert code == 0 and "Is er echte begeleiding" in out


@pytest.mark.parametrize(("fmt", "start"), [("mermaid", "%%"), ("dot", "//")])
def test_diagram_formats(capsys: pytest.CaptureFixture[str], fmt: str, start: str) -> None:
    code, out, _ = run(capsys, "tree", "diagram", "--format", fmt)
    assert code == 0
    assert out.startswith(start)
    assert "type-42" in out or "n_type_42" in out


# --- classify -------------------------------------------------------------------------------
def write_answers(tmp_path: Path, answers: dict[str, str]) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(yaml.safe_dump({"answers": answers}))
    return path


def test_classify_prints_the_rationale(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "classify", "--answers", str(write_answers(tmp_path, TRAINING)))
    assert code == 0
    assert "Uitkomst: Telt mee: training (type 42)" in out
    assert "Type voorziening: 42 Training" in out
    assert "Doel inzet: 1 Re-integratie" in out


def test_classify_shows_a_doel_from_weet_ik_niet_as_conditional(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, {**TRAINING, "doel": "weet-ik-niet"})
    note = tmp_path / "escalatie.md"
    code, out, _ = run(capsys, "classify", "--answers", str(answers), "--escalation", str(note))
    assert code == 0
    conditional = "Doel inzet: 1 Re-integratie (voorwaardelijk: mits de ondersteuning"
    assert conditional in out and "anders 2 Participatie)" in out
    assert "Doel inzet: 1 Re-integratie\n" not in out
    assert f"- {conditional}" in note.read_text()


def test_classify_with_open_point_writes_an_escalation_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, {**TRAINING, "fin-budget": "weet-ik-niet"})
    note = tmp_path / "escalatie.json"
    code, out, err = run(
        capsys,
        "classify",
        "--answers",
        str(answers),
        "--escalation",
        str(note),
        "--note",
        "Navragen bij financiën",
    )
    assert code == 0
    assert "Telt mee: ja (voorwaardelijk)" in out
    assert "Opmerking: Navragen bij financiën" in out
    assert "Escalatienotitie geschreven naar" in err
    data = json.loads(note.read_text())
    assert data["format"] == "srg-guide-escalatie"
    assert data["open_points"][0]["question_id"] == "fin-budget"
    assert data["ask"] == ["de budgethouder of de afdeling financiën"]
    assert data["note"] == "Navragen bij financiën"
    markdown = tmp_path / "escalatie.md"
    run(capsys, "classify", "--answers", str(answers), "--escalation", str(markdown))
    assert markdown.read_text().startswith("# Escalatienotitie: Telt mee: training")


def test_classify_without_open_points_writes_no_escalation_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    note = tmp_path / "escalatie.md"
    answers = str(write_answers(tmp_path, TRAINING))
    code, _, err = run(capsys, "classify", "--answers", answers, "--escalation", str(note))
    assert code == 0 and not note.exists()
    assert "Geen escalatienotitie" in err


def test_classify_uses_the_codes_an_organisation_set(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tables = tmp_path / "tabellen"
    tables.mkdir()
    (tables / "type-codes.yaml").write_text('codes:\n  coaching: "77"\n')
    answers = {
        **TRAINING,
        "soort": "begeleiding",
        "coaching-of-monitoring": "echte-begeleiding",
        "begeleiding-soort": "coaching",
    }
    path = str(write_answers(tmp_path, answers))
    code, out, _ = run(capsys, "classify", "--answers", path, "--tables", str(tables))
    assert code == 0
    assert "Type voorziening: 77 Coaching naar werk of participatie (ingesteld door uw" in out
    code, out, _ = run(capsys, "classify", "--answers", path)
    assert "code niet ingesteld: haal de code uit de geldende Richtlijnen SRG" in out


def test_classify_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    answers = write_answers(tmp_path, TRAINING)
    code, out, _ = run(capsys, "classify", "--answers", str(answers), "--json")
    assert code == 0
    assert json.loads(out)["outcome_id"] == "type-42"


def test_classify_names_the_missing_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, {"inzet-betrokken": "gemeente"})
    code, _, err = run(capsys, "classify", "--answers", str(answers))
    assert code == 2
    assert 'geen antwoord voor vraag "niveau"' in err


def test_classify_with_as_of_picks_the_version(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = write_answers(tmp_path, {"doel-vraag": "re-integratie", "vraag": "ja"})
    trees = str(FIXTURES / "versions")
    for day, title in [("2025-06-30", "Uitkomst: Training\n"), ("2025-07-01", "Training (2025)")]:
        code, out, _ = run(
            capsys, "classify", "--answers", str(answers), "--trees", trees, "--as-of", day
        )
        assert code == 0
        assert title in out


def test_classify_of_unreadable_answers_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("answers: [niet: goed\n")
    code, _, err = run(capsys, "classify", "--answers", str(path))
    assert code == 2
    assert "kapot.yaml:" in err


# --- walk -----------------------------------------------------------------------------------
def test_walk_to_a_verdict_and_export(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "onderbouwing.md"
    type_in(monkeypatch, *TRAINING_KEYS, "j", str(target))
    code, out, _ = run(capsys, "walk", "--case", "dossier 123456782")
    assert code == 0
    assert "Uitkomst: Telt mee: training (type 42)" in out
    assert "Let op: Een training die langer loopt dan 60 maanden geeft een signaal" in out
    assert "123456782" not in out
    assert target.read_text().startswith("# Onderbouwing: Telt mee: training")


def test_walk_back_help_and_wrong_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    type_in(monkeypatch, "?", "9", "1", "t", "", "s")
    code, out, _ = run(capsys, "walk")
    assert code == 1
    assert "Uit de richtlijn: Criterium 1: gemeentelijke inzet – Wat is het?" in out
    assert "  - de gemeente erbij betrokken is" in out  # the paragraph's own text
    assert "Voorbeelden" not in out  # not the rest of the module
    assert "Zie ook: De drie criteria voor de SRG – Wat is het?" in out
    assert "Kies een nummer van 1 tot en met 5" in out
    assert "Uw keuze (Enter = vorig antwoord 1) >" in out
    assert out.count("Vraag 2: Gaat het om één instrument") == 2
    assert "Gestopt zonder uitkomst." in out


def test_walk_review_can_change_an_earlier_answer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Change answer 6 (soort) from training to vrijwilligerswerk.
    type_in(monkeypatch, *TRAINING_KEYS, "w 6", "4", "1", "j", "")
    code, out, _ = run(capsys, "walk")
    assert code == 0
    assert "Uitkomst: Telt mee: vrijwilligerswerk (type 43)" in out


def test_walk_weet_ik_niet_goes_on_to_a_conditional_outcome(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    note = tmp_path / "escalatie.txt"
    # budget: "weet ik niet" is option 9 of fin-budget
    type_in(monkeypatch, "1", "1", "1", "9", "1", "3", "j", "", str(note))
    code, out, _ = run(capsys, "walk")
    assert code == 0
    assert "Open punt: Waaruit wordt de voorziening betaald?" in out
    assert "Telt mee: ja (voorwaardelijk)" in out
    assert note.read_text().startswith("Escalatienotitie: Telt mee: training")


def test_walk_offers_a_walk_for_each_part_of_a_traject(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    type_in(monkeypatch, "1", "2", "j", "", "j", "1", "2", "1", "3", "j", "")
    code, out, _ = run(capsys, "walk")
    assert code == 0
    assert "Lever dit niet als één record: lever elke voorziening apart" in out
    assert "Een onderdeel van het traject doorlopen?" in out
    assert "Uitkomst: Telt mee: training (type 42)" in out


def test_walk_saves_and_resumes_a_session_without_case_reference(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    session = tmp_path / "sessie.yaml"
    type_in(monkeypatch, *TRAINING_KEYS[:3])
    assert run(capsys, "walk", "--save", str(session), "--case", "dossier-42")[0] == 1
    assert "dossier-42" not in session.read_text()
    type_in(monkeypatch, *TRAINING_KEYS[3:], "j", "")
    code, out, _ = run(capsys, "walk", "--resume", str(session))
    assert code == 0
    assert "Uitkomst: Telt mee: training (type 42)" in out


def test_walk_as_a_pipe_ends_cleanly_on_end_of_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "srg_guide", "walk"],
        input="1\n1\n",
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Uw keuze > 1\n" in result.stdout
    assert result.stdout.rstrip().endswith("Gestopt zonder uitkomst.")
