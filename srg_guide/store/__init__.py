"""Storage for what srg-guide keeps between runs: SQLAlchemy Core tables and Alembic migrations.

One database holds every feature's tables (the register now; other features add their own
tables module and a migration on top). SQLite in the user's data folder by default;
``--db URL`` or ``SRG_GUIDE_DB`` selects PostgreSQL (``postgresql+psycopg://``).

A feature that stores something adds ``store/<feature>_tables.py`` (tables on ``metadata``,
names prefixed with the feature), imports it in ``migrations/env.py``, adds the next migration
in ``migrations/versions/`` on top of the newest one, and moves ``HEAD_REVISION`` to it.
"""

from srg_guide.store.engine import database_url, describe_url, open_database, upgrade
from srg_guide.store.metadata import metadata

__all__ = ["database_url", "describe_url", "metadata", "open_database", "upgrade"]
