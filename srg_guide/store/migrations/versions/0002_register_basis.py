"""Register: what each decision rests on (node and paragraph hashes); entries left out of a
re-imported catalogue are kept and flagged.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): SQLite would refuse to drop the referenced table.
    op.add_column(
        "register_entries",
        sa.Column("in_catalogue", sa.Boolean, nullable=False, server_default=sa.true()),
    )
    op.create_table(
        "register_decision_basis",
        sa.Column("decision_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("decision_id", "kind", "ref", name="pk_register_decision_basis"),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["register_decisions.id"],
            name="fk_register_decision_basis_decision_id_register_decisions",
        ),
    )


def downgrade() -> None:
    op.drop_table("register_decision_basis")
    with op.batch_alter_table("register_entries") as batch:
        batch.drop_column("in_catalogue")
