"""Register entries and decisions as plain dataclasses (no database, no widgets)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

NOT_DECIDED = "niet beoordeeld"
DECIDED = "beslist"
CONDITIONAL = "voorwaardelijk"
STALE = "opnieuw beoordelen"
STATUSES = (NOT_DECIDED, DECIDED, CONDITIONAL, STALE)
DOEL_PER_PERSON = "per persoon vast te stellen"
DOEL_WARNING = (
    "Doel inzet is een kenmerk van de persoon, niet van de voorziening: stel het per inwoner "
    "vast (1 re-integratie, 2 participatie). Alleen bij een voorziening die de gemeente in een "
    "aparte re-integratie- en participatievariant heeft gesplitst, staat hier een vast doel."
)


@dataclass(frozen=True)
class Decision:
    """One decision on one entry; the newest is the entry's current decision."""

    id: int
    entry_id: int
    decided_at: dt.datetime
    decided_by: str | None
    note: str
    outcome_id: str
    verdict: str
    counts: bool | None
    level: str | None
    type_code: str | None
    type_name: str | None
    doel: str | None
    doel_fixed: bool
    """The decider stated that ``doel`` holds for everyone with this provision (an R or P
    variant); otherwise doel inzet is set per person (it is a person-level field)."""
    conditional: bool
    open_points_json: str
    tree_id: str
    tree_version: str
    tree_sha256: str
    answers_json: str
    rationale_json: str

    @property
    def open_points(self) -> tuple[str, ...]:
        """What still has to be found out (a conditional outcome, "weet ik niet")."""
        return tuple(json.loads(self.open_points_json or "[]"))

    @property
    def answers(self) -> tuple[tuple[str, str], ...]:
        """The answers of the walk, in order (question id, option id)."""
        return tuple((q, o) for q, o in json.loads(self.answers_json or "[]"))

    @property
    def counts_label(self) -> str:
        """Ja, nee or onbekend."""
        return {True: "ja", False: "nee"}.get(self.counts, "onbekend")  # type: ignore[arg-type]

    @property
    def doel_label(self) -> str:
        """The doel inzet as the register may state it: fixed, or to be set per person."""
        if self.doel_fixed and self.doel:
            return self.doel
        return DOEL_PER_PERSON if self.counts else ""

    @property
    def reference(self) -> str:
        """Short reference to the full rationale: decision number, tree version, date."""
        return (
            f"beslissing {self.id}, {self.tree_id} {self.tree_version} "
            f"(sha256 {self.tree_sha256[:12]}), {self.decided_at.date().isoformat()}"
        )

    @property
    def rationale(self) -> dict[str, Any]:
        """The stored rationale (the tree core's JSON export) as plain data."""
        data = json.loads(self.rationale_json)
        return data if isinstance(data, dict) else {}


@dataclass(frozen=True)
class Entry:
    """One local provision from the catalogue, with its current decision (if any)."""

    id: int
    lokale_code: str
    naam: str
    omschrijving: str
    uitvoerder: str | None
    budget: str | None
    in_catalogue: bool
    version: int
    decision: Decision | None = None
    stale_reasons: tuple[str, ...] = field(default=())

    @property
    def status(self) -> str:
        """niet beoordeeld, beslist, voorwaardelijk or opnieuw beoordelen."""
        if self.decision is None:
            return NOT_DECIDED
        if self.stale_reasons:
            return STALE
        return CONDITIONAL if self.decision.conditional else DECIDED


@dataclass(frozen=True)
class ImportSummary:
    """What a catalogue import did; entries missing from the file are kept, never dropped."""

    added: int
    updated: int
    unchanged: int
    missing: tuple[str, ...]
    masked: int = 0
