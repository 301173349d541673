"""Issue 12, injection and privacy: hostile field values and file names against every report.

Terminal escapes, XLSX-illegal characters, formulas in a file name, BSNs on stderr and the
masking bypasses (leading space, #, =, a BSN written with dots) each have a case here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from srg_guide.cli import main
from srg_guide.privacy import contains_bsn
from srg_guide.reports import FORMATS

HEADER = (
    "gemeentecode;berichtgevercode;verslagmaand;registratienummer;bsn;geboortedatum;"
    "type_voorziening;doel_inzet;begindatum;einddatum;loonwaarde;arbeidsvermogen"
)
ESCAPES = "R\x1b[2J\x1b]0:titel\x07\x9b31m\u202e"
ILLEGAL = "R\x00\x01\x0b2"
# Registratienummers that are BSNs behind a space, '#', '=' or dots (fake, elfproef-valid).
BYPASSES = (" 999990019", "#100000009", "=123.456.782", "123 456 782")
BSNS = ("111222333", "123456782", "640318915", "100000009", "100000010", "999990019")
SHA256 = re.compile(r"[0-9a-f]{64}")


def record(registratienummer: str, bsn: str, end: str = "") -> str:
    return f"0363;12345;202601;{registratienummer};{bsn};19800115;22;1;20250101;{end};;"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A delivery whose registratienummers carry escapes, illegal characters and hidden BSNs."""
    rows = [
        record(ESCAPES, BSNS[0], end="20240101"),
        record(ILLEGAL, BSNS[1], end="20240101"),  # end before start: a finding with a value
        *(record(reg, BSNS[2 + i % 4]) for i, reg in enumerate(BYPASSES)),
    ]
    path = tmp_path / "levering.csv"
    path.write_bytes((HEADER + "\n" + "\n".join(rows) + "\n").encode("utf-8"))
    return path


def report_text(path: Path, fmt: str) -> str:
    """Everything a reader of the written report could see."""
    data = path.read_bytes()
    if fmt == "xlsx":
        book = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(
            str(cell.value)
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        )
    return data.decode("utf-8-sig")


def without_hashes(text: str) -> str:
    return SHA256.sub("", text)


# -- terminal escapes --------------------------------------------------------------------------


def test_text_report_on_the_terminal_shows_control_characters_written_out(
    hostile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(hostile)]) == 1
    out, err = capsys.readouterr()
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", out + err)
    flat = "".join(out.split())
    assert r"R\x1b[2J\x1b]0:titel\x07\x9b31m\u202e" in flat
    assert r"R\x00\x01\x0b2" in flat


@pytest.mark.parametrize("fmt", ["text", "json", "html", "csv"])
def test_no_raw_escape_in_any_text_format(hostile: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"rapport.{fmt}"
    assert main(["check", str(hostile), "--format", fmt, "--output", str(target)]) == 1
    text = report_text(target, fmt)
    if fmt == "json":
        text = json.dumps(json.loads(text), ensure_ascii=False)
    assert "\x1b" not in text and "\x00" not in text and "\u202e" not in text
    assert "x1b" in text


# -- XLSX ---------------------------------------------------------------------------------------


def test_xlsx_export_survives_nul_0x01_and_0x0b(hostile: Path, tmp_path: Path) -> None:
    target = tmp_path / "rapport.xlsx"
    assert main(["check", str(hostile), "--output", str(target)]) == 1
    text = report_text(target, "xlsx")
    assert r"R\x00\x01\x0b2" in text  # written out, visibly, not dropped


# -- formulas -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["=2+5", "+2+5.csv", "-2+5.csv", "@SUM(A1).csv", "=HYPERLINK.csv"])
def test_a_formula_in_the_file_name_stays_text_in_csv(
    hostile: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(hostile, tmp_path / name)
    monkeypatch.chdir(tmp_path)  # the report names the file relative to here: "=2+5" in B1
    main(["check", f"./{name}", "--layout", "voorbeeld", "--output", "rapport.csv"])
    target = tmp_path / "rapport.csv"
    rows = list(csv.reader(io.StringIO(report_text(target, "csv")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert rows[0][0] == "Bestand"
    assert rows[0][1].startswith("'")
    assert not any(cell.lstrip(" ").startswith(("=", "+", "-", "@")) for cell in cells)


def test_a_formula_in_the_file_name_is_text_in_xlsx(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(hostile, tmp_path / "=2+5.csv")
    monkeypatch.chdir(tmp_path)
    main(["check", "=2+5.csv", "--output", "rapport.xlsx"])
    book = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    assert book["Samenvatting"]["B2"].value == "=2+5.csv"
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.data_type == "s" and cell.quotePrefix, (sheet.title, cell.value)


# -- BSNs on stderr -----------------------------------------------------------------------------


@pytest.mark.parametrize("answer", ["123456782", "123.456.782", "123 456 782", "x\x1b[2J"])
def test_classify_never_echoes_a_bsn_or_an_escape_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answer: str
) -> None:
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(f"inzet-betrokken: {json.dumps(answer)}\n", encoding="utf-8")
    assert main(["classify", "--answers", str(answers)]) == 2
    err = capsys.readouterr().err
    assert "is geen keuze" in err
    assert not contains_bsn(err)
    assert "\x1b" not in err


def test_a_bsn_in_a_file_name_is_masked_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "levering-123.456.782.csv")]) == 2
    err = capsys.readouterr().err
    assert "***.***.*82" in err and not contains_bsn(err)


# -- masking bypasses ---------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["herstel", "delen"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_no_bsn_behind_a_space_hash_equals_or_dots(
    hostile: Path, tmp_path: Path, fmt: str, audience: str
) -> None:
    from srg_guide.checks.runner import run_check
    from srg_guide.reports import write_report

    target = tmp_path / f"rapport.{fmt}"
    write_report(run_check(hostile), fmt, target, audience=audience)
    text = without_hashes(report_text(target, fmt))
    assert not contains_bsn(text), fmt
    for bsn in BSNS:
        assert bsn not in text
    assert "123.456.782" not in text and "123 456 782" not in text
