"""Reports of a real check run: the runner's Report goes through every renderer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from sample_reports import NINE_DIGITS, as_text

from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from srg_guide.locations import bundled_sample
from srg_guide.privacy import is_bsn
from srg_guide.reports import FORMATS, render

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "report-schema.json").read_text())
HEADER = (
    "gemeentecode;berichtgevercode;verslagmaand;registratienummer;bsn;geboortedatum;"
    "type_voorziening;doel_inzet;begindatum;einddatum;loonwaarde;arbeidsvermogen"
)
BSNS = ["111222333", "123456782", "999990019", "640318915", "100000009", "100000010"]


def delivery(month: str, rows: list[tuple[str, str, str, str, str, str]]) -> str:
    """CSV in the example layout; rows are (registratienummer, bsn, type, doel, begin, end)."""
    lines = [HEADER]
    for reg, bsn, type_code, doel, begin, end in rows:
        lines.append(f"0363;12345;{month};{reg};{bsn};19800115;{type_code};{doel};{begin};{end};;")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path, bytes]:
    folder = tmp_path_factory.mktemp("levering")
    previous = folder / "vorige.csv"
    previous.write_text(
        delivery(
            "202609",
            [
                ("R001", BSNS[0], "22", "2", "20200101", ""),  # over 24 months
                ("R002", BSNS[1], "42", "1", "20260101", ""),
                ("R003", BSNS[2], "29", "1", "20250101", ""),  # vanishes
            ],
        )
    )
    current = folder / f"levering-{BSNS[3]}.csv"
    current.write_text(
        delivery(
            "202610",
            [
                ("R001", BSNS[0], "22", "2", "20200101", ""),
                ("R002", BSNS[1], "42", "1", "20260101", "20251201"),  # end before start
                ("R004", BSNS[4], "29", "1", "20261001", ""),
                (BSNS[5], BSNS[5], "30", "1", "20261001", ""),  # BSN as registratienummer
            ],
        )
    )
    original = current.read_bytes()
    report = run_check(current, previous=previous)
    return report, current, original


def test_check_leaves_the_input_unchanged(checked: tuple[Report, Path, bytes]) -> None:
    report, current, original = checked
    assert current.read_bytes() == original
    assert report.identity.input_sha256 == hashlib.sha256(original).hexdigest()


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_bsn_in_any_report_of_a_real_check(
    checked: tuple[Report, Path, bytes], fmt: str
) -> None:
    report = checked[0]
    output = as_text(render(report, fmt), fmt)
    for digest in (report.identity.input_sha256, report.identity.previous_sha256 or ""):
        output = output.replace(digest, "")
    assert [m for m in NINE_DIGITS.findall(output) if is_bsn(m)] == []
    assert report.identity.row_count == 4
    assert "*******15" in output  # the file name, masked


def test_real_json_validates_and_matches_the_report(checked: tuple[Report, Path, bytes]) -> None:
    report = checked[0]
    document = json.loads(render(report, "json"))
    jsonschema.validate(document, SCHEMA)
    assert sum(rule["count"] for rule in document["rules"]) == sum(r.count for r in report.results)
    assert document["summary"]["exit_code"] == report.exit_code == 1
    assert document["mirror"]["previous_total"] == 3


def test_real_text_and_html_list_every_finding_line(checked: tuple[Report, Path, bytes]) -> None:
    report = checked[0]
    text, page = render(report, "text"), render(report, "html")
    assert isinstance(text, str) and isinstance(page, str)
    assert "<svg" in page
    for result in report.results:
        for finding in result.findings:
            assert result.rule.code in text and result.rule.code in page
            if finding.line is not None:
                assert f"regel {finding.line}" in text
                assert f'<td class="num" data-value="{finding.line}">{finding.line}' in page


def test_bundled_sample_renders_in_every_format_without_bsns() -> None:
    sample = bundled_sample()
    report = run_check(sample, previous=sample.with_name("voorbeeld-levering-vorige-maand.csv"))
    assert report.exit_code == 1 and report.mirror.previous_total
    for fmt in FORMATS:
        output = as_text(render(report, fmt), fmt)
        if fmt == "json":
            jsonschema.validate(json.loads(output), SCHEMA)
        if fmt == "html":
            assert output.count("<svg") == 6  # types, doel, month, spans, max, change
        for digest in (report.identity.input_sha256, report.identity.previous_sha256 or ""):
            output = output.replace(digest, "")
        assert [m for m in NINE_DIGITS.findall(output) if is_bsn(m)] == [], fmt
