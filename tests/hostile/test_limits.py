"""Resource limits: XLSX size checks, tree loops, search length and long headers never hang."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest

from srg_guide.checks.readers import xlsx_limits
from srg_guide.cli import main
from srg_guide.search import load_index
from tests.hostile.conftest import REPO, SAMPLE, run_cli


def _workbook(path: Path, rows: int = 5, far_cell: tuple[int, int] | None = None) -> Path:
    with SAMPLE.open(encoding="utf-8", errors="replace") as handle:
        lines = list(csv.reader(handle, delimiter=";"))[:rows]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in lines:
        sheet.append([cell.replace("\ufffd", "?") for cell in line])
    if far_cell:
        sheet.cell(row=far_cell[0], column=far_cell[1]).value = 1
    book.save(path)
    return path


def test_a_cell_at_xfd1048576_is_refused_without_a_crash(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "ver.xlsx", far_cell=(1_048_576, 16_384))
    assert path.stat().st_size < 10_000
    done = run_cli("check", str(path), timeout=60)
    assert done.returncode == 2
    assert "rij 1.048.576 en kolom 16.384" in done.stderr


def test_too_many_columns_or_rows_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = _workbook(tmp_path / "breed.xlsx", far_cell=(2, xlsx_limits.MAX_COLUMNS + 1))
    long = _workbook(tmp_path / "lang.xlsx", far_cell=(xlsx_limits.MAX_ROWS + 1, 1))
    assert main(["check", str(wide)]) == 2
    assert main(["check", str(long)]) == 2
    assert capsys.readouterr().err.count("het maximum is") == 2


def test_a_normal_workbook_passes_the_limits(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(_workbook(tmp_path / "gewoon.xlsx"))]) in (0, 1)
    assert "Aantal records: 4" in capsys.readouterr().out


def test_unpacked_size_is_limited(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "bom.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/media/leeg.bin", b"\0" * (2 << 20))
    assert path.stat().st_size < 100_000
    monkeypatch.setattr(xlsx_limits, "MAX_UNPACKED_BYTES", 1 << 20)
    assert main(["check", str(path)]) == 2
    assert "uitgepakt" in capsys.readouterr().err


def _cyclic_tree(tmp_path: Path) -> Path:
    tree = tmp_path / "kring.yaml"
    tree.write_bytes((REPO / "tests/fixtures/trees/lint/cycle.yaml").read_bytes())
    return tree


def test_classify_on_a_cyclic_tree_stops(tmp_path: Path) -> None:
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text("vraag: nee\n", encoding="utf-8")
    done = run_cli("classify", "--tree", str(_cyclic_tree(tmp_path)), "--answers", str(answers))
    assert done.returncode == 2
    assert "kringloop: vraag -> vraag" in done.stderr


def test_tree_test_on_a_cyclic_tree_stops(tmp_path: Path) -> None:
    scenarios = tmp_path / "scenarios"
    scenarios.mkdir()
    (scenarios / "rond.yaml").write_text(
        "name: rond\nanswers: {vraag: nee}\nexpect: {outcome: training}\n", encoding="utf-8"
    )
    done = run_cli("tree", "test", str(scenarios), "--tree", str(_cyclic_tree(tmp_path)))
    assert done.returncode == 2
    assert "kringloop" in done.stderr


def test_a_long_chain_tree_is_no_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = 1500
    lines = ["id: lang", "title: Lang", 'version: "1"', "valid_from: 2025-01-01", "start: q0"]
    lines.append("nodes:")
    for i in range(count):
        follow = f"q{i + 1}" if i < count - 1 else "uit"
        lines += [f"  q{i}:", "    kind: question", f"    text: Vraag {i}?", "    options:"]
        lines += ["      - {id: ja, label: Ja, next: " + follow + "}"]
        lines += ["      - {id: nee, label: Nee, next: uit}"]
    lines += ["  uit: {kind: outcome, counts: false, level: voorziening, title: Uit}"]
    tree = tmp_path / "lang.yaml"
    tree.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text("q0: nee\n", encoding="utf-8")
    assert main(["classify", "--tree", str(tree), "--answers", str(answers)]) == 0
    assert "interne fout" not in capsys.readouterr().err


def test_search_query_length_is_capped(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "a" * 100_000]) == 2
    assert "Zoektekst te lang" in capsys.readouterr().err
    hits = load_index().search("werk " * 20_000 + "x" * 100_000)
    assert isinstance(hits, list)


def test_header_longer_than_64_kib_is_refused_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, rest = SAMPLE.read_bytes().split(b"\n", 1)
    path = tmp_path / "lange-kop.csv"
    path.write_bytes(header + b";" + b"x" * 70_000 + b"\n" + rest)
    assert main(["check", str(path)]) == 2
    assert "kopregel is langer dan 64 KiB" in capsys.readouterr().err
