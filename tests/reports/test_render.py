"""Every format renders, keeps personal data out by default, and is written atomically."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from sample_reports import BSNS, SHA_INPUT, as_text, bsns_in, make_report, rule_info

from srg_guide.checks.report import Identity, Report
from srg_guide.errors import SrgGuideError
from srg_guide.reports import FORMATS, format_for_path, render, write_report

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "report-schema.json").read_text())


def empty_report() -> Report:
    identity = Identity(
        tool_version="0.1.0",
        ruleset_version="2025.1",
        layout_name="voorbeeld",
        layout_file="voorbeeld.yaml",
        input_file="leeg.csv",
        input_sha256=SHA_INPUT,
        row_count=0,
        run_at=dt.datetime(2026, 11, 23, 10, 0),
        as_of=dt.date(2026, 11, 23),
    )
    return Report(identity=identity)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("salt", [None, "geheim"])
def test_no_bsn_in_any_format_by_default(fmt: str, salt: str | None) -> None:
    output = as_text(render(make_report(), fmt, salt=salt), fmt)
    assert "SRG201" in output
    assert bsns_in(output) == []
    assert not any(bsn in output for bsn in BSNS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_show_personal_shows_values_and_keys(fmt: str) -> None:
    output = as_text(render(make_report(), fmt, show_personal=True), fmt)
    if fmt != "text":
        assert BSNS[0] in output  # Finding.value
    assert f"{BSNS[1]}|0363|B01" in output  # Finding.key


def test_show_personal_text_shows_the_value() -> None:
    text = render(make_report(), "text", show_personal=True)
    assert isinstance(text, str)
    assert f"[opmerking: '{BSNS[0]}']" in text
    assert "Let op: dit rapport toont persoonsgegevens" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_report_renders(fmt: str) -> None:
    output = as_text(render(empty_report(), fmt), fmt)
    assert "leeg.csv" in output


@pytest.mark.parametrize(
    ("fmt", "kind"),
    [("text", str), ("json", str), ("html", str), ("csv", bytes), ("xlsx", bytes)],
)
def test_render_returns_text_or_bytes(fmt: str, kind: type) -> None:
    assert isinstance(render(make_report(), fmt), kind)


def test_unknown_format_is_a_dutch_error() -> None:
    with pytest.raises(SrgGuideError, match="kies uit text, json, html, csv, xlsx"):
        render(make_report(), "pdf")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("rapport.html", "html"),
        ("R.HTM", "html"),
        ("uit/rapport.json", "json"),
        ("a.csv", "csv"),
        ("a.xlsx", "xlsx"),
        ("a.txt", "text"),
        ("a.pdf", None),
        ("rapport", None),
    ],
)
def test_format_for_path(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


# -- JSON ---------------------------------------------------------------------------------------


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    "report", [make_report(), make_report(with_previous=False), empty_report()]
)
@pytest.mark.parametrize("options", [{}, {"show_personal": True}, {"salt": "zout"}])
def test_json_validates_against_the_schema(report: Report, options: dict) -> None:
    document = json.loads(render(report, "json", **options))
    jsonschema.validate(document, SCHEMA)


def test_json_rules_most_severe_first_with_counts() -> None:
    document = json.loads(render(make_report(), "json"))
    codes = [r["code"] for r in document["rules"]]
    assert codes == ["SRG201", "SRG501", "SRG401", "SRG305"]
    counts = [(r["count"], r["shown"]) for r in document["rules"]]
    assert counts == [(1, 1), (3, 2), (1, 1), (0, 0)]
    assert document["summary"] == {
        "fout": 4,
        "waarschuwing": 1,
        "signaal": 0,
        "not_run": 0,
        "exit_code": 1,
    }
    assert document["rules"][2]["findings"][0]["line"] is None
    assert document["rules"][2]["findings"][0]["previous_line"] == 31


def test_json_masks_key_and_omits_value_by_default() -> None:
    finding = json.loads(render(make_report(), "json"))["rules"][1]["findings"][0]
    assert finding["key"] == "*******82|0363|B01"
    assert finding["value"] is None
    assert finding["message"] == "Veld opmerking bevat *******33"


def test_salt_gives_equal_codes_for_equal_keys_when_sharing() -> None:
    rules = json.loads(render(make_report(), "json", audience="delen", salt="zout"))["rules"]
    first, second = rules[1]["findings"]
    assert first["key"] == second["key"]
    assert re.fullmatch(r"#[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", first["key"])
    assert first["value"] is None and second["value"] is None
    other = json.loads(render(make_report(), "json", audience="delen", salt="peper"))["rules"][1]
    assert other["findings"][0]["key"] != first["key"]


def test_sharing_numbers_keys_consistently() -> None:
    rules = json.loads(render(make_report(), "json", audience="delen"))["rules"]
    keys = [f["key"] for rule in rules for f in rule["findings"]]
    assert keys == ["vz-1", "vz-2", "vz-2", "vz-3"]


# -- text ---------------------------------------------------------------------------------------


def test_text_fits_80_columns_summary_first_identity_last() -> None:
    text = render(make_report(), "text")
    assert isinstance(text, str)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == "Bestandscontrole SRG"
    assert lines[3:5] == ["Verslagmaand:   oktober 2026", "Aantal records: 1.234"]
    assert lines[6].startswith("Samenvatting: 4 fouten, 1 waarschuwing")
    about = lines.index("Over dit rapport")
    assert about > lines.index("Spiegel")
    for label in ("Bestand:", "SHA-256:", "Aantal records:", "Layout:", "Gecontroleerd:"):
        assert any(line.startswith(label) for line in lines[about:]), label
    assert f"SHA-256:        {SHA_INPUT}" in lines[about:]
    assert "Gecontroleerd:  23-11-2026 09:40" in lines
    assert "Peildatum:      23-11-2026" in lines


def test_text_shows_long_type_names_in_full() -> None:
    text = render(make_report(), "text")
    assert isinstance(text, str)
    assert "59 Overige faciliterende voorziening\n" in text
    assert "…" not in text


def test_text_groups_by_rule_most_severe_first() -> None:
    text = render(make_report(), "text")
    assert isinstance(text, str)
    assert text.index("FOUT SRG201") < text.index("FOUT SRG501")
    assert "regel 12, einddatum: Einddatum 2026-01-01" in text
    assert "Richtlijn: Registratie: velden, datums en codes (registratie-velden)" in text
    assert "srg-guide guidelines" not in text  # no command line in a report
    assert "... en nog 1 niet getoond" in text
    assert "- vorige levering regel 31, registratienummer: Deze" in text
    assert "Zonder bevindingen (1): SRG305" in text


# -- HTML ---------------------------------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "input", "link", "rect", "line"}


class TagBalance(HTMLParser):
    """Records tags, and fails on a close tag that does not match the open one."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.seen: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append(tag)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> sluit {self.stack[-1:]}"
        self.stack.pop()


@pytest.mark.parametrize("report", [make_report(), empty_report()])
def test_html_is_well_formed_and_self_contained(report: Report) -> None:
    page = render(report, "html")
    assert isinstance(page, str)
    parser = TagBalance()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    assert parser.seen.count("script") == (1 if report.results else 0)
    assert "<script src" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "fetch(" not in page and "XMLHttpRequest" not in page


def test_html_holds_identity_charts_and_rule_help() -> None:
    page = render(make_report(), "html")
    assert isinstance(page, str)
    assert page.index("Samenvatting") < page.index("Spiegel") < page.index("Over dit rapport")
    assert page.index(SHA_INPUT) > page.index("Over dit rapport")
    assert "1.234" in page and "23-11-2026 09:40" in page and "2026-11-23" not in page
    assert page.count("<svg") == 6
    assert rule_info("SRG201").fix in page
    assert "<strong>Registratie: velden, datums en codes</strong>: " in page
    assert "Welke gegevens u per voorziening vastlegt" in page
    assert "srg-guide guidelines" not in page
    assert "+10" in page and "-15" in page  # change against the previous delivery


def test_html_escapes_text_from_the_file() -> None:
    report = make_report()
    finding = report.results[2].findings[0]
    report.results[2].findings[0] = type(finding)(
        finding.code, finding.severity, "<script>alert(1)</script>", line=3
    )
    page = render(report, "html")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# -- CSV and XLSX -------------------------------------------------------------------------------


def test_csv_is_excel_friendly() -> None:
    data = render(make_report(), "csv", show_personal=True)
    assert isinstance(data, bytes)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Bestand", f"leveringen/levering-{BSNS[3]}.csv"]
    assert rows[1] == ["Verslagmaand", "oktober 2026"]
    header = rows.index([]) + 1
    assert rows[header][:5] == ["controle", "ernst", "titel", "regel", "regel vorige levering"]
    end = rows.index([], header)
    findings = rows[header + 1 : end]
    assert rows[end + 1] == ["Over dit rapport"]
    assert ["SHA-256", SHA_INPUT] in rows[end:]
    assert [(r[0], r[3], r[4]) for r in findings] == [
        ("SRG201", "12", ""),
        ("SRG501", "7", ""),
        ("SRG501", "9", ""),
        ("SRG401", "", "31"),
    ]
    assert findings[2][8] == f"'={BSNS[1]}"  # never a formula


def test_xlsx_sheets_filter_and_frozen_header() -> None:
    data = render(make_report(), "xlsx", show_personal=True)
    assert isinstance(data, bytes)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == [
        "Samenvatting",
        "Bevindingen",
        "Niet uitgevoerd",
        "Spiegel",
        "Kwartaal",
        "Over dit rapport",
    ]
    sheet = book["Bevindingen"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:K5"
    assert [c.value for c in sheet[1]][:3] == ["controle", "ernst", "titel"]
    assert sheet["I4"].value == f"={BSNS[1]}"
    assert sheet["I4"].data_type == "s"
    assert sheet["I4"].quotePrefix
    spiegel = book["Spiegel"]
    assert [c.value for c in spiegel[2]][:3] == ["22", "Participatieplaats", 120]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_csv_and_xlsx_say_when_findings_are_cut_at_the_limit(fmt: str) -> None:
    report = make_report()
    result = next(r for r in report.results if r.findings)
    shown = len(result.findings)
    result.count = shown + 7
    output = as_text(render(report, fmt), fmt)
    note = f"{result.rule.code}: {shown} van {shown + 7} bevindingen getoond, 7 niet getoond"
    assert note in output


# -- writing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_report_replaces_the_file_whole(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"rapport.{fmt}"
    target.write_bytes(b"oud" * 100_000)
    write_report(make_report(), fmt, target)
    expected = render(make_report(), fmt)
    written = target.read_bytes()
    if fmt == "xlsx":  # zip timestamps differ between runs; compare what is inside
        assert as_text(written, fmt) == as_text(expected, fmt)
    else:
        assert written == (expected.encode() if isinstance(expected, str) else expected)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_write_report_to_an_unwritable_place_is_a_dutch_error(tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    with pytest.raises(SrgGuideError, match="kan niet schrijven"):
        write_report(make_report(), "json", blocker / "rapport.json")
    assert blocker.read_text() == "geen map"


@pytest.mark.parametrize("fmt", ["text", "html", "json"])
def test_a_code_not_from_the_cbs_list_says_so(fmt: str) -> None:
    report = make_report()
    report.mirror.types[2] = dataclasses.replace(report.mirror.types[2], code_source="voorbeeld")
    output = as_text(render(report, fmt), fmt)
    if fmt == "json":
        sources = [t["code_source"] for t in json.loads(output)["mirror"]["types"]]
        assert sources == ["codelijst", "codelijst", "voorbeeld"]
    else:
        assert "59 (voorbeeldcode, niet van het CBS)" in " ".join(output.split()) or (
            "voorbeeldcode, niet van het CBS" in output
        )
        assert "22 (" not in output


def test_chart_labels_are_never_cut_off() -> None:
    report = make_report()
    long_name = "Loonkostensubsidie op grond van de Participatiewet (zeer lange naam)"
    report.mirror.types[0] = dataclasses.replace(report.mirror.types[0], name=long_name)
    page = render(report, "html")
    assert isinstance(page, str)
    assert f">22 {long_name}</text>" in page
    assert "…" not in page
    assert 'class="chart wide"' in page


def test_field_names_in_messages_read_as_words() -> None:
    report = make_report()
    finding = report.results[2].findings[0]
    report.results[2].findings[0] = dataclasses.replace(
        finding, field="doel_inzet", message="Het veld doel_inzet past niet bij type_voorziening."
    )
    document = json.loads(render(report, "json"))
    row = document["rules"][1]["findings"][0]
    assert row["field"] == "doel inzet"
    assert row["message"] == "Het veld doel inzet past niet bij type voorziening."


def test_real_reports_have_no_snake_case_names() -> None:
    from srg_guide.checks.runner import run_check
    from srg_guide.locations import bundled_sample

    sample = bundled_sample()
    report = run_check(sample, previous=sample.with_name("voorbeeld-levering-vorige-maand.csv"))
    for fmt in ("text", "csv"):
        output = as_text(render(report, fmt), fmt)
        body = output[: output.index("Over dit rapport")]
        assert not re.findall(r"\b[a-z]+_[a-z_]+\b", body), fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_report_to_share_names_files_without_their_folder(fmt: str) -> None:
    report = make_report()
    report.identity = dataclasses.replace(
        report.identity,
        layout_file="/home/jan/srg/layouts/eigen.yaml",
        input_file="C:\\Users\\jan\\leveringen\\oktober.csv",
        previous_file="/home/jan/leveringen/september.csv",
    )
    shared = as_text(render(report, fmt, audience="delen"), fmt)
    assert "jan" not in shared
    assert "eigen.yaml" in shared and "oktober.csv" in shared and "september.csv" in shared
    local = as_text(render(report, fmt), fmt)
    assert "/home/jan/srg/layouts/eigen.yaml" in local  # the herstel report keeps full paths
