"""item locked: a canvas item (note, frame, zone) can be locked against moves and deletes

Revision ID: 0006_item_locked
Revises: 0005_suspect_numbers
Create Date: 2026-11-30 05:25:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_item_locked"
down_revision: str | None = "0005_suspect_numbers"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN: a batch copy of the table would drop it, and SQLite's ON DELETE
    # CASCADE would take every connector with it
    op.add_column(
        "canvasitem",
        sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("canvasitem") as batch:
        batch.drop_column("locked")
