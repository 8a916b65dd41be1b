"""suspect numbers: mark numbers the old parser may have misread ("1.200" stored as 1.2)

Revision ID: 0005_suspect_numbers
Revises: 0004_exchange_base
Create Date: 2026-11-30 05:00:00

A data migration, no schema change: every worksheet number with one to three decimals and
no typed text beside it gets ``<column>_check: true`` in its row
(``labinov.method.suspects``); the values themselves are left exactly as they were, and
``updated_at`` too (no one edited them). The readiness view lists them for the user.
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_suspect_numbers"
down_revision: str | None = "0004_exchange_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from labinov.method.suspects import mark_suspects

    connection = op.get_bind()
    update = sa.text("UPDATE stagework SET answers = :answers WHERE id = :id").bindparams(
        sa.bindparam("answers", type_=sa.JSON())
    )
    rows = connection.execute(sa.text("SELECT id, stage, answers FROM stagework")).all()
    for row_id, stage, answers in rows:
        value = json.loads(answers) if isinstance(answers, str) else answers
        if not isinstance(value, dict):
            continue
        marked, count = mark_suspects(stage, value)
        if count:
            connection.execute(update, {"answers": marked, "id": row_id})


def downgrade() -> None:
    # The marks are harmless to older code (an unknown key in a row); nothing to undo.
    pass
