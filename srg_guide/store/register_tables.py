"""Register tables: catalogue entries, their decisions (history) and what each decision rests on.

Mirrors migrations 0001, 0002 and 0004; Alembic owns the schema, these objects only build queries.
"""

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
)

from srg_guide.store.metadata import metadata

entries = Table(
    "register_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("lokale_code", String(100), nullable=False, unique=True),
    Column("naam", String(300), nullable=False),
    Column("omschrijving", Text, nullable=False, default=""),
    Column("uitvoerder", String(300)),
    Column("budget", String(100)),
    Column("in_catalogue", Boolean, nullable=False, default=True),
    Column("imported_at", DateTime, nullable=False),
    Column("current_decision_id", Integer),
    Column("version", Integer, nullable=False, default=1),
)

decisions = Table(
    "register_decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entry_id", Integer, ForeignKey("register_entries.id"), nullable=False, index=True),
    Column("decided_at", DateTime, nullable=False),
    Column("decided_by", String(200)),
    Column("note", Text, nullable=False, default=""),
    Column("outcome_id", String(200), nullable=False),
    Column("verdict", Text, nullable=False),
    Column("counts", Boolean),
    Column("level", String(50)),
    Column("type_code", String(20)),
    Column("type_name", String(300)),
    Column("doel", String(20)),
    Column("doel_fixed", Boolean, nullable=False, default=False),
    Column("conditional", Boolean, nullable=False, default=False),
    Column("open_points", Text, nullable=False, default="[]"),
    Column("tree_id", String(200), nullable=False),
    Column("tree_version", String(100), nullable=False),
    Column("tree_sha256", String(64), nullable=False),
    Column("answers", Text, nullable=False),
    Column("rationale_json", Text, nullable=False),
)

decision_basis = Table(
    "register_decision_basis",
    metadata,
    Column("decision_id", Integer, ForeignKey("register_decisions.id"), primary_key=True),
    Column("kind", String(20), primary_key=True),
    Column("ref", String(300), primary_key=True),
    Column("sha256", String(64), nullable=False),
)
