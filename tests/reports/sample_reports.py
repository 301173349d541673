"""A synthetic Report full of BSN-like values, and a scan of rendered output for BSNs."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re

import openpyxl

from srg_guide.checks.finding import Finding
from srg_guide.checks.report import Identity, Mirror, Report, RuleInfo, RuleResult, TypeMirror
from srg_guide.privacy import contains_bsn, is_bsn

# Fake numbers that pass the elfproef: no output may show them at default options.
BSNS = ("111222333", "123456782", "999990019", "640318915")
SHA_INPUT = "ab" * 32
SHA_PREVIOUS = "cd" * 32
NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")


def as_text(output: str | bytes, fmt: str) -> str:
    """Everything a reader of the output could see, as one string."""
    if fmt == "xlsx":
        assert isinstance(output, bytes)
        book = openpyxl.load_workbook(io.BytesIO(output))
        cells = [
            str(cell.value)
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        return "\n".join([*book.sheetnames, *cells])
    return output.decode("utf-8-sig") if isinstance(output, bytes) else output


def bsns_in(text: str) -> list[str]:
    """Possible BSNs (also written with dots, spaces or dashes), ignoring the two known hashes."""
    text = text.replace(SHA_INPUT, "").replace(SHA_PREVIOUS, "")
    plain = [m.group() for m in NINE_DIGITS.finditer(text) if is_bsn(m.group())]
    return plain or (["(met scheidingstekens)"] if contains_bsn(text) else [])


@functools.cache
def _registered_rules() -> dict[str, RuleInfo]:
    """Every real rule as report data; the one place that names the registry's API."""
    from srg_guide.checks.rules import all_rules

    return {rule.code: rule.info() for rule in all_rules()}


def rule_info(code: str) -> RuleInfo:
    """Code, severity, title and texts of the real rule ``code``, so samples never contradict it."""
    return _registered_rules()[code]


def make_report(*, with_previous: bool = True) -> Report:
    """Four real rules (one quiet), BSNs in values, keys, messages and even a file name."""
    identity = Identity(
        tool_version="0.1.0",
        ruleset_version="2025.1",
        layout_name="voorbeeld (aanname)",
        layout_file="tables/layouts/voorbeeld.yaml",
        input_file=f"leveringen/levering-{BSNS[3]}.csv",
        input_sha256=SHA_INPUT,
        row_count=1234,
        run_at=dt.datetime(2026, 11, 23, 9, 40, 12),
        as_of=dt.date(2026, 11, 23),
        reporting_month="2026-10",
        previous_file="leveringen/levering-2026-09.csv" if with_previous else None,
        previous_sha256=SHA_PREVIOUS if with_previous else None,
    )
    end_before_start = rule_info("SRG201")
    bsn_field = rule_info("SRG501")
    duration = rule_info("SRG305")
    vanished = rule_info("SRG401")
    results = [
        RuleResult(duration, 0, []),
        RuleResult(
            vanished,
            1,
            [
                Finding(
                    vanished.code,
                    vanished.severity,
                    "Deze voorziening ontbreekt nu.",
                    field="registratienummer",
                    key="R000777/0363/B01",
                    previous_line=31,
                )
            ],
        ),
        RuleResult(
            bsn_field,
            3,
            [
                Finding(
                    bsn_field.code,
                    bsn_field.severity,
                    f"Veld opmerking bevat {BSNS[0]}",
                    line=7,
                    field="opmerking",
                    value=BSNS[0],
                    key=f"{BSNS[1]}|0363|B01",
                ),
                Finding(
                    bsn_field.code,
                    bsn_field.severity,
                    "Veld registratienummer lijkt een BSN",
                    line=9,
                    field="registratienummer",
                    value=f"={BSNS[1]}",
                    key=f"{BSNS[1]}|0363|B01",
                ),
            ],
        ),
        RuleResult(
            end_before_start,
            1,
            [
                Finding(
                    end_before_start.code,
                    end_before_start.severity,
                    "Einddatum 2026-01-01 ligt voor begindatum 2026-02-01",
                    line=12,
                    field="einddatum",
                    value="2026-01-01",
                    key="R000123|0363|B01",
                )
            ],
        ),
    ]
    mirror = Mirror(
        types=[
            TypeMirror(
                "22",
                "Participatieplaats",
                120,
                {"1": 20, "2": 100},
                3,
                1,
                118,
                24,
                5,
                110 if with_previous else None,
            ),
            TypeMirror(
                "29",
                "Overige werkplekken",
                80,
                {"1": 80},
                6,
                2,
                78,
                60,
                1,
                95 if with_previous else None,
            ),
            TypeMirror(
                "59",
                "Overige faciliterende voorziening",
                12,
                {"1": 12},
                2,
                0,
                12,
                None,
                0,
                12 if with_previous else None,
            ),
        ],
        per_doel={"1": 112, "2": 100},
        doel_names={"1": "Re-integratie", "2": "Participatie"},
        started=11,
        ended=3,
        running=208,
        duration_months={"0-6": 50, "6-12": 70, "12-24": 60, "24+": 28},
        previous_total=217 if with_previous else None,
        maxima=[
            ("22", "Participatieplaats", 24),
            ("29", "Overige werkplekken", 60),
            ("42", "Training", 60),
        ],
    )
    return Report(identity=identity, results=results, mirror=mirror)
