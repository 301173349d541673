"""Register: whether a decision's doel inzet holds for everyone with the provision.

Doel inzet is a person-level field; a decision fixes it only for a provision the municipality
split into R and P variants. Decisions from before this migration fix nothing.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy), as in 0002.
    op.add_column(
        "register_decisions",
        sa.Column("doel_fixed", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("register_decisions") as batch:
        batch.drop_column("doel_fixed")
