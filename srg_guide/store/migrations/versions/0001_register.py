"""Register: catalogue entries and their decisions.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("lokale_code", sa.String(100), nullable=False),
        sa.Column("naam", sa.String(300), nullable=False),
        sa.Column("omschrijving", sa.Text, nullable=False),
        sa.Column("uitvoerder", sa.String(300)),
        sa.Column("budget", sa.String(100)),
        sa.Column("imported_at", sa.DateTime, nullable=False),
        sa.Column("current_decision_id", sa.Integer),
        sa.Column("version", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_register_entries"),
        sa.UniqueConstraint("lokale_code", name="uq_register_entries_lokale_code"),
    )
    op.create_table(
        "register_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
        sa.Column("decided_by", sa.String(200)),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("outcome_id", sa.String(200), nullable=False),
        sa.Column("verdict", sa.Text, nullable=False),
        sa.Column("counts", sa.Boolean),
        sa.Column("level", sa.String(50)),
        sa.Column("type_code", sa.String(20)),
        sa.Column("type_name", sa.String(300)),
        sa.Column("doel", sa.String(20)),
        sa.Column("conditional", sa.Boolean, nullable=False),
        sa.Column("open_points", sa.Text, nullable=False),
        sa.Column("tree_id", sa.String(200), nullable=False),
        sa.Column("tree_version", sa.String(100), nullable=False),
        sa.Column("tree_sha256", sa.String(64), nullable=False),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("rationale_json", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_register_decisions"),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["register_entries.id"],
            name="fk_register_decisions_entry_id_register_entries",
        ),
    )
    op.create_index("ix_register_decisions_entry_id", "register_decisions", ["entry_id"])


def downgrade() -> None:
    op.drop_index("ix_register_decisions_entry_id", "register_decisions")
    op.drop_table("register_decisions")
    op.drop_table("register_entries")
