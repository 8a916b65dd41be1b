"""exchange base: the version of each row last exchanged through a bundle

Revision ID: 0004_exchange_base
Revises: 0003_agenda_parking_lot
Create Date: 2026-11-23 08:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_exchange_base"
down_revision: str | None = "0003_agenda_parking_lot"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchangebase",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("row_id"),
    )


def downgrade() -> None:
    op.drop_table("exchangebase")
