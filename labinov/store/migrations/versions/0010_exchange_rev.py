"""exchange rev: the version of a row last exchanged through a bundle

Revision ID: 0010_exchange_rev
Revises: 0009_sync
Create Date: 2026-11-30 11:25:00

``exchangebase.rev``: bundles (format 4) tell "changed here" and "changed there" by the
row's version last exchanged, never by clocks. Rows recorded before have ``''``: an import
still takes their recorded ``updated_at`` as that version when the row has not changed
since (``exchange/plan.py``). Part of bundle format 4 (``exchange/FORMAT.md``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_exchange_rev"
down_revision: str | None = "0009_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("exchangebase") as batch:
        batch.add_column(sa.Column("rev", sa.String(length=32), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exchangebase") as batch:
        batch.drop_column("rev")
