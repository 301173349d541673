"""Alembic migrations on both back ends: from an empty database and from schema 0001."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from srg_guide.register import STALE, Register
from srg_guide.store import database_url, open_database, upgrade
from srg_guide.store.engine import HEAD_REVISION, alembic_config
from tests.register.helpers import context


def _revision(engine: sa.Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_empty_database_is_created_at_the_newest_schema(db_url: str) -> None:
    engine = open_database(db_url)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert _revision(engine) == head == HEAD_REVISION
    tables = set(sa.inspect(engine).get_table_names())
    assert {"register_entries", "register_decisions", "register_decision_basis"} <= tables
    open_database(db_url)  # a second open is a no-op
    assert _revision(engine) == head


def test_upgrade_from_the_previous_schema_keeps_the_data(db_url: str, trees_dir: Path) -> None:
    engine = sa.create_engine(database_url(db_url))
    upgrade(engine, "0001")
    assert _revision(engine) == "0001"
    now = dt.datetime(2025, 3, 1, 9, 30)
    old_entries = sa.table(
        "register_entries",
        *[sa.column(c) for c in ("id", "lokale_code", "naam", "omschrijving", "imported_at")],
        sa.column("version"),
        sa.column("current_decision_id"),
    )
    columns = [
        "id",
        "entry_id",
        "decided_at",
        "note",
        "outcome_id",
        "verdict",
        "counts",
        "type_code",
        "doel",
        "conditional",
        "open_points",
        "tree_id",
        "tree_version",
        "tree_sha256",
        "answers",
        "rationale_json",
    ]
    old_decisions = sa.table("register_decisions", *[sa.column(c) for c in columns])
    with engine.begin() as conn:
        conn.execute(
            sa.insert(old_entries).values(
                id=1,
                lokale_code="OUD-1",
                naam="Oude training",
                omschrijving="",
                imported_at=now,
                version=2,
                current_decision_id=1,
            )
        )
        conn.execute(
            sa.insert(old_decisions).values(
                id=1,
                entry_id=1,
                decided_at=now,
                note="",
                outcome_id="training",
                verdict="Telt mee: training",
                counts=True,
                type_code="42",
                doel="1",
                conditional=False,
                open_points="[]",
                tree_id="register-test",
                tree_version="0",
                tree_sha256="0" * 64,
                answers=json.dumps([["inzet", "ja"], ["soort", "training"]]),
                rationale_json="{}",
            )
        )
    engine.dispose()
    register = Register.open(db_url)
    assert _revision(register.engine) == HEAD_REVISION
    entry = register.entry("OUD-1")
    assert entry.in_catalogue and entry.version == 2
    assert entry.decision is not None and entry.decision.type_code == "42"
    # An old decision fixed no doel inzet (0004): the vertaaltabel says "per persoon".
    assert entry.decision.doel_fixed is False
    assert entry.decision.doel_label == "per persoon vast te stellen"
    # A decision from before the basis table: stale when the tree differs, reason says so.
    marked = context(trees_dir).marked(register, [entry])[0]
    assert marked.status == STALE
    assert "niet bekend" in marked.stale_reasons[-1]
