"""What every report shows, made safe once: identity, findings per rule, the mirror.

All renderers read a ReportView, so the privacy policy is applied in one place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from srg_guide.checks.finding import Severity
from srg_guide.checks.report import Identity, Mirror, Report, RuleResult
from srg_guide.privacy import hash_value, mask_bsn, mask_bsns_in_text

SEVERITY_NAMES: dict[Severity, tuple[str, str]] = {
    Severity.FOUT: ("fout", "fouten"),
    Severity.WAARSCHUWING: ("waarschuwing", "waarschuwingen"),
    Severity.SIGNAAL: ("signaal", "signalen"),
}

_SHA256 = re.compile(r"[0-9a-f]{64}")
_KEY_SEPARATOR = re.compile(r"([^0-9A-Za-z]+)")


def severity_count(severity: Severity, count: int) -> str:
    """``1 fout``, ``3 waarschuwingen``."""
    singular, plural = SEVERITY_NAMES[severity]
    return f"{format_int(count)} {singular if count == 1 else plural}"


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis.

    Masked again after the cut: cutting a longer digit run can leave nine digits that pass.
    """
    return text if len(text) <= limit else mask_bsns_in_text(text[: limit - 1] + "…")


def format_int(number: int) -> str:
    """Dutch thousands separator: 12.345."""
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True)
class Privacy:
    """How personal data is shown: omitted and masked (default), salted hashes, or shown."""

    show_personal: bool = False
    salt: str | None = None

    @property
    def keys_mode(self) -> str:
        """``masked``, ``hashed`` or ``shown``: how tracking keys appear."""
        return "shown" if self.show_personal else "hashed" if self.salt else "masked"

    @property
    def values_mode(self) -> str:
        """``omitted``, ``hashed`` or ``shown``: how finding values appear."""
        return "shown" if self.show_personal else "hashed" if self.salt else "omitted"

    def text(self, text: str) -> str:
        """Any text bound for output, with every elfproef-valid number masked."""
        return text if self.show_personal else mask_bsns_in_text(text)

    def key(self, key: str | None) -> str | None:
        """A tracking key as it may be shown."""
        if key is None or self.show_personal:
            return key
        if self.salt is not None:
            return _readable_hash(hash_value(key, self.salt))
        return self.text(mask_key(key))

    def value(self, value: str | None) -> str | None:
        """A finding's value: omitted unless shown on request or hashed with a salt."""
        if value is None or self.show_personal:
            return value
        return _readable_hash(hash_value(value, self.salt)) if self.salt is not None else None


def mask_key(key: str) -> str:
    """Mask the registratienummer (first part) of a key; gemeente and berichtgever stay."""
    parts = _KEY_SEPARATOR.split(key)
    parts[0] = mask_bsn(parts[0]) if len(parts[0]) > 2 else "*" * len(parts[0])
    return "".join(parts)


def _readable_hash(digest: str) -> str:
    """``#a1b2-c3d4-e5f6``: groups of four can never form a nine-digit number."""
    return "#" + "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class Row:
    """One finding as shown."""

    line: int | None
    previous_line: int | None
    field: str | None
    message: str
    key: str | None
    value: str | None


@dataclass(frozen=True)
class Section:
    """One rule with its findings as shown."""

    code: str
    severity: Severity
    title: str
    meaning: str
    fix: str
    guideline: str | None
    count: int
    rows: list[Row]

    @property
    def guideline_command(self) -> str | None:
        """The command that shows the linked guideline module in the terminal."""
        if not self.guideline:
            return None
        return f"srg-guide guidelines show {self.guideline.split('#')[0]}"

    @property
    def hidden(self) -> int:
        """Findings counted but not listed (cut at --limit)."""
        return max(self.count - len(self.rows), 0)


@dataclass(frozen=True)
class ReportView:
    """A report ready to render: safe strings, rules most severe first."""

    identity: Identity
    sections: list[Section]
    mirror: Mirror
    totals: dict[Severity, int]
    exit_code: int
    privacy: Privacy

    @property
    def with_findings(self) -> list[Section]:
        """Rules that fired."""
        return [s for s in self.sections if s.count]

    @property
    def without_findings(self) -> list[Section]:
        """Rules that were checked and found nothing."""
        return [s for s in self.sections if not s.count]

    @property
    def total(self) -> int:
        """All findings."""
        return sum(self.totals.values())

    def identity_rows(self) -> list[tuple[str, str]]:
        """The identity block as (Dutch label, value) pairs, in a fixed order."""
        ident = self.identity
        rows = [
            ("Bestand", ident.input_file),
            ("SHA-256", ident.input_sha256),
            ("Aantal records", format_int(ident.row_count)),
            ("Verslagmaand", ident.reporting_month or "onbekend"),
            ("Vorig bestand", ident.previous_file or "geen"),
        ]
        if ident.previous_file and ident.previous_sha256:
            rows.append(("SHA-256 vorige", ident.previous_sha256))
        rows += [
            ("Layout", f"{ident.layout_name} ({ident.layout_file})"),
            ("Gecontroleerd", format_datetime(ident.run_at)),
            ("Peildatum", ident.as_of.isoformat()),
            ("Versie", f"srg-guide {ident.tool_version}, regelset {ident.ruleset_version}"),
        ]
        return rows

    def verdict(self) -> str:
        """One Dutch sentence on what to do next."""
        if self.totals[Severity.FOUT]:
            return "Er zijn fouten. Los ze op in het bronsysteem voordat u levert."
        if self.total:
            return "Geen fouten. Bekijk de waarschuwingen en signalen voordat u levert."
        return "Geen bevindingen. Het bestand kan naar het CBS."

    def privacy_note(self) -> str:
        """Dutch sentence on how personal data appears in this report."""
        return {
            "masked": "Persoonsgegevens zijn weggelaten; registratienummers zijn gemaskeerd.",
            "hashed": "Persoonsgegevens en registratienummers staan er alleen als code in.",
            "shown": "Let op: dit rapport toont persoonsgegevens. Deel het niet.",
        }[self.privacy.keys_mode]


def format_datetime(moment: dt.datetime) -> str:
    """``2026-11-23 09:40``."""
    return moment.strftime("%Y-%m-%d %H:%M")


def build_view(report: Report, privacy: Privacy) -> ReportView:
    """Apply the privacy policy to every string and order rules most severe first."""
    results = sorted(report.results, key=lambda r: (r.rule.severity.rank, r.rule.code))
    return ReportView(
        identity=_safe_identity(report.identity, privacy),
        sections=[_section(result, privacy) for result in results],
        mirror=_safe_mirror(report.mirror, privacy),
        totals={severity: report.count(severity) for severity in Severity},
        exit_code=report.exit_code,
        privacy=privacy,
    )


def _section(result: RuleResult, privacy: Privacy) -> Section:
    rule, text = result.rule, privacy.text
    rows = [
        Row(
            line=f.line,
            previous_line=f.previous_line,
            field=text(f.field) if f.field else None,
            message=text(f.message),
            key=privacy.key(f.key),
            value=privacy.value(f.value),
        )
        for f in result.findings
    ]
    return Section(
        code=text(rule.code),
        severity=rule.severity,
        title=text(rule.title),
        meaning=text(rule.meaning),
        fix=text(rule.fix),
        guideline=text(rule.guideline) if rule.guideline else None,
        count=result.count,
        rows=rows,
    )


def _safe_hash(value: str | None, privacy: Privacy) -> str | None:
    if value is None or _SHA256.fullmatch(value):
        return value
    return privacy.text(value)


def _safe_identity(ident: Identity, privacy: Privacy) -> Identity:
    text = privacy.text
    return dataclasses.replace(
        ident,
        tool_version=text(ident.tool_version),
        ruleset_version=text(ident.ruleset_version),
        layout_name=text(ident.layout_name),
        layout_file=text(ident.layout_file),
        input_file=text(ident.input_file),
        input_sha256=_safe_hash(ident.input_sha256, privacy) or "",
        reporting_month=text(ident.reporting_month) if ident.reporting_month else None,
        previous_file=text(ident.previous_file) if ident.previous_file else None,
        previous_sha256=_safe_hash(ident.previous_sha256, privacy),
    )


def _safe_counts(counts: dict[str, int], privacy: Privacy) -> dict[str, int]:
    return {privacy.text(str(k)): v for k, v in counts.items()}


def _safe_mirror(mirror: Mirror, privacy: Privacy) -> Mirror:
    types = [
        dataclasses.replace(
            t,
            code=privacy.text(t.code),
            name=privacy.text(t.name),
            per_doel=_safe_counts(t.per_doel, privacy),
        )
        for t in mirror.types
    ]
    return dataclasses.replace(
        mirror,
        types=types,
        per_doel=_safe_counts(mirror.per_doel, privacy),
        duration_months=_safe_counts(mirror.duration_months, privacy),
        doel_names={privacy.text(k): privacy.text(v) for k, v in mirror.doel_names.items()},
    )


def doel_label(mirror: Mirror, code: str) -> str:
    """``1 Re-integratie`` when the name is known, else ``doel 1``."""
    name = mirror.doel_names.get(code)
    return f"{code} {name}" if name else f"doel {code}"
