"""Register: the catalogue and its decisions in the database (SQLAlchemy Core).

Decisions are a history: deciding adds a row and points the entry at it. Two people deciding
the same entry at once cannot lose an update: the entry's ``version`` must still be the one
the decider saw (optimistic check), otherwise ``ConflictError`` explains what happened.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine

from srg_guide.errors import Location, Problem, ProblemsError, SrgGuideError
from srg_guide.privacy import mask_bsns_in_text
from srg_guide.register.draft import DecisionDraft
from srg_guide.register.model import Decision, Entry, ImportSummary
from srg_guide.register.tabular import Row
from srg_guide.store import open_database
from srg_guide.store.register_tables import decision_basis, decisions, entries

CATALOGUE_FIELDS = ("lokale_code", "naam", "omschrijving", "uitvoerder", "budget")


class ConflictError(SrgGuideError):
    """Someone else decided the entry after it was opened: nothing was saved."""

    def __init__(self, code: str, other: Decision | None) -> None:
        who = (other.decided_by or "een collega") if other else "een collega"
        when = f" op {other.decided_at:%d-%m-%Y %H:%M}" if other else ""
        super().__init__(
            "Beoordeling niet opgeslagen",
            f"{code} is intussen door {who}{when} beoordeeld. Uw beoordeling is niet "
            "opgeslagen, zodat die van uw collega niet verloren gaat. Bekijk de nieuwe "
            "beslissing en beoordeel opnieuw als dat nodig is.",
        )


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _clean(text: str | None) -> str | None:
    """No BSN ever enters the register: anything passing the elfproef is masked."""
    return mask_bsns_in_text(text) if text else text


class Register:
    """The register in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str | None = None) -> Register:
        """Open (and on first use create) the register at ``url`` or the default database."""
        return cls(open_database(url))

    # --- catalogue --------------------------------------------------------------------------
    def import_catalogue(self, rows: Sequence[Row], source: str) -> ImportSummary:
        """Merge catalogue rows by lokale code; entries not in the file are kept and flagged."""
        _validate_catalogue(rows, source)
        incoming, masked = _catalogue_values(rows)
        with self.engine.begin() as conn:
            added, updated, unchanged, missing = _merge_catalogue(conn, incoming)
        return ImportSummary(added, updated, unchanged, missing, masked)

    # --- reading ----------------------------------------------------------------------------
    def _query(self) -> sa.Select[Any]:
        return sa.select(entries, *[c.label(f"d_{c.name}") for c in decisions.c]).select_from(
            entries.outerjoin(decisions, decisions.c.id == entries.c.current_decision_id)
        )

    def entries(self, text: str = "", counts: bool | None = None) -> list[Entry]:
        """Entries whose code, name or description contains ``text``, by lokale code."""
        query = self._query().order_by(entries.c.lokale_code)
        if text:
            pattern = f"%{text}%"
            query = query.where(
                sa.or_(
                    entries.c.lokale_code.ilike(pattern),
                    entries.c.naam.ilike(pattern),
                    entries.c.omschrijving.ilike(pattern),
                )
            )
        if counts is not None:
            query = query.where(decisions.c.counts == counts)
        with self.engine.connect() as conn:
            return [_entry(row) for row in conn.execute(query)]

    def entry(self, code: str) -> Entry:
        """The entry with this lokale code; a Dutch error when there is none."""
        with self.engine.connect() as conn:
            row = conn.execute(self._query().where(entries.c.lokale_code == code)).first()
        if row is None:
            raise SrgGuideError(
                "Onbekende lokale code",
                f'"{code}" staat niet in het register; lees eerst de catalogus in '
                "(srg-guide register import)",
            )
        return _entry(row)

    def history(self, code: str) -> list[Decision]:
        """Every decision on an entry, newest first."""
        entry = self.entry(code)
        query = (
            sa.select(decisions)
            .where(decisions.c.entry_id == entry.id)
            .order_by(decisions.c.id.desc())
        )
        with self.engine.connect() as conn:
            return [_decision(row._mapping) for row in conn.execute(query)]

    def basis(self, decision_ids: Iterable[int]) -> dict[int, list[tuple[str, str, str]]]:
        """What each decision rests on: (kind, ref, sha256) rows, by decision id."""
        ids = list(decision_ids)
        found: dict[int, list[tuple[str, str, str]]] = {i: [] for i in ids}
        if not ids:
            return found
        query = sa.select(decision_basis).where(decision_basis.c.decision_id.in_(ids))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                found[row.decision_id].append((row.kind, row.ref, row.sha256))
        return found

    # --- deciding ---------------------------------------------------------------------------
    def decide(
        self,
        code: str,
        draft: DecisionDraft,
        *,
        expected_version: int,
        decided_by: str | None = None,
        note: str = "",
        doel_fixed: bool = False,
    ) -> Decision:
        """Store a new current decision, if nobody decided the entry since ``expected_version``.

        ``doel_fixed``: the walk's doel inzet holds for everyone with this provision (an R or P
        variant); without it the register says the doel is set per person.
        """
        entry = self.entry(code)
        if doel_fixed and not draft.columns.get("doel"):
            raise SrgGuideError(
                "Geen vast doel",
                f"{code}: deze beslissing heeft geen doel inzet, dus er is geen doel om vast te "
                "leggen",
            )
        values = {
            **draft.columns,
            "entry_id": entry.id,
            "decided_at": _now(),
            "decided_by": _clean(decided_by.strip()) if decided_by else None,
            "note": _clean(note) or "",
            "doel_fixed": doel_fixed,
            "answers": json.dumps(draft.answers),
            "rationale_json": draft.rationale_json,
        }
        try:
            decision_id = self._insert(entry.id, code, values, draft.basis, expected_version)
        except ConflictError:
            raise ConflictError(code, self.entry(code).decision) from None
        decision = self.entry(code).decision
        assert decision is not None and decision.id == decision_id
        return decision

    def _insert(
        self,
        entry_id: int,
        code: str,
        values: dict[str, Any],
        basis: tuple[tuple[str, str, str], ...],
        expected_version: int,
    ) -> int:
        with self.engine.begin() as conn:
            bumped = conn.execute(
                sa.update(entries)
                .where(entries.c.id == entry_id, entries.c.version == expected_version)
                .values(version=expected_version + 1)
            )
            if bumped.rowcount != 1:
                raise ConflictError(code, None)
            inserted = conn.execute(sa.insert(decisions).values(values)).inserted_primary_key
            assert inserted is not None
            decision_id = inserted[0]
            if basis:
                conn.execute(
                    sa.insert(decision_basis),
                    [
                        {"decision_id": decision_id, "kind": k, "ref": r, "sha256": s}
                        for k, r, s in basis
                    ],
                )
            conn.execute(
                sa.update(entries)
                .where(entries.c.id == entry_id)
                .values(current_decision_id=decision_id)
            )
        return int(decision_id)


def _validate_catalogue(rows: Sequence[Row], source: str) -> None:
    """Every empty code or name and every repeated code, all at once."""
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for row in rows:
        for name in ("lokale_code", "naam"):
            if not row.values.get(name):
                problems.append(Problem(Location(source, row.line, name), "mag niet leeg zijn"))
        code = row.values.get("lokale_code")
        if code and code in seen:
            problems.append(
                Problem(
                    Location(source, row.line, "lokale_code"),
                    f'"{code}" staat ook op regel {seen[code]}',
                )
            )
        elif code:
            seen[code] = row.line
    if problems:
        raise ProblemsError("Catalogus niet ingelezen", problems)


def _catalogue_values(rows: Sequence[Row]) -> tuple[dict[str, dict[str, Any]], int]:
    """The catalogue fields per lokale code (BSN-like text masked), and how many were masked."""
    masked = 0
    incoming: dict[str, dict[str, Any]] = {}
    for row in rows:
        values: dict[str, Any] = {}
        for name in CATALOGUE_FIELDS:
            value = row.values.get(name)
            values[name] = _clean(value)
            masked += values[name] != value
        values["omschrijving"] = values["omschrijving"] or ""
        incoming[values["lokale_code"]] = values
    return incoming, masked


def _merge_catalogue(
    conn: sa.Connection, incoming: dict[str, dict[str, Any]]
) -> tuple[int, int, int, tuple[str, ...]]:
    """Insert new entries, update changed ones, flag those missing; (added, updated, unchanged,
    missing codes)."""
    columns = [entries.c[n] for n in (*CATALOGUE_FIELDS, "id", "in_catalogue")]
    existing = {r.lokale_code: r for r in conn.execute(sa.select(*columns))}
    new_rows = []
    updated = unchanged = 0
    for code, values in incoming.items():
        old = existing.get(code)
        if old is None:
            new_rows.append({**values, "in_catalogue": True, "imported_at": _now(), "version": 1})
        elif old.in_catalogue and all(getattr(old, n) == values[n] for n in CATALOGUE_FIELDS):
            unchanged += 1
        else:
            conn.execute(
                sa.update(entries)
                .where(entries.c.id == old.id)
                .values(**values, in_catalogue=True, imported_at=_now())
            )
            updated += 1
    if new_rows:
        conn.execute(sa.insert(entries), new_rows)
    missing = sorted(set(existing) - set(incoming))
    if missing:
        conn.execute(
            sa.update(entries).where(entries.c.lokale_code.in_(missing)).values(in_catalogue=False)
        )
    return len(new_rows), updated, unchanged, tuple(missing)


_RENAMED = {"open_points": "open_points_json", "answers": "answers_json"}
"""Decision columns whose dataclass field says it holds JSON."""
_ENTRY_COLUMNS = tuple(f.name for f in fields(Entry) if f.name in entries.c)


def _decision(m: Any, prefix: str = "") -> Decision:
    """A decision from a row of ``decisions`` (columns prefixed with ``prefix``)."""
    values = {_RENAMED.get(c.name, c.name): m[f"{prefix}{c.name}"] for c in decisions.c}
    values["note"] = values["note"] or ""
    values["conditional"] = bool(values["conditional"])
    return Decision(**values)


def _entry(row: Any) -> Entry:
    m = row._mapping
    values = {name: m[name] for name in _ENTRY_COLUMNS}
    values["omschrijving"] = values["omschrijving"] or ""
    values["in_catalogue"] = bool(values["in_catalogue"])
    decision = _decision(m, "d_") if m["d_id"] is not None else None
    return Entry(**values, decision=decision)


def decisions_frame(register: Register) -> Any:
    """lokale_code, decided, counts, type_code per entry: what ``check --register`` joins on."""
    import polars as pl

    query = sa.select(
        entries.c.lokale_code,
        decisions.c.id.is_not(None).label("decided"),
        decisions.c.counts,
        decisions.c.type_code,
    ).select_from(entries.outerjoin(decisions, decisions.c.id == entries.c.current_decision_id))
    with register.engine.connect() as conn:
        rows = conn.execute(query).all()
    schema = {
        "lokale_code": pl.String,
        "decided": pl.Boolean,
        "counts": pl.Boolean,
        "type_code": pl.String,
    }
    return pl.DataFrame([tuple(r) for r in rows], schema=schema, orient="row")
