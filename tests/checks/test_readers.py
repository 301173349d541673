"""Readers: fixed width, XLSX, encodings and quoting give the same findings on the same lines."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from srg_guide.checks.layout import FIELD_TYPES, load_layout
from srg_guide.checks.readers import lines
from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from srg_guide.errors import InputFileError
from srg_guide.sample.records import FIELDS
from tests.checks.deliveries import BASE, write_delivery

RECORDS = [
    {},
    {"begindatum": "20250231"},
    {"type_voorziening": "22", "begindatum": "20231231"},
    {"registratienummer": "123456782"},
]
EXPECTED = {
    ("SRG102", 3, "begindatum"),
    ("SRG305", 4, "begindatum"),
    ("SRG501", 5, "registratienummer"),
}


def _found(report: Report) -> set[tuple[str, int | None, str | None]]:
    return {(f.code, f.line, f.field) for r in report.results for f in r.findings}


def _values(index: int, rec: dict[str, str]) -> dict[str, str]:
    return {**BASE, "registratienummer": f"R{index}", **rec}


def test_csv(tmp_path: Path) -> None:
    assert _found(run_check(write_delivery(tmp_path / "l.csv", RECORDS))) == EXPECTED


def test_fixed_width(tmp_path: Path) -> None:
    layout = load_layout("voorbeeld-vaste-breedte")
    lines = []
    for index, rec in enumerate(RECORDS, start=1):
        values = _values(index, rec)
        line = "".join(values.get(f.name, "").ljust(f.length or 0) for f in layout.fields)
        lines.append(line)
    lines.append("te kort")
    path = tmp_path / "l.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = _found(run_check(path, layout=layout))
    shifted = {(code, line - 1, field) for code, line, field in EXPECTED}
    assert found == shifted | {("SRG107", 5, None)}


def test_xlsx(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(FIELDS))
    for index, rec in enumerate(RECORDS, start=1):
        values = _values(index, rec)
        sheet.append([values[f] for f in FIELDS])
    path = tmp_path / "l.xlsx"
    book.save(path)
    assert _found(run_check(path)) == EXPECTED


def test_windows_line_endings_give_the_same_findings(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", RECORDS)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert _found(run_check(path)) == EXPECTED


def test_doubled_carriage_returns_are_dropped_too(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", RECORDS)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\r\n"))
    assert _found(run_check(path)) == EXPECTED


def test_byte_order_mark_is_not_part_of_the_first_fixed_width_record(tmp_path: Path) -> None:
    layout = load_layout("voorbeeld-vaste-breedte")
    values = _values(1, {})
    line = "".join(values.get(f.name, "").ljust(f.length or 0) for f in layout.fields)
    path = tmp_path / "l.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (line + "\n").encode())
    report = run_check(path, layout=layout)
    assert report.identity.row_count == 1
    assert _found(report) == set()


def test_findings_do_not_depend_on_where_blocks_are_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [*RECORDS * 40, "", "kapot", {"begindatum": "20250231"}]
    path = write_delivery(tmp_path / "l.csv", records)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n").rstrip(b"\r\n"))
    whole = run_check(path)
    monkeypatch.setattr(lines, "BLOCK_BYTES", 100)  # about one record per block
    cut = run_check(path)
    assert _found(cut) == _found(whole)
    assert cut.identity.row_count == whole.identity.row_count == len(records) - 1
    assert ("SRG102", len(records) + 1, "begindatum") in _found(cut)


def test_windows_1252_is_detected(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", [*RECORDS, {"registratienummer": "Ré5"}])
    path.write_bytes(path.read_bytes().replace("é".encode(), "é".encode("cp1252")))
    assert _found(run_check(path)) == EXPECTED


def test_quoted_field_with_newline_keeps_line_numbers(tmp_path: Path) -> None:
    path = write_delivery(
        tmp_path / "l.csv",
        [
            '0363;12345;202601;"R1\nvervolg";123456782;19800101;42;1;20250101;;;',
            {"begindatum": "20250231"},
        ],
    )
    assert _found(run_check(path)) == {("SRG102", 4, "begindatum")}


def test_empty_file_has_no_records(tmp_path: Path) -> None:
    path = write_delivery(tmp_path / "l.csv", [])
    report = run_check(path)
    assert report.identity.row_count == 0
    assert report.exit_code == 1  # SRG109: a file without records never passes as clean


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("format: zip\nfields: []\n", "layout.yaml:1: format"),
        ("fields:\n  - {name: a, type: datum}\n", "layout.yaml:2: fields[0].type"),
        ("fields:\n  - {name: a, type: code}\n", "layout.yaml:2: fields[0].codes"),
        (
            "format: fixed\nfixed: {record_length: 2}\n"
            "fields:\n  - {name: a, start: 1, length: 5}\n",
            "layout.yaml:2: fixed.record_length",
        ),
        ("fields:\n  - {name: a, type: date, format: DD-MM}\n", "layout.yaml:2: fields[0].format"),
    ],
)
def test_bad_layout_names_file_line_and_field(text: str, where: str, tmp_path: Path) -> None:
    path = tmp_path / "layout.yaml"
    path.write_text(text)
    with pytest.raises(InputFileError) as exc:
        load_layout(str(path))
    assert str(exc.value).startswith(str(path) + ":" + where.split(":", 1)[1]), str(exc.value)


def test_a_layout_with_two_problems_names_both_in_one_message(tmp_path: Path) -> None:
    path = tmp_path / "layout.yaml"
    path.write_text(
        "format: csv\ncsv: {encoding: latin9}\nfields:\n  - {name: a}\n  - {name: b, type: datum}\n"
    )
    with pytest.raises(InputFileError) as exc:
        load_layout(str(path))
    lines = str(exc.value).splitlines()
    assert lines == [
        f'{path}:2: csv.encoding: "latin9" kan niet; kies uit auto, utf-8, cp1252',
        f'{path}:5: fields[1].type: "datum" kan niet; kies uit {", ".join(FIELD_TYPES)}',
    ]
