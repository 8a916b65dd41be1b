"""attachment purpose: a file kept as supporting data of a profile field, an IID indicator
or a required letter ("" for canvas pictures)

Revision ID: 0007_attachment_purpose
Revises: 0006_item_locked
Create Date: 2026-11-30 07:45:00

Also a data step: a profile's *urusan terkait* (``related_affairs``) becomes a list of
choices (``labinov.method.profile.upgrade_related_affairs``; unknown names join the main
affair's text, nothing typed is lost); ``updated_at`` is left as it was.
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_attachment_purpose"
down_revision: str | None = "0006_item_locked"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ADD COLUMN (as 0006): a batch copy would cascade-delete the canvas items
    # pointing at the attachments
    op.add_column(
        "attachment",
        sa.Column("purpose", sa.String(length=80), nullable=False, server_default=""),
    )
    from labinov.method.profile import upgrade_related_affairs

    connection = op.get_bind()
    update = sa.text("UPDATE project SET profile = :profile WHERE id = :id").bindparams(
        sa.bindparam("profile", type_=sa.JSON())
    )
    for row_id, profile in connection.execute(sa.text("SELECT id, profile FROM project")).all():
        value = json.loads(profile) if isinstance(profile, str) else profile
        upgraded = upgrade_related_affairs(value) if isinstance(value, dict) else None
        if upgraded is not None:
            connection.execute(update, {"profile": upgraded, "id": row_id})


def downgrade() -> None:
    with op.batch_alter_table("attachment") as batch:
        batch.drop_column("purpose")
