"""The smaller items: same file twice, duplicate columns, UTF-16, CR-only, bad --rows."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from srg_guide.cli import main
from tests.hostile.conftest import SAMPLE


def test_previous_equal_to_file_warns(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SAMPLE), "--previous", str(SAMPLE)]) == 1
    assert "hetzelfde bestand" in capsys.readouterr().err


def test_previous_different_file_does_not_warn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "vorige.csv"
    copy.write_bytes(SAMPLE.read_bytes())
    main(["check", str(SAMPLE), "--previous", str(copy)])
    assert "hetzelfde bestand" not in capsys.readouterr().err


def test_duplicate_header_column_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, rest = SAMPLE.read_bytes().split(b"\n", 1)
    path = tmp_path / "dubbel.csv"
    path.write_bytes(header.replace(b";bsn;", b";bsn;bsn;") + b"\n" + rest)
    assert main(["check", str(path)]) == 2
    assert "meer dan één keer in de kopregel: bsn" in capsys.readouterr().err


def test_duplicate_header_column_in_xlsx_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    header = SAMPLE.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].split(";")
    sheet.append([*header, "bsn"])
    path = tmp_path / "dubbel.xlsx"
    book.save(path)
    assert main(["check", str(path)]) == 2
    assert "meer dan één keer" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_named(encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "utf16.csv"
    path.write_bytes(SAMPLE.read_bytes().decode("utf-8", "replace").encode(encoding))
    assert main(["check", str(path)]) == 2
    assert "UTF-16" in capsys.readouterr().err


def test_cr_only_line_endings_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(SAMPLE.read_bytes().replace(b"\n", b"\r"))
    assert main(["check", str(path)]) == 2
    assert "alleen op CR" in capsys.readouterr().err


def test_crlf_header_only_is_not_mistaken_for_cr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kop.csv"
    path.write_bytes(SAMPLE.read_bytes().split(b"\n", 1)[0] + b"\r\n")
    assert main(["check", str(path)]) == 1
    assert "SRG109" in capsys.readouterr().out


@pytest.mark.parametrize("rows", ["-1", "0"])
def test_sample_with_bad_rows_exits_2(
    rows: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sample", f"--rows={rows}", str(tmp_path / "s.csv")]) == 2
    assert "--rows moet minstens 1 zijn" in capsys.readouterr().err
    assert not (tmp_path / "s.csv").exists()


def test_a_binary_file_is_not_called_utf16(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "programma.csv"
    path.write_bytes(b"\x7fELF\x02\x01\x01" + bytes(9) + b"\x03\x00>\x00\x01" + bytes(40) * 20)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "geen tekstbestand" in err and "UTF-16" not in err


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n"])
def test_an_empty_file_says_it_is_empty(
    content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "leeg.csv"
    path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "het bestand is leeg" in err and "ontbreken" not in err
