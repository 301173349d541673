"""What every report shows, made safe once: summary, findings per controle, mirror, identity.

All renderers (and the app) read a ReportView, so the privacy policy is applied in one place.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from srg_guide.checks.finding import Finding, Severity
from srg_guide.checks.report import (
    Identity,
    Mirror,
    Report,
    RuleResult,
    SkippedRule,
    field_label,
)
from srg_guide.privacy import mask_bsns_in_text
from srg_guide.reports.audience import Privacy
from srg_guide.reports.words import (
    format_date,
    format_datetime,
    format_int,
    format_month,
)

if TYPE_CHECKING:
    from srg_guide.guidelines.library import Library

_SHA256 = re.compile(r"[0-9a-f]{64}")
# A field name such as doel_inzet in a message reads as "doel inzet".
_SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
AUDIENCE_NAMES = {
    "herstel": "voor wie de gegevens herstelt",
    "delen": "om te delen (alleen aantallen, codes en regelnummers)",
}


class Row(NamedTuple):
    """One finding as shown. ``details`` are (label, value) pairs this audience may see.

    A NamedTuple rather than a frozen dataclass: a large report makes tens of thousands of
    them, and a frozen dataclass takes about three times as long to make.
    """

    line: int | None
    previous_line: int | None
    field: str | None
    message: str
    key: str | None
    value: str | None
    details: tuple[tuple[str, str], ...] = ()

    @property
    def shown_values(self) -> list[str]:
        """The value, then each detail as ``label: value``."""
        values = [] if self.value is None else [self.value]
        return values + [f"{label}: {value}" for label, value in self.details]


@dataclass(frozen=True)
class Section:
    """One controle with its findings as shown."""

    code: str
    severity: Severity
    title: str
    meaning: str
    fix: str
    guideline: str | None
    count: int
    rows: list[Row]
    guideline_title: str | None = None
    guideline_text: str | None = None

    @property
    def hidden(self) -> int:
        """Findings counted but not listed (cut at --limit)."""
        return max(self.count - len(self.rows), 0)


@dataclass(frozen=True)
class NotRun:
    """A controle that did not run, and why ("Niet uitgevoerd")."""

    code: str
    severity: Severity
    title: str
    reason: str
    kind: str


@dataclass(frozen=True)
class ReportView:
    """A report ready to render: safe strings, controles most severe first."""

    identity: Identity
    sections: list[Section]
    mirror: Mirror
    totals: dict[Severity, int]
    exit_code: int
    privacy: Privacy
    not_run: list[NotRun] = dataclasses.field(default_factory=list)
    notices: list[str] = dataclasses.field(default_factory=list)
    strict: bool = False
    kind: str = "levering"

    @property
    def with_findings(self) -> list[Section]:
        """Controles that fired."""
        return [s for s in self.sections if s.count]

    @property
    def without_findings(self) -> list[Section]:
        """Controles that ran and found nothing."""
        return [s for s in self.sections if not s.count]

    @property
    def total(self) -> int:
        """All findings."""
        return sum(self.totals.values())

    def headline_rows(self) -> list[tuple[str, str]]:
        """What the summary opens with: which file, which month, how many records."""
        ident = self.identity
        return [
            ("Bestand", ident.input_file),
            ("Verslagmaand", format_month(ident.reporting_month)),
            ("Aantal records", format_int(ident.row_count)),
        ]

    def identity_rows(self) -> list[tuple[str, str]]:
        """ "Over dit rapport": (Dutch label, value) pairs in a fixed order, for the end."""
        ident = self.identity
        rows = [
            ("Bestand", ident.input_file),
            ("SHA-256", ident.input_sha256),
            ("Aantal records", format_int(ident.row_count)),
            ("Verslagmaand", format_month(ident.reporting_month)),
            ("Vorig bestand", ident.previous_file or "geen"),
        ]
        if ident.previous_file and ident.previous_sha256:
            rows.append(("SHA-256 vorige", ident.previous_sha256))
        rows += [
            ("Layout", f"{ident.layout_name} ({ident.layout_file})"),
            ("Gecontroleerd", format_datetime(ident.run_at)),
            ("Peildatum", format_date(ident.as_of)),
            ("Versie", f"srg-guide {ident.tool_version}, tabellen {ident.ruleset_version}"),
            ("Rapport", AUDIENCE_NAMES[self.privacy.audience]),
        ]
        return rows

    def final_mask(self, text: str) -> str:
        """Mask the finished text once more, SHA-256 digests left alone.

        Strings set side by side ("SRG999 000123") can make nine digits no single one held.
        """
        if self.privacy.show_personal:
            return text
        # NUL never occurs in rendered text (control characters are written out), so it can
        # stand in for each digest while masking.
        digests = {
            f"\0{letter}\0": digest for letter, digest in zip("AB", self._digests(), strict=False)
        }
        for placeholder, digest in digests.items():
            text = text.replace(digest, placeholder)
        text = mask_bsns_in_text(text)
        for placeholder, digest in digests.items():
            text = text.replace(placeholder, digest)
        return text

    def _digests(self) -> list[str]:
        ident = self.identity
        return [
            d for d in (ident.input_sha256, ident.previous_sha256) if d and _SHA256.fullmatch(d)
        ]

    def verdict(self) -> str:
        """Dutch sentences on what to do next; never an all-clear when controles did not run."""
        if self.kind == "conversie":
            return self._conversion_verdict()
        if self.totals[Severity.FOUT]:
            text = "Er zijn fouten. Los ze op in het bronsysteem voordat u levert."
        elif self.identity.row_count == 0:
            text = "Het bestand bevat geen records. Controleer of dit het goede bestand is."
        elif self.total:
            text = "Geen fouten. Bekijk de waarschuwingen en signalen voordat u levert."
        elif self.not_run:
            text = "Geen bevindingen in de controles die konden draaien."
        else:
            text = "Geen bevindingen. Het bestand kan naar het CBS."
        if self.not_run:
            count = len(self.not_run)
            text += (
                f" {count} {'controle is' if count == 1 else 'controles zijn'} niet uitgevoerd"
                + (" en dat telt hier als fout." if self.strict else "; zie Niet uitgevoerd.")
            )
        return text

    def _conversion_verdict(self) -> str:
        """A conversion file is checked against an assumed layout: never "kan naar het CBS"."""
        if self.totals[Severity.FOUT]:
            text = "Er zijn fouten in het conversiebestand. Herstel ze voordat u het stuurt."
        elif self.total:
            text = "Geen fouten tegen de aangenomen layout. Bekijk de waarschuwingen en signalen."
        else:
            text = "Geen bevindingen tegen de aangenomen layout."
        return (
            text + " Controleer de layout bij uw softwareleverancier voordat u het bestand stuurt."
        )

    def not_run_line(self, item: NotRun) -> str:
        """``SRG304 AOW-leeftijd bereikt ...: veld geboortedatum ontbreekt in de layout``."""
        return f"{item.code} {item.title}: {item.reason}"

    def privacy_note(self) -> str:
        """Dutch sentence on how personal data appears in this report."""
        return {
            "full": "Voor wie de gegevens herstelt: registratienummers staan er voluit in, een BSN "
            "alleen gemaskeerd en een geboortedatum alleen als jaar. Deel dit rapport niet; "
            "maak daarvoor een rapport om te delen.",
            "pseudonym": "Om te delen: alleen aantallen, codes en regelnummers. Registratienummers "
            "zijn vervangen door een volgnummer (vz-1, vz-2, ...).",
            "hashed": "Om te delen: alleen aantallen, codes en regelnummers. Registratienummers "
            "staan er alleen als code in.",
            "shown": "Let op: dit rapport toont persoonsgegevens. Deel het niet.",
        }[self.privacy.keys_mode]


def build_view(report: Report, privacy: Privacy, library: Library | None = None) -> ReportView:
    """Apply the privacy policy to every string and order controles most severe first.

    With a guideline ``library`` each controle carries its guideline's title and text.
    """
    results = sorted(report.results, key=lambda r: (r.rule.severity.rank, r.rule.code))
    rows = _RowMaker(privacy)
    return ReportView(
        identity=_safe_identity(report.identity, privacy),
        sections=[_section(result, rows, library) for result in results],
        mirror=_safe_mirror(report.mirror, privacy),
        totals={severity: report.count(severity) for severity in Severity},
        exit_code=report.exit_code,
        privacy=privacy,
        not_run=[_not_run(skipped, privacy) for skipped in report.skipped],
        notices=[privacy.text(notice) for notice in report.notices],
        strict=report.strict,
        kind=report.kind,
    )


def _not_run(skipped: SkippedRule, privacy: Privacy) -> NotRun:
    rule, text = skipped.rule, privacy.text
    return NotRun(
        text(rule.code), rule.severity, text(rule.title), text(skipped.reason), skipped.kind
    )


class _RowMaker:
    """Findings as Rows for one view, each distinct string made safe once.

    Thousands of findings share a few messages, field names and values, and masking is the
    costly part; the keys are not remembered (pseudonyms are numbered as they come).
    """

    def __init__(self, privacy: Privacy) -> None:
        self.privacy = privacy
        self.label = cache(lambda name: privacy.text(field_label(name)))
        self.message = cache(lambda message: privacy.text(_SNAKE_CASE.sub(_words, message)))
        self.value = cache(privacy.value)

    def row(self, finding: Finding) -> Row:
        """One finding as this audience may see it."""
        details = []
        for name, raw in getattr(finding, "context", ()):
            shown = self.value(name, raw)
            if shown is not None:
                details.append((self.label(name), shown))
        return Row(
            line=finding.line,
            previous_line=finding.previous_line,
            field=self.label(finding.field) if finding.field else None,
            message=self.message(finding.message),
            key=self.privacy.key(finding.key),
            value=self.value(finding.field, finding.value),
            details=tuple(details),
        )


def _words(match: re.Match[str]) -> str:
    """``doel_inzet`` in a message reads as ``doel inzet``."""
    return field_label(match.group())


def _section(result: RuleResult, rows: _RowMaker, library: Library | None) -> Section:
    rule, text = result.rule, rows.privacy.text
    paragraph = library.paragraph(rule.guideline) if library and rule.guideline else None
    return Section(
        code=text(rule.code),
        severity=rule.severity,
        title=text(rule.title),
        meaning=text(rule.meaning),
        fix=text(rule.fix),
        guideline=text(rule.guideline) if rule.guideline else None,
        count=result.count,
        rows=[rows.row(f) for f in result.findings],
        guideline_title=text(paragraph.title) if paragraph else None,
        guideline_text=text(paragraph.excerpt) if paragraph else None,
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
        layout_file=privacy.path(ident.layout_file),
        input_file=privacy.path(ident.input_file),
        input_sha256=_safe_hash(ident.input_sha256, privacy) or "",
        reporting_month=text(ident.reporting_month) if ident.reporting_month else None,
        previous_file=privacy.path(ident.previous_file) if ident.previous_file else None,
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
        duration_months=None
        if mirror.duration_months is None
        else _safe_counts(mirror.duration_months, privacy),
        not_counted=privacy.text(mirror.not_counted) if mirror.not_counted else None,
        doel_names={privacy.text(k): privacy.text(v) for k, v in mirror.doel_names.items()},
    )


CODE_SOURCES = {
    "organisatie": "code ingesteld door uw organisatie",
    "voorbeeld": "voorbeeldcode, niet van het CBS",
    "": "herkomst van de code onbekend",
}


def code_notes(mirror: Mirror) -> list[str]:
    """Types whose code is not from the CBS code list: ``11 (voorbeeldcode, niet van het CBS)``."""
    return [
        f"{t.code} ({CODE_SOURCES.get(t.code_source, t.code_source)})"
        for t in mirror.types
        if t.code_source != "codelijst"
    ]


def doel_label(mirror: Mirror, code: str) -> str:
    """``1 Re-integratie`` when the name is known, else ``doel 1``."""
    name = mirror.doel_names.get(code)
    return f"{code} {name}" if name else f"doel {code}"
