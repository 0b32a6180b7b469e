"""documents table

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("external_id", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("lang", sa.String(8)),
        sa.Column("title", sa.String(500)),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("risk", sa.Float()),
        sa.Column("analysis", sa.JSON()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_documents_external_id", "documents", ["external_id"], unique=True)
    op.create_index("ix_documents_kind", "documents", ["kind"])
    op.create_index("ix_documents_risk", "documents", ["risk"])


def downgrade() -> None:
    op.drop_table("documents")
