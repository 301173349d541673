"""History: an aggregate per checked file and gemeente (counts only, no personal data).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "history_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("gemeentecode", sa.String(20), nullable=False),
        sa.Column("berichtgever", sa.String(20), nullable=False),
        sa.Column("verslagmaand", sa.String(7), nullable=False),
        sa.Column("row_count", sa.Integer, nullable=False),
        sa.Column("tool_version", sa.String(50), nullable=False),
        sa.Column("table_versions", sa.Text, nullable=False),
        sa.Column("layout_name", sa.String(200), nullable=False),
        sa.Column("skipped", sa.Text, nullable=False),
        sa.Column("stored_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_history_deliveries"),
        sa.UniqueConstraint(
            "file_sha256", "gemeentecode", "berichtgever", name="uq_history_delivery"
        ),
    )
    op.create_table(
        "history_counts",
        sa.Column("delivery_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("item", sa.String(100), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("delivery_id", "kind", "item", name="pk_history_counts"),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["history_deliveries.id"],
            name="fk_history_counts_delivery_id_history_deliveries",
        ),
    )
    op.create_index("ix_history_counts_delivery_id", "history_counts", ["delivery_id"])


def downgrade() -> None:
    op.drop_index("ix_history_counts_delivery_id", "history_counts")
    op.drop_table("history_counts")
    op.drop_table("history_deliveries")
