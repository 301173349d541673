"""`srg-guide register ...` through the CLI entry point, on both back ends."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srg_guide.cli import main
from tests.register.conftest import DATA, bump_tree


@pytest.fixture
def run(db_url: str, capsys: pytest.CaptureFixture[str]):
    def runner(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            pytest.MonkeyPatch().setattr("sys.stdin", io.StringIO(stdin))
        code = main(["register", *map(str, args), "--db", db_url])
        out, err = capsys.readouterr()
        return code, out, err

    return runner


def _answers(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_list_decide_show(run, trees_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run("import", DATA / "catalogus.csv")
    assert code == 0 and "3 nieuw" in out
    assert "3 ongewijzigd" in run("import", DATA / "catalogus.csv")[1]
    answers = _answers(tmp_path, "a.yaml", "inzet: ja\nsoort: training\n")
    code, out, _ = run(
        "decide", "TR-01", "--answers", answers, "--trees", trees_dir, "--door", "Piet"
    )
    assert code == 0 and "Opgeslagen: TR-01" in out
    out = run("list", "--trees", trees_dir)[1]
    assert "TR-01  beslist" in out and "type 42" in out and "IN-01  niet beoordeeld" in out
    out = run("list", "--trees", trees_dir, "--status", "niet-beoordeeld")[1]
    assert "TR-01" not in out and "IN-01" in out
    out = run("show", "TR-01", "--trees", trees_dir)[1]
    assert "door Piet" in out and "Onderbouwing:" in out and "-> Een training" in out


def test_decide_by_walking_and_rewalk_a_stale_one(run, trees_dir: Path) -> None:
    run("import", DATA / "catalogus.csv")
    code, out, _ = run("decide", "VW-01", "--trees", trees_dir, stdin="1\n2\nj\n")
    assert code == 0 and "vrijwilligerswerk (type 43)" in out
    assert "Geen beslissingen" in run("stale", "--trees", trees_dir)[1]
    bump_tree(trees_dir, "Wat voor voorziening is het?", "Welk soort voorziening is het?")
    out = run("stale", "--trees", trees_dir)[1]
    assert "VW-01" in out and "beslisboom versie 1 → 2" in out
    # Re-walking offers the old answer: Enter keeps it.
    code, out, _ = run("decide", "VW-01", "--trees", trees_dir, stdin="\nj\n")
    assert code == 0 and "Enter = vorig antwoord 2" in out
    assert "Geen beslissingen" in run("stale", "--trees", trees_dir)[1]


def test_stopping_a_walk_saves_nothing(run, trees_dir: Path) -> None:
    run("import", DATA / "catalogus.csv")
    assert run("decide", "TR-01", "--trees", trees_dir, stdin="s\n")[0] == 1
    assert "niet beoordeeld" in run("list", "--trees", trees_dir)[1]


def test_export_vertaaltabel_csv_and_xlsx(run, trees_dir: Path, tmp_path: Path) -> None:
    run("import", DATA / "catalogus.csv")
    answers = _answers(tmp_path, "a.yaml", "inzet: nee\n")
    run("decide", "IN-01", "--answers", answers, "--trees", trees_dir, "--door", "Piet")
    code, _, err = run("export", tmp_path / "vt.csv", "--trees", trees_dir)
    assert code == 0 and "nog niet beoordeeld" in err
    lines = (tmp_path / "vt.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("lokale_code;naam;telt_mee;niveau;type_voorziening")
    assert lines[1].startswith("IN-01;Inloopspreekuur;nee;;;;;;beslist;beslissing 1")
    assert "Piet" not in "".join(lines)
    run("export", tmp_path / "vt.xlsx", "--trees", trees_dir)
    sheet = load_workbook(tmp_path / "vt.xlsx").active
    assert sheet is not None and sheet["A2"].value == "IN-01" and sheet["C2"].value == "nee"


DOEL_TREES = DATA / "trees-doel"


def test_export_states_no_doel_a_decision_did_not_fix(run, tmp_path: Path) -> None:
    """Doel inzet is person-level: only a decision made with --vast-doel states one."""
    run("import", DATA / "catalogus.csv")
    training = _answers(tmp_path, "t.yaml", "soort: training\ndoel: re-integratie\n")
    variant = _answers(tmp_path, "v.yaml", "soort: training\ndoel: participatie\n")
    trees = ("--trees", DOEL_TREES)
    assert run("decide", "TR-01", "--answers", training, *trees)[0] == 0
    code, out, err = run("decide", "VW-01", "--answers", variant, *trees, "--vast-doel")
    assert code == 0, err
    assert "Vast doel inzet 2" in out
    code, _, err = run("export", tmp_path / "vt.csv", *trees)
    assert code == 0
    assert 'bij 1 voorziening(en) staat doel inzet op "per persoon vast te stellen"' in err
    assert "kenmerk van de persoon" in err
    header, *lines = (tmp_path / "vt.csv").read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(header.split(";"), line.split(";"), strict=True)) for line in lines]
    table = {row["lokale_code"]: row for row in rows}
    assert table["TR-01"]["doel_inzet"] == "per persoon vast te stellen"
    assert "kenmerk van de persoon" in table["TR-01"]["toelichting_doel"]
    assert table["VW-01"]["doel_inzet"] == "2"
    assert table["VW-01"]["toelichting_doel"].startswith("vast doel")
    assert table["IN-01"]["doel_inzet"] == table["IN-01"]["toelichting_doel"] == ""
    run("export", tmp_path / "vt.xlsx", *trees)
    sheet = load_workbook(tmp_path / "vt.xlsx").active
    assert sheet is not None
    xlsx = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert xlsx["TR-01"][6] == "per persoon vast te stellen" and xlsx["VW-01"][6] == "2"
    out = run("list", *trees)[1]
    assert "doel per persoon vast te stellen" in out and "doel 2" in out
    shown = run("show", "TR-01", *trees)[1]
    assert "Doel inzet: per persoon vast te stellen (bij deze beoordeling: 1" in shown


def test_a_fixed_doel_needs_a_doel(run, trees_dir: Path, tmp_path: Path) -> None:
    run("import", DATA / "catalogus.csv")
    answers = _answers(tmp_path, "a.yaml", "inzet: nee\n")
    code, _, err = run("decide", "IN-01", "--answers", answers, "--trees", trees_dir, "--vast-doel")
    assert code != 0 and "geen doel inzet" in err
    assert "niet beoordeeld" in run("list", "--trees", trees_dir)[1]


def test_compare_with_cbs_and_write_a_reaction(run, trees_dir: Path, tmp_path: Path) -> None:
    run("import", DATA / "catalogus.csv")
    answers = _answers(tmp_path, "a.yaml", "inzet: ja\nsoort: training\n")
    run("decide", "TR-01", "--answers", answers, "--trees", trees_dir, "--door", "Piet")
    cbs = tmp_path / "cbs.csv"
    cbs.write_text(
        "lokale_term;type_voorziening;telt_mee;doel_inzet\nTR-01;41;ja;1\nONBEKEND;42;ja;1\n",
        encoding="utf-8",
    )
    code, out, err = run("compare", cbs, "--reactie", tmp_path / "reactie.csv")
    assert code == 1 and "aanname" in err
    assert "TR-01: type: CBS 41, gemeente 42" in out and "ONBEKEND: niet in ons register" in out
    reaction = (tmp_path / "reactie.csv").read_text(encoding="utf-8")
    assert "De gemeente deelt dit in als type 42" in reaction and "Piet" not in reaction


def test_bad_input_gets_a_dutch_message(run, tmp_path: Path) -> None:
    bad = tmp_path / "cat.csv"
    bad.write_text("code;naam\nA;\n", encoding="utf-8")
    code, _, err = run("import", bad)
    assert code == 2 and "cat.csv:2: naam: mag niet leeg zijn" in err
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("nummer;titel\n1;x\n", encoding="utf-8")
    code, _, err = run("import", wrong)
    assert code == 2 and "ontbreken in de kopregel: code, naam" in err
    code, _, err = run("show", "NIETS")
    assert code == 2 and "staat niet in het register" in err


def test_unreachable_database_is_a_dutch_message(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["register", "list", "--db", "postgresql://x:y@127.0.0.1:1/geen"])
    assert code == 2
    assert "Database niet bereikbaar" in capsys.readouterr().err
