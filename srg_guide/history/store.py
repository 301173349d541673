"""Storing and loading aggregates in the shared database (the register's, see srg_guide.store)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from srg_guide.history.aggregate import Aggregate
from srg_guide.store.history_tables import counts, deliveries

DELIVERY_FIELDS = (
    "file_sha256",
    "gemeentecode",
    "berichtgever",
    "verslagmaand",
    "row_count",
    "tool_version",
    "table_versions",
    "layout_name",
)
"""Aggregate fields stored as they are in ``history_deliveries``."""


def save(engine: Engine, aggregates: Iterable[Aggregate]) -> int:
    """Store each aggregate once; one already there (same file, gemeente, berichtgever) is kept.

    Returns how many were new.
    """
    new = 0
    for aggregate in aggregates:
        try:
            with engine.begin() as conn:
                if _exists(conn, aggregate):
                    continue
                delivery_id = conn.execute(
                    insert(deliveries).values(
                        **{name: getattr(aggregate, name) for name in DELIVERY_FIELDS},
                        skipped=json.dumps(aggregate.skipped, ensure_ascii=False, sort_keys=True),
                        stored_at=dt.datetime.now().replace(microsecond=0),
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
                rows = [
                    {"delivery_id": delivery_id, "kind": kind, "item": item, "n": n}
                    for (kind, item), n in sorted(aggregate.counts.items())
                ]
                if rows:
                    conn.execute(insert(counts), rows)
        except IntegrityError:
            continue  # stored at the same moment by someone else: once is enough
        new += 1
    return new


def _exists(conn: object, aggregate: Aggregate) -> bool:
    query = select(deliveries.c.id).where(
        deliveries.c.file_sha256 == aggregate.file_sha256,
        deliveries.c.gemeentecode == aggregate.gemeentecode,
        deliveries.c.berichtgever == aggregate.berichtgever,
    )
    return conn.execute(query).first() is not None  # type: ignore[attr-defined]


def is_stored(engine: Engine, file_sha256: str, tool_version: str, table_versions: str) -> bool:
    """Whether this file was stored before by the same srg-guide and table versions."""
    query = select(deliveries.c.id).where(
        deliveries.c.file_sha256 == file_sha256,
        deliveries.c.tool_version == tool_version,
        deliveries.c.table_versions == table_versions,
    )
    with engine.connect() as conn:
        return conn.execute(query.limit(1)).first() is not None


def load(engine: Engine, gemeenten: Iterable[str] | None = None) -> list[Aggregate]:
    """Every stored aggregate (of ``gemeenten`` when given), by gemeente and month.

    When one gemeente, berichtgever and month were stored from several files, the newest
    stored one counts; ``Aggregate.older`` says how many older ones were left out.
    """
    query = select(deliveries).order_by(deliveries.c.stored_at, deliveries.c.id)
    wanted = set(gemeenten) if gemeenten is not None else None
    if wanted is not None:
        query = query.where(deliveries.c.gemeentecode.in_(sorted(wanted)))
    by_id: dict[int, Aggregate] = {}
    stored: dict[tuple[str, str, str], list[int]] = {}
    with engine.connect() as conn:
        for row in conn.execute(query).mappings():
            aggregate = Aggregate(
                **{name: row[name] for name in DELIVERY_FIELDS},
                skipped=json.loads(row["skipped"]),
                stored_at=row["stored_at"],
            )
            by_id[row["id"]] = aggregate
            key = (aggregate.gemeentecode, aggregate.berichtgever, aggregate.verslagmaand)
            stored.setdefault(key, []).append(row["id"])
        count_query = select(counts.c.delivery_id, counts.c.kind, counts.c.item, counts.c.n)
        if wanted is not None:
            count_query = count_query.join(deliveries).where(
                deliveries.c.gemeentecode.in_(sorted(wanted))
            )
        for delivery_id, kind, item, n in conn.execute(count_query):
            by_id[delivery_id].counts[(kind, item)] = n
    chosen = []
    for ids in stored.values():
        newest = by_id[ids[-1]]
        newest.older = len(ids) - 1
        chosen.append(newest)
    return sorted(chosen, key=lambda a: (a.gemeentecode, a.berichtgever, a.verslagmaand))
