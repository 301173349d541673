"""Migration 0003 (history) on both back ends: from the register's schema 0002, and back."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.migration import MigrationContext

from srg_guide.store import database_url, open_database, upgrade
from srg_guide.store.engine import HEAD_REVISION, alembic_config

HISTORY_TABLES = {"history_deliveries", "history_counts"}


def _state(engine: sa.Engine) -> tuple[str | None, set[str]]:
    with engine.connect() as conn:
        revision = MigrationContext.configure(conn).get_current_revision()
    return revision, set(sa.inspect(engine).get_table_names())


def test_from_the_register_schema_up_and_down(db_url: str) -> None:
    engine = sa.create_engine(database_url(db_url))
    upgrade(engine, "0002")
    revision, tables = _state(engine)
    assert revision == "0002" and not HISTORY_TABLES & tables
    opened = open_database(db_url)
    revision, tables = _state(opened)
    assert revision == HEAD_REVISION
    assert tables >= HISTORY_TABLES and "register_entries" in tables
    config = alembic_config()
    with opened.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    revision, tables = _state(opened)
    assert revision == "0002" and not HISTORY_TABLES & tables
    opened.dispose()
    engine.dispose()
