"""workshop agenda sessions and parking lot

Revision ID: 0003_agenda_parking_lot
Revises: 0001_initial
Create Date: 2026-11-23 07:50:13
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_agenda_parking_lot"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _common() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "agendasession",
        *_common(),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("stage", sa.String(), nullable=True),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("start_time", sa.String(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agendasession", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agendasession_workshop_id"), ["workshop_id"], unique=False
        )
    op.create_table(
        "parkingitem",
        *_common(),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshop.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("parkingitem", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_parkingitem_workshop_id"), ["workshop_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("parkingitem", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parkingitem_workshop_id"))
    op.drop_table("parkingitem")
    with op.batch_alter_table("agendasession", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agendasession_workshop_id"))
    op.drop_table("agendasession")
