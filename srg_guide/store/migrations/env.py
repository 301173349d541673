"""Alembic environment: migrations run on the connection srg-guide hands over."""

from alembic import context

import srg_guide.store.history_tables
import srg_guide.store.register_tables  # noqa: F401  (tables join the metadata)
from srg_guide.store.metadata import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
