"""--kwartaal: the counts of one delivery in the shape of the CBS quarterly mail (June 2024)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from sample_reports import as_text, make_report

from srg_guide.checks.finding import Severity
from srg_guide.checks.report import Report, RuleInfo, RuleResult, SkippedRule
from srg_guide.reports import FORMATS, render
from srg_guide.reports.quarter import quarter_of

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "report-schema.json").read_text())
LOONWAARDE = "Loonwaarde niet gevuld"
AOW = "Leeftijd bij lopende voorziening einde verslagmaand is AOW-gerechtigd of ouder"


def rule(code: str) -> RuleInfo:
    return RuleInfo(code, Severity.SIGNAAL, f"titel {code}", "betekenis", "oplossing")


def quarter_report() -> Report:
    """Five LKS findings without loonwaarde; the AOW controle did not run; 5 over 24 months."""
    report = make_report()
    report.results = [r for r in report.results if r.rule.code != "SRG305"]
    report.results += [RuleResult(rule("SRG303"), 5), RuleResult(rule("SRG305"), 6)]
    report.results += [RuleResult(rule("SRG302"), 0), RuleResult(rule("SRG301"), 0)]
    reason = "veld geboortedatum ontbreekt in de layout"
    report.skipped = [SkippedRule(rule("SRG304"), reason, "field")]
    return report


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        ("2026-01", "1e kwartaal 2026 (verslagmaand januari 2026)"),
        ("2024-06", "2e kwartaal 2024 (verslagmaand juni 2024)"),
        ("2024-07", "3e kwartaal 2024 (verslagmaand juli 2024)"),
        ("2026-12", "4e kwartaal 2026 (verslagmaand december 2026)"),
        (None, "kwartaal onbekend (verslagmaand onbekend)"),
        ("2026-13", "kwartaal onbekend (verslagmaand onbekend)"),
    ],
)
def test_quarter_of_the_reporting_month(month: str | None, expected: str) -> None:
    assert quarter_of(month) == expected


def test_text_has_both_tables_of_the_mail() -> None:
    text = render(quarter_report(), "text", quarter=True)
    assert isinstance(text, str)
    lines = text.splitlines()
    assert lines[0] == "Kwartaaloverzicht SRG"
    assert any(
        line.startswith("Signalering kwaliteit") and "Aantal voorzieningen" in line
        for line in lines
    )
    header = next(line for line in lines if line.startswith("Type voorziening"))
    assert "Maximale duur volgens het CBS" in header and "Aantal voorzieningen" in header
    assert next(line for line in lines if line.startswith(LOONWAARDE)).endswith(" 5")
    row22 = next(line for line in lines if line.startswith("22 Participatieplaats"))
    assert row22.split()[-3:] == ["24", "maanden", "5"]
    assert "4e kwartaal 2026" in text
    assert max(len(line) for line in lines) <= 80
    assert text.index("Over dit rapport") > text.index("Type voorziening")
    assert "FOUT SRG201" not in text  # the quarterly view, not the findings


def test_a_controle_that_did_not_run_is_not_counted_as_zero() -> None:
    text = render(quarter_report(), "text", quarter=True)
    assert isinstance(text, str)
    flat = " ".join(text.split())
    assert next(line for line in text.splitlines() if line.startswith("Leeftijd")).endswith(
        " niet uitgevoerd"
    )
    assert "SRG304: veld geboortedatum ontbreekt in de layout" in flat
    document = json.loads(render(quarter_report(), "json"))
    aow = next(row for row in document["quarter"]["quality"] if row["code"] == "SRG304")
    assert aow == {
        "code": "SRG304",
        "label": AOW,
        "count": None,
        "reason": "veld geboortedatum ontbreekt in de layout",
    }


def test_durations_not_run_without_the_duration_controle() -> None:
    report = quarter_report()
    report.results = [r for r in report.results if r.rule.code != "SRG305"]
    report.skipped.append(SkippedRule(rule("SRG305"), "verslagmaand onleesbaar", "month"))
    document = json.loads(render(report, "json"))
    assert {row["count"] for row in document["quarter"]["durations"]} == {None}


def test_json_quarter_validates() -> None:
    document = json.loads(render(quarter_report(), "json", quarter=True))
    jsonschema.validate(document, SCHEMA)
    quality = {row["label"]: row["count"] for row in document["quarter"]["quality"]}
    assert quality[LOONWAARDE] == 5
    durations = [(r["type"], r["max_months"], r["count"]) for r in document["quarter"]["durations"]]
    assert durations == [
        ("22 Participatieplaats", 24, 5),
        ("29 Overige werkplekken", 60, 1),
        ("42 Training", 60, 0),
    ]


def test_csv_and_xlsx_hold_the_mail_tables() -> None:
    data = render(quarter_report(), "csv", quarter=True)
    assert isinstance(data, bytes)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert ["Signalering kwaliteit", "Aantal voorzieningen", "reden"] in rows
    assert ["22 Participatieplaats", "24 maanden", "5", ""] in rows
    book = openpyxl.load_workbook(io.BytesIO(render(quarter_report(), "xlsx")))  # type: ignore[arg-type]
    cells = [[c.value for c in row] for row in book["Kwartaal"].iter_rows()]
    assert [LOONWAARDE, 5, None, None] in cells


def test_html_quarter_page() -> None:
    page = render(quarter_report(), "html", quarter=True)
    assert isinstance(page, str)
    assert "<h1>Kwartaaloverzicht SRG</h1>" in page
    assert '<th scope="col">Signalering kwaliteit</th>' in page
    assert "Maximale duur volgens het CBS" in page
    assert "<script" not in page
    assert page.index('id="kwartaal"') < page.index('id="over"')


@pytest.mark.parametrize("fmt", FORMATS)
def test_quarter_keeps_the_privacy_rules(fmt: str) -> None:
    output = as_text(render(quarter_report(), fmt, quarter=True), fmt)
    assert "levering-*******15.csv" in output


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "xlsx"])
def test_quarter_names_the_fouten_of_the_whole_check(fmt: str) -> None:
    output = " ".join(as_text(render(quarter_report(), fmt, quarter=True), fmt).split())
    assert "Hele controle van deze levering: 4 fouten, 1 waarschuwing" in output


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "xlsx"])
def test_quarter_lists_the_duration_controle_that_did_not_run(fmt: str) -> None:
    report = quarter_report()
    report.results = [r for r in report.results if r.rule.code != "SRG305"]
    report.mirror.maxima = []
    reason = "de tabel maximale looptijden heeft geen maximale looptijden"
    report.skipped.append(SkippedRule(rule("SRG305"), reason, "table"))
    output = " ".join(as_text(render(report, fmt, quarter=True), fmt).split())
    assert f"SRG305: {reason}" in output


def test_durations_are_not_zero_when_the_layout_lets_the_spiegel_count_nothing(
    tmp_path: Path,
) -> None:
    """Without doel inzet SRG305 still runs, but the spiegel counts no type: no false 0."""
    from srg_guide.checks.layout import load_layout
    from srg_guide.checks.runner import run_check
    from tests.checks.deliveries import layout_without, write_delivery

    record = {"verslagmaand": "202410", "type_voorziening": "22", "begindatum": "20200101"}
    delivery = write_delivery(tmp_path / "l.csv", [record], without=["doel_inzet"])
    layout = load_layout(str(layout_without(tmp_path, ["doel_inzet"])))
    report = run_check(delivery, layout=layout)
    assert next(r for r in report.results if r.rule.code == "SRG305").count == 1
    quarter = json.loads(render(report, "json", quarter=True))["quarter"]
    assert quarter["durations"]
    assert all(
        row["count"] is None and "doel inzet" in row["reason"] for row in quarter["durations"]
    )
    assert json.loads(render(report, "json"))["mirror"]["started"] is None
