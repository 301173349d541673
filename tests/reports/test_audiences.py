"""Two audiences on a real check: ``herstel`` can find each record, ``delen`` leaks none.

The privacy scan runs over every format in both modes: no BSN anywhere, no birth date in full,
and with ``delen`` no registratienummer from either delivery.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sample_reports import as_text

from srg_guide.checks.report import Report
from srg_guide.checks.runner import run_check
from srg_guide.cli import main
from srg_guide.privacy import contains_bsn
from srg_guide.reports import FORMATS, render

SHA256 = re.compile(r"[0-9a-f]{64}")


def column(path: Path, name: str) -> set[str]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        return {row[name] for row in csv.DictReader(handle, delimiter=";") if row.get(name)}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Report, Path, Path]:
    folder = tmp_path_factory.mktemp("publiek")
    current, previous = folder / "levering.csv", folder / "vorige.csv"
    args = ["sample", "--rows", "300", "--seed", "7", "--previous-out", str(previous)]
    assert main([*args, str(current)]) == 0
    return run_check(current, previous=previous), current, previous


def scan(report: Report, fmt: str, audience: str) -> str:
    return SHA256.sub("", as_text(render(report, fmt, audience=audience), fmt))


@pytest.mark.parametrize("audience", ["herstel", "delen"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_privacy_scan_over_every_format(
    checked: tuple[Report, Path, Path], fmt: str, audience: str
) -> None:
    report, current, previous = checked
    output = scan(report, fmt, audience)
    assert not contains_bsn(output)
    birth_dates = column(current, "geboortedatum") | column(previous, "geboortedatum")
    assert not [d for d in birth_dates if len(d) == 8 and d in output]
    if audience == "delen":
        numbers = column(current, "registratienummer") | column(previous, "registratienummer")
        leaked = sorted(n for n in numbers if len(n) > 3 and n in output)
        assert leaked == [], fmt
        assert "vz-1" in output


def test_herstel_shows_registratienummers_in_full(checked: tuple[Report, Path, Path]) -> None:
    report, current, _ = checked
    document = json.loads(render(report, "json"))
    keys = [f["key"] for rule in document["rules"] for f in rule["findings"] if f["key"]]
    assert keys
    numbers = column(current, "registratienummer")
    assert any(key.split("/")[0] in numbers for key in keys)
    assert document["privacy"] == {"audience": "herstel", "keys": "full", "values": "harmless"}


def test_herstel_shows_harmless_values_and_only_the_birth_year(
    checked: tuple[Report, Path, Path],
) -> None:
    document = json.loads(render(checked[0], "json"))
    findings = [(r["code"], f) for r in document["rules"] for f in r["findings"]]
    dates = [f["value"] for code, f in findings if code == "SRG201"]
    assert dates and all(re.fullmatch(r"\d\d-\d\d-\d{4}", d or "") for d in dates)
    births = [f["value"] for _, f in findings if f["field"] == "geboortedatum" and f["value"]]
    assert births and all(re.fullmatch(r"geboortejaar (19|20)\d\d", b) for b in births)
    bsn_values = [f["value"] for _, f in findings if f["field"] == "bsn" and f["value"]]
    assert bsn_values and all(v.startswith("*******") for v in bsn_values)


def test_delen_keeps_counts_codes_and_lines_only(checked: tuple[Report, Path, Path]) -> None:
    report = checked[0]
    document = json.loads(render(report, "json", audience="delen"))
    assert document["privacy"] == {"audience": "delen", "keys": "pseudonym", "values": "omitted"}
    findings = [f for r in document["rules"] for f in r["findings"]]
    assert all(f["value"] is None and f["details"] == [] for f in findings)
    assert all(f["key"] is None or re.fullmatch(r"vz-\d+", f["key"]) for f in findings)
    herstel = json.loads(render(report, "json"))
    assert [r["count"] for r in document["rules"]] == [r["count"] for r in herstel["rules"]]
    assert [f["line"] for r in document["rules"] for f in r["findings"]] == [
        f["line"] for r in herstel["rules"] for f in r["findings"]
    ]


def test_delen_gives_one_pseudonym_per_registratienummer(
    checked: tuple[Report, Path, Path],
) -> None:
    report = checked[0]
    shared = json.loads(render(report, "json", audience="delen"))
    full = json.loads(render(report, "json"))
    pairs = {
        (a["key"], b["key"])
        for ra, rb in zip(full["rules"], shared["rules"], strict=True)
        for a, b in zip(ra["findings"], rb["findings"], strict=True)
        if a["key"]
    }
    forward: dict[str, str] = {}
    backward: dict[str, str] = {}
    for key, pseudonym in pairs:
        assert forward.setdefault(key, pseudonym) == pseudonym
        assert backward.setdefault(pseudonym, key) == key


def test_html_delen_has_no_values_column(checked: tuple[Report, Path, Path]) -> None:
    page = render(checked[0], "html", audience="delen")
    assert isinstance(page, str)
    assert "Waarden</button>" not in page
    assert "Waarden</button>" in str(render(checked[0], "html"))


def test_herstel_shows_both_dates_of_an_end_before_start(
    checked: tuple[Report, Path, Path],
) -> None:
    document = json.loads(render(checked[0], "json"))
    rows = next(r for r in document["rules"] if r["code"] == "SRG201")["findings"]
    assert rows
    for row in rows:
        assert row["field"] == "einddatum" and re.fullmatch(r"\d\d-\d\d-\d{4}", row["value"])
        assert [d["field"] for d in row["details"]] == ["begindatum"]
        end, start = (
            dt.datetime.strptime(v, "%d-%m-%Y") for v in (row["value"], row["details"][0]["value"])
        )
        assert end < start
    shared = json.loads(render(checked[0], "json", audience="delen"))
    rows = next(r for r in shared["rules"] if r["code"] == "SRG201")["findings"]
    assert all(row["details"] == [] and row["value"] is None for row in rows)
