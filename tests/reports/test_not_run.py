"""Controles that did not run are listed as "Niet uitgevoerd" in every format, never as clean."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from sample_reports import as_text, make_report

from srg_guide.checks.finding import Severity
from srg_guide.checks.report import Report, RuleInfo, SkippedRule
from srg_guide.reports import FORMATS, render

SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "report-schema.json").read_text())
AOW = RuleInfo(
    code="SRG304",
    severity=Severity.SIGNAAL,
    title="AOW-leeftijd bereikt terwijl de voorziening loopt",
    meaning="De persoon heeft de AOW-leeftijd.",
    fix="Sluit de voorziening af.",
)
LKS = RuleInfo(
    code="SRG303",
    severity=Severity.SIGNAAL,
    title="Loonkostensubsidie zonder loonwaarde",
    meaning="Bij LKS hoort een loonwaarde.",
    fix="Vul de loonwaarde in.",
)
AOW_REASON = "veld geboortedatum ontbreekt in de layout"
LKS_REASON = "code voor Loonkostensubsidie op grond van de Participatiewet niet ingesteld"


def skipped_report(*, clean: bool = False, strict: bool = False) -> Report:
    """The sample report with two controles that did not run; ``clean`` drops every finding."""
    report = make_report()
    if clean:
        report.results = [r for r in report.results if not r.count]
    report.skipped = [SkippedRule(LKS, LKS_REASON, "code"), SkippedRule(AOW, AOW_REASON, "field")]
    report.strict = strict
    report.notices = ["Tabel durations: op 31-12-2019 gold nog geen versie."]
    return report


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_lists_what_did_not_run_and_why(fmt: str) -> None:
    output = " ".join(as_text(render(skipped_report(), fmt), fmt).split())
    assert ("not_run" if fmt == "json" else "Niet uitgevoerd") in output
    for code, reason in (("SRG303", LKS_REASON), ("SRG304", AOW_REASON)):
        assert code in output and reason in output, (fmt, code)
    assert "Tabel durations: op 31-12-2019 gold nog geen versie." in output


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "xlsx"])
def test_a_controle_that_did_not_run_is_not_listed_as_clean(fmt: str) -> None:
    output = " ".join(as_text(render(skipped_report(clean=True), fmt), fmt).split())
    assert "kan naar het CBS" not in output
    assert "Geen bevindingen in de controles die konden draaien." in output
    assert "2 controles zijn niet uitgevoerd" in output


def test_text_places_not_run_after_the_summary_and_before_the_findings() -> None:
    text = render(skipped_report(), "text")
    assert isinstance(text, str)
    lines = text.splitlines()
    start = lines.index("Niet uitgevoerd (2):")
    assert lines.index("Let op:") < start < text.splitlines().index("Spiegel")
    assert text.index("Niet uitgevoerd (2):") < text.index("FOUT SRG201")
    item = f"- SRG304 AOW-leeftijd bereikt terwijl de voorziening loopt: {AOW_REASON}"
    assert item in " ".join(text.split())
    assert "Zonder bevindingen (1): SRG305" in text  # only what ran


def test_strict_says_it_counts_as_an_error() -> None:
    text = render(skipped_report(clean=True, strict=True), "text")
    assert isinstance(text, str)
    assert "niet uitgevoerd en dat telt hier als fout" in " ".join(text.split())
    document = json.loads(render(skipped_report(clean=True, strict=True), "json"))
    assert document["strict"] is True
    assert document["summary"]["exit_code"] == 1


def test_json_not_run_validates_and_stays_out_of_rules() -> None:
    document = json.loads(render(skipped_report(), "json"))
    jsonschema.validate(document, SCHEMA)
    assert document["summary"]["not_run"] == 2
    assert [(i["code"], i["kind"], i["reason"]) for i in document["not_run"]] == [
        ("SRG303", "code", LKS_REASON),
        ("SRG304", "field", AOW_REASON),
    ]
    assert not {"SRG303", "SRG304"} & {rule["code"] for rule in document["rules"]}
    assert document["notices"] == ["Tabel durations: op 31-12-2019 gold nog geen versie."]


def test_html_has_a_not_run_section_with_reasons() -> None:
    page = render(skipped_report(), "html")
    assert isinstance(page, str)
    section = page[page.index('id="niet-uitgevoerd"') : page.index('id="controles"')]
    assert "<td>SRG304</td>" in section and AOW_REASON in section


def test_xlsx_has_a_not_run_sheet() -> None:
    import io

    book = openpyxl.load_workbook(io.BytesIO(render(skipped_report(), "xlsx")))  # type: ignore[arg-type]
    rows = [[c.value for c in row] for row in book["Niet uitgevoerd"].iter_rows()]
    assert rows[0] == ["controle", "ernst", "titel", "reden"]
    assert rows[2] == ["SRG304", "signaal", AOW.title, AOW_REASON]


def test_nothing_skipped_means_no_section() -> None:
    text = render(make_report(), "text")
    assert isinstance(text, str)
    assert "Niet uitgevoerd" not in text
