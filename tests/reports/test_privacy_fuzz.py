"""Whatever text a rule or file puts in a finding, no format shows a BSN, for either audience."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st
from sample_reports import as_text, bsns_in, make_report

from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.report import RuleResult
from srg_guide.privacy import is_bsn
from srg_guide.reports import FORMATS, render


@st.composite
def bsn(draw: st.DrawFn) -> str:
    """A nine-digit number that passes the elfproef."""
    head = draw(st.lists(st.integers(0, 9), min_size=8, max_size=8))
    check = sum(d * w for d, w in zip(head, range(9, 1, -1), strict=True)) % 11
    digits = "".join(map(str, head)) + str(check if check < 10 else 0)
    return digits if is_bsn(digits) else "111222333"


FILLER = st.text(alphabet="ab -/|:=<>\"'&;.0123456789\n\t€é\x1b\x00", max_size=12)
# A BSN as people write it: 123.456.782, 123 456 782, 1234-56-782.
SEPARATED = bsn().flatmap(
    lambda digits: st.sampled_from([".", " ", "-"]).map(
        lambda sep: f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"
    )
)
LONG_DIGITS = st.text(alphabet="0123456789", min_size=10, max_size=120)
TEXTS = st.lists(st.one_of(FILLER, bsn(), SEPARATED, LONG_DIGITS), min_size=0, max_size=4).map(
    "".join
)
OPTIONAL = st.none() | TEXTS


@settings(max_examples=60, deadline=None)
@given(
    message=TEXTS,
    field=OPTIONAL,
    value=OPTIONAL,
    key=OPTIONAL,
    title=TEXTS,
    type_name=TEXTS,
    salt=st.none() | st.just("zout"),
    audience=st.sampled_from(["herstel", "delen"]),
)
def test_no_bsn_leaks_from_any_string(
    message: str,
    field: str | None,
    value: str | None,
    key: str | None,
    title: str,
    type_name: str,
    salt: str | None,
    audience: str,
) -> None:
    report = make_report()
    finding = Finding("SRG999", Severity.FOUT, message, line=5, field=field, value=value, key=key)
    rule = dataclasses.replace(report.results[2].rule, code="SRG999", title=title, fix=message)
    report.results.append(RuleResult(rule, 1, [finding]))
    report.mirror.types[0] = dataclasses.replace(report.mirror.types[0], name=type_name)
    report.mirror.per_doel[message] = 1
    for fmt in FORMATS:
        output = as_text(render(report, fmt, salt=salt, audience=audience), fmt)
        assert bsns_in(output) == [], fmt
