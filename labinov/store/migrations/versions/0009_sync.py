"""sync: every data table gains ``rev`` (the row's version, travels) and ``change_seq``
(this store's change number, local); the tables ``syncstate``, ``tombstone``,
``syncpeer`` and ``conflict``; the triggers of ``labinov/store/sync_schema.py``

Revision ID: 0009_sync
Revises: 0008_project_search
Create Date: 2026-11-30 10:30:00

Backfill: every existing row gets a random ``rev`` and a change number (1..n, parents
before children), the counter is set to n. The device id of a SQLite store is taken from
the ``device-id`` file next to the database when there is one (the id its bundles named).
Bundles do not carry ``rev`` yet (format_version 3 is unchanged by this revision).
"""

import uuid
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from labinov.store import sync_schema

revision: str = "0009_sync"
down_revision: str | None = "0008_project_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the data tables as they were at this revision, parents first, with the column a
# tombstone keeps as the row's owner
DATA_TABLES: tuple[tuple[str, str | None], ...] = (
    ("workshop", None),
    ("team", "workshop_id"),
    ("member", "team_id"),
    ("project", "team_id"),
    ("stagework", "project_id"),
    ("canvas", "project_id"),
    ("attachment", "project_id"),
    ("canvasitem", "canvas_id"),
    ("link", "canvas_id"),
    ("agendasession", "workshop_id"),
    ("parkingitem", "workshop_id"),
)
CONFLICT = ("conflict", "project_id")


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("rev", sa.String(length=32), nullable=False, server_default=""),
        sa.Column("change_seq", sa.BigInteger(), nullable=False, server_default=sa.text("0")),
    ]


def _device_id(connection: sa.engine.Connection) -> str:
    if connection.dialect.name == "sqlite":
        database = connection.engine.url.database
        if database and database != ":memory:":
            try:
                text = (Path(database).parent / "device-id").read_text(encoding="ascii").strip()
                if text:
                    return text[:64]
            except (OSError, UnicodeDecodeError):
                pass
    return str(uuid.uuid4())


def upgrade() -> None:
    for name, _owner in DATA_TABLES:
        for column in _stamps():
            op.add_column(name, column)
        op.create_index(f"ix_{name}_change_seq", name, ["change_seq"])
    op.create_table(
        "conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("copy_id", sa.String(length=36), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("origin", sa.String(length=64), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_conflict_row_id", "conflict", ["row_id"])
    op.create_index("ix_conflict_project_id", "conflict", ["project_id"])
    op.create_index("ix_conflict_change_seq", "conflict", ["change_seq"])
    op.create_table(
        "syncstate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "tombstone",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("rev", sa.String(length=32), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("row_id"),
    )
    op.create_index("ix_tombstone_change_seq", "tombstone", ["change_seq"])
    op.create_table(
        "syncpeer",
        sa.Column("peer_id", sa.String(length=64), nullable=False),
        sa.Column("scope", sa.String(length=36), nullable=False),
        sa.Column("sent_upto", sa.BigInteger(), nullable=False),
        sa.Column("received_upto", sa.BigInteger(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("peer_id", "scope"),
    )
    connection = op.get_bind()
    counter = _backfill(connection)
    state = sa.table("syncstate", sa.column("id"), sa.column("device_id"), sa.column("counter"))
    connection.execute(
        state.insert().values(id=1, device_id=_device_id(connection), counter=counter)
    )
    sync_schema.install_common(connection)
    sync_schema.set_counter(connection, counter)
    for name, owner in (*DATA_TABLES, CONFLICT):
        sync_schema.install(connection, name, owner)


def _backfill(connection: sa.engine.Connection) -> int:
    """A random rev and a change number for every row; returns the last number."""
    from labinov.store.types import new_rev

    counter = 0
    for name, _owner in DATA_TABLES:
        table = sa.table(name, sa.column("id"), sa.column("rev"), sa.column("change_seq"))
        ids = connection.execute(sa.select(table.c.id).order_by(table.c.id)).scalars().all()
        if not ids:
            continue
        rows = []
        for row_id in ids:
            counter += 1
            rows.append({"b_id": row_id, "b_rev": new_rev(), "b_seq": counter})
        statement = (
            table.update()
            .where(table.c.id == sa.bindparam("b_id"))
            .values(rev=sa.bindparam("b_rev"), change_seq=sa.bindparam("b_seq"))
        )
        connection.execute(statement, rows)
    return counter


def downgrade() -> None:
    connection = op.get_bind()
    for name, _owner in (*DATA_TABLES, CONFLICT):
        sync_schema.drop(connection, name)
    sync_schema.drop_common(connection)
    for name in ("syncpeer", "tombstone", "syncstate", "conflict"):
        op.drop_table(name)
    for name, _owner in DATA_TABLES:
        op.drop_index(f"ix_{name}_change_seq", table_name=name)
        if connection.dialect.name == "sqlite":
            # SQLite >= 3.35 drops a column in place; a batch copy of the table would
            # cascade-delete the rows that refer to it
            for column in ("change_seq", "rev"):
                op.execute(f'ALTER TABLE "{name}" DROP COLUMN {column}')
        else:
            op.drop_column(name, "change_seq")
            op.drop_column(name, "rev")
