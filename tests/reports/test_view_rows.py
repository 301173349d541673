"""Findings that share a message or a value still each show what belongs to them."""

from __future__ import annotations

import dataclasses
import json

from sample_reports import make_report

from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.report import RuleResult
from srg_guide.reports import render


def shown_findings(findings: list[Finding], audience: str = "herstel") -> list[dict[str, object]]:
    report = make_report()
    rule = dataclasses.replace(report.results[2].rule, code="SRG999")
    report.results.append(RuleResult(rule, len(findings), findings))
    rules = json.loads(render(report, "json", audience=audience))["rules"]
    return next(r["findings"] for r in rules if r["code"] == "SRG999")


def finding(field: str, value: str, **extra: object) -> Finding:
    return Finding("SRG999", Severity.FOUT, "Datum klopt niet", field=field, value=value, **extra)


def test_one_value_in_two_fields_is_shown_as_each_field_allows() -> None:
    shown = shown_findings(
        [
            finding("geboortedatum", "19800115", line=1),
            finding("begindatum", "19800115", line=2),
            finding("geboortedatum", "19800115", line=3),
        ]
    )
    assert [(f["field"], f["value"]) for f in shown] == [
        ("geboortedatum", "geboortejaar 1980"),
        ("begindatum", "19800115"),
        ("geboortedatum", "geboortejaar 1980"),
    ]


def test_context_values_follow_their_field_name() -> None:
    context = (("doel_inzet", "2"), ("geboortedatum", "19750301"))
    shown = shown_findings(
        [finding("begindatum", "2026-01-01", line=n, context=context) for n in (1, 2)]
    )
    assert [f["details"] for f in shown] == 2 * [
        [
            {"field": "doel inzet", "value": "2"},
            {"field": "geboortedatum", "value": "geboortejaar 1975"},
        ]
    ]


def test_messages_with_field_names_read_as_words_in_every_finding() -> None:
    findings = [
        Finding("SRG999", Severity.FOUT, "doel_inzet ontbreekt bij 123456782", line=n)
        for n in (1, 2)
    ]
    assert [f["message"] for f in shown_findings(findings)] == 2 * [
        "doel inzet ontbreekt bij *******82"
    ]


def test_sharing_numbers_repeated_keys_alike_when_messages_repeat() -> None:
    findings = [finding("begindatum", "x", line=n, key=k) for n, k in enumerate("ABAC")]
    a, b, a_again, c = (f["key"] for f in shown_findings(findings, "delen"))
    assert a == a_again
    assert len({a, b, c}) == 3
    assert all(str(key).startswith("vz-") for key in (a, b, c))
