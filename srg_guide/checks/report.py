"""The result of one check run: identity, findings per rule, and the mirror (spiegel).

Plain dataclasses filled by the runner and read by every renderer and the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from srg_guide.checks.finding import Finding, Severity


@dataclass(frozen=True)
class Identity:
    """Who made this report from what: the block every report starts with."""

    tool_version: str
    ruleset_version: str
    layout_name: str
    layout_file: str
    input_file: str
    input_sha256: str
    row_count: int
    run_at: dt.datetime
    as_of: dt.date
    reporting_month: str | None = None
    previous_file: str | None = None
    previous_sha256: str | None = None


@dataclass(frozen=True)
class RuleInfo:
    """What a rule is, for people: title, meaning, how to fix, guideline module."""

    code: str
    severity: Severity
    title: str
    meaning: str
    fix: str
    guideline: str | None = None


@dataclass(frozen=True)
class SkippedRule:
    """A rule that did not run, with the reason in plain Dutch (never "zonder bevindingen").

    ``reason`` is one sentence without a final full stop, for example
    "veld geboortedatum ontbreekt in de layout" or
    "code voor Loonkostensubsidie op grond van de Participatiewet niet ingesteld".
    ``kind`` says which of the causes applies (for filters and counts), see ``SKIP_KINDS``.
    """

    rule: RuleInfo
    reason: str
    kind: str


def field_label(name: str) -> str:
    """A layout field name for people: ``doel_inzet`` -> ``doel inzet``."""
    return name.replace("_", " ")


SKIP_KINDS = {
    "field": "veld ontbreekt in de layout",
    "code": "code niet ingesteld",
    "month": "verslagmaand onleesbaar",
    "previous": "geen levering van de vorige maand",
    "register": "geen voorzieningenregister",
    "table": "tabel zonder gegevens",
}
"""Why a rule can be skipped: ``SkippedRule.kind`` -> short Dutch label."""


@dataclass
class RuleResult:
    """All findings of one rule. ``count`` is exact; ``findings`` may be cut at --limit."""

    rule: RuleInfo
    count: int = 0
    findings: list[Finding] = field(default_factory=list)

    def add(self, findings: Iterable[Finding], limit: int | None, count: int | None = None) -> None:
        """Count, then cut at ``limit``: every finding counts, only the first ``limit`` are kept.

        ``count``: how many were found, when ``findings`` lazily yields only the first of them;
        it is then read no further than ``limit`` allows.
        """
        found = iter(findings)
        before = len(self.findings)
        room = None if limit is None else max(0, limit - before)
        self.findings.extend(islice(found, room))
        kept = len(self.findings) - before
        self.count += count if count is not None else kept + sum(1 for _ in found)


MONTH_UNREADABLE = "verslagmaand van deze levering ontbreekt of is onleesbaar"
MIRROR_FIELDS_MISSING = (
    "type voorziening, doel inzet, begindatum of einddatum ontbreekt in de layout"
)
"""Why the spiegel counts nothing per type (it groups by type and doel and needs the dates)."""


@dataclass(frozen=True)
class TypeMirror:
    """Spiegel row for one type code.

    ``started``, ``ended``, ``running`` and ``over_max`` are None when they could not be
    counted (see ``Mirror.not_counted``); ``over_max`` is None too when the type has no maximum.
    """

    code: str
    name: str
    total: int
    per_doel: dict[str, int]
    started: int | None
    ended: int | None
    running: int | None
    max_months: int | None
    over_max: int | None
    previous_total: int | None = None
    code_source: str = "codelijst"
    """Where the code comes from: "codelijst" (trees/codes.yaml), "organisatie" (the
    organisation's type-codes.yaml), "voorbeeld" (the sample's example codes), "" (unknown)."""


@dataclass
class Mirror:
    """The spiegel: counts per type and doel, starts and ends, durations, month-over-month.

    Without a readable verslagmaand, starts, ends, running provisions, durations and "longer
    than the maximum" cannot be counted: they are None and ``not_counted`` says why, never 0.
    """

    types: list[TypeMirror] = field(default_factory=list)
    per_doel: dict[str, int] = field(default_factory=dict)
    started: int | None = 0
    ended: int | None = 0
    running: int | None = 0
    duration_months: dict[str, int] | None = field(default_factory=dict)
    previous_total: int | None = None
    doel_names: dict[str, str] = field(default_factory=dict)
    maxima: list[tuple[str, str, int]] = field(default_factory=list)
    """(code, name, maximum months) of every type in the durations table, in code order."""
    not_counted: str | None = None
    """Why the counts that need the verslagmaand are None (e.g. ``MONTH_UNREADABLE``)."""


@dataclass(frozen=True)
class ConversionPair:
    """A vanished and a new provision that look like one renumbered provision (to confirm)."""

    old_registratienummer: str
    new_registratienummer: str
    old_gemeentecode: str
    new_gemeentecode: str
    old_berichtgevercode: str
    new_berichtgevercode: str
    old_line: int
    new_line: int


@dataclass
class Report:
    """One check run."""

    identity: Identity
    results: list[RuleResult] = field(default_factory=list)
    mirror: Mirror = field(default_factory=Mirror)
    conversion_pairs: list[ConversionPair] = field(default_factory=list)
    skipped: list[SkippedRule] = field(default_factory=list)
    strict: bool = False
    notices: list[str] = field(default_factory=list)
    kind: str = "levering"
    """``levering`` (a delivery) or ``conversie`` (a conversion file, in an assumed layout)."""
    groups: Any = field(default=None, repr=False, compare=False)
    """The run's ``checks.history.GroupCounter`` (records and spiegel per gemeente and
    berichtgever, for storing the history); typed loosely because the report sits below it."""

    def count(self, severity: Severity) -> int:
        """Number of findings at ``severity``."""
        return sum(r.count for r in self.results if r.rule.severity is severity)

    @property
    def exit_code(self) -> int:
        """1 when any finding is a FOUT, or (with ``strict``) when any rule did not run; else 0."""
        if self.count(Severity.FOUT) or (self.strict and self.skipped):
            return 1
        return 0
