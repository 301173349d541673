"""History tables: one aggregate per delivered file and gemeente, and its counts.

Mirrors migration 0003; Alembic owns the schema, these objects only build queries. No personal
data and no registratienummers: only codes, months and counts.
"""

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, Table, Text, UniqueConstraint

from srg_guide.store.metadata import metadata

deliveries = Table(
    "history_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("file_sha256", String(64), nullable=False),
    Column("gemeentecode", String(20), nullable=False),
    Column("berichtgever", String(20), nullable=False),
    Column("verslagmaand", String(7), nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("tool_version", String(50), nullable=False),
    Column("table_versions", Text, nullable=False),
    Column("layout_name", String(200), nullable=False),
    Column("skipped", Text, nullable=False, default="[]"),
    Column("stored_at", DateTime, nullable=False),
    UniqueConstraint("file_sha256", "gemeentecode", "berichtgever", name="uq_history_delivery"),
)

counts = Table(
    "history_counts",
    metadata,
    Column(
        "delivery_id", Integer, ForeignKey("history_deliveries.id"), primary_key=True, index=True
    ),
    Column("kind", String(20), primary_key=True),
    Column("item", String(100), primary_key=True),
    Column("n", Integer, nullable=False),
)
