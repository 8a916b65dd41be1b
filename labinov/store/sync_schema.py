"""The triggers that keep every data table's ``rev`` and ``change_seq`` and write
tombstones, per engine; and the change counter (SYNC.md "Triggers").

The only engine-specific SQL of sync lives here. On every insert and update the row gets
this store's next change number and, unless the statement set a new version itself, a
new random ``rev``; a delete (a foreign-key cascade too) leaves a tombstone and takes a
number as well; an insert removes its id's tombstone (an id is a row or a tombstone).

SQLite: AFTER triggers update the row once more (SQLite cannot assign to NEW); the
counter is ``syncstate.counter``. PostgreSQL: BEFORE triggers set NEW. Its counter is the
sequence ``labinov_change_seq``, handed out under the lock of the ``syncstate`` row, held
to commit: writers are serialised, so change numbers follow commit order (a bare sequence
would not: a reader could pass a row committed late with a lower number). Updating a
counter row on every write instead is quadratic in PostgreSQL within one transaction
(each update leaves a row version the next must step over: 25 s for 20,000 rows).

A migration that recreates a data table (SQLite batch mode) must call ``install`` again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, column, select, text, update
from sqlalchemy import table as table_clause
from sqlalchemy.engine import Connection

SEQUENCE = "labinov_change_seq"
_STAMP_FUNCTION = "labinov_sync_stamp"
_SQLITE_NOW = "strftime('%Y-%m-%d %H:%M:%S', 'now') || substr(strftime('%f', 'now'), 3) || '000'"
_SQLITE_REV = "lower(hex(randomblob(8)))"
_PG_REV = "substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)"

_syncstate = table_clause("syncstate", column("id"), column("counter"), column("device_id"))


def owner_column(table: Table) -> str | None:
    """The column naming a row's owner (kept in its tombstone, for scopes): the required
    foreign key, else the first optional one (a conflict's project), else None."""
    keys = [c for c in table.columns if c.foreign_keys]
    required = [c for c in keys if not c.nullable]
    chosen = required or keys
    return chosen[0].name if chosen else None


def trigger_names(table_name: str, dialect: str) -> frozenset[str]:
    """The triggers a data table has at head on ``dialect``."""
    if dialect == "postgresql":
        return frozenset({f"labinov_{table_name}_stamp", f"labinov_{table_name}_tombstone"})
    return frozenset(f"labinov_{table_name}_{event}" for event in ("insert", "update", "delete"))


def _bind(target: Any) -> Connection:
    """A Connection from an Alembic ``op`` or a Connection."""
    get_bind = getattr(target, "get_bind", None)
    return get_bind() if get_bind is not None else target  # type: ignore[no-any-return]


def install_common(target: Any) -> None:
    """What every table's triggers share (PostgreSQL: the sequence and stamp function)."""
    connection = _bind(target)
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}"))
    connection.execute(
        text(f"""
CREATE OR REPLACE FUNCTION {_STAMP_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM syncstate WHERE id = 1 FOR UPDATE;
    NEW.change_seq := nextval('{SEQUENCE}');
    IF NEW.rev IS NULL OR NEW.rev = '' THEN
        NEW.rev := {_PG_REV};
    ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.rev = OLD.rev THEN
            NEW.rev := {_PG_REV};
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        DELETE FROM tombstone WHERE row_id = NEW.id;
    END IF;
    RETURN NEW;
END $$""")
    )


def install(target: Any, table: Table | str, owner: str | None = None) -> None:
    """(Re)create the triggers of a data table (an Alembic ``op`` or a Connection); given
    by name (a migration, which must not depend on today's models), ``owner`` is the
    column its tombstones keep as parent (see ``owner_column``)."""
    connection = _bind(target)
    if isinstance(table, Table):
        name, owner = table.name, owner_column(table)
    else:
        name = table
    drop(connection, name)
    if connection.dialect.name == "postgresql":
        _install_postgresql(connection, name, owner)
    else:
        _install_sqlite(connection, name, owner)


def drop(target: Any, table_name: str) -> None:
    connection = _bind(target)
    if connection.dialect.name == "postgresql":
        connection.execute(
            text(f'DROP TRIGGER IF EXISTS labinov_{table_name}_stamp ON "{table_name}"')
        )
        connection.execute(
            text(f'DROP TRIGGER IF EXISTS labinov_{table_name}_tombstone ON "{table_name}"')
        )
        connection.execute(text(f"DROP FUNCTION IF EXISTS labinov_{table_name}_tombstone()"))
        return
    for name in trigger_names(table_name, "sqlite"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {name}"))


def drop_common(target: Any) -> None:
    connection = _bind(target)
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP FUNCTION IF EXISTS {_STAMP_FUNCTION}()"))
        connection.execute(text(f"DROP SEQUENCE IF EXISTS {SEQUENCE}"))


def _tombstone_sql(table_name: str, owner: str | None, seq: str, now: str) -> str:
    parent = f"OLD.{owner}" if owner else "NULL"
    return f"""INSERT INTO tombstone
        (row_id, table_name, parent_id, rev, change_seq, deleted_at, device_id)
    VALUES (OLD.id, '{table_name}', {parent}, OLD.rev, {seq}, {now},
        (SELECT device_id FROM syncstate WHERE id = 1))
    ON CONFLICT (row_id) DO UPDATE SET table_name = excluded.table_name,
        parent_id = excluded.parent_id, rev = excluded.rev,
        change_seq = excluded.change_seq, deleted_at = excluded.deleted_at,
        device_id = excluded.device_id"""


def _install_sqlite(connection: Connection, name: str, owner: str | None) -> None:
    bump = "UPDATE syncstate SET counter = counter + 1 WHERE id = 1"
    current = "(SELECT counter FROM syncstate WHERE id = 1)"
    connection.execute(
        text(f"""CREATE TRIGGER labinov_{name}_insert AFTER INSERT ON "{name}"
BEGIN
    {bump};
    UPDATE "{name}" SET change_seq = {current},
        rev = CASE WHEN NEW.rev = '' THEN {_SQLITE_REV} ELSE NEW.rev END
    WHERE id = NEW.id;
    DELETE FROM tombstone WHERE row_id = NEW.id;
END""")
    )
    # the trigger's own UPDATE changes change_seq, so it does not fire this one again
    connection.execute(
        text(f"""CREATE TRIGGER labinov_{name}_update AFTER UPDATE ON "{name}"
WHEN NEW.change_seq IS OLD.change_seq
BEGIN
    {bump};
    UPDATE "{name}" SET change_seq = {current},
        rev = CASE WHEN NEW.rev = '' OR NEW.rev IS OLD.rev THEN {_SQLITE_REV} ELSE NEW.rev END
    WHERE id = NEW.id;
END""")
    )
    connection.execute(
        text(f"""CREATE TRIGGER labinov_{name}_delete AFTER DELETE ON "{name}"
BEGIN
    {bump};
    {_tombstone_sql(name, owner, current, _SQLITE_NOW)};
END""")
    )


def _install_postgresql(connection: Connection, name: str, owner: str | None) -> None:
    connection.execute(
        text(f"""CREATE TRIGGER labinov_{name}_stamp BEFORE INSERT OR UPDATE ON "{name}"
FOR EACH ROW EXECUTE FUNCTION {_STAMP_FUNCTION}()""")
    )
    tombstone = _tombstone_sql(
        name, owner, f"nextval('{SEQUENCE}')", "(statement_timestamp() AT TIME ZONE 'UTC')"
    )
    connection.execute(
        text(f"""CREATE OR REPLACE FUNCTION labinov_{name}_tombstone() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM syncstate WHERE id = 1 FOR UPDATE;
    {tombstone};
    RETURN OLD;
END $$""")
    )
    connection.execute(
        text(f"""CREATE TRIGGER labinov_{name}_tombstone AFTER DELETE ON "{name}"
FOR EACH ROW EXECUTE FUNCTION labinov_{name}_tombstone()""")
    )


def installed(connection: Connection) -> dict[str, set[str]]:
    """The Labinov triggers found in the database, by table (for the tests)."""
    if connection.dialect.name == "postgresql":
        query = text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgname LIKE 'labinov_%'"
        )
    else:
        query = text(
            "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'labinov_%'"
        )
    found: dict[str, set[str]] = {}
    for table_name, name in connection.execute(query):
        found.setdefault(table_name, set()).add(name)
    return found


def set_counter(connection: Connection, value: int) -> None:
    """Set the change counter (the migration's backfill)."""
    connection.execute(update(_syncstate).where(_syncstate.c.id == 1).values(counter=value))
    if connection.dialect.name == "postgresql" and value > 0:  # a fresh sequence gives 1
        connection.execute(text("SELECT setval(:name, :value)"), {"name": SEQUENCE, "value": value})


def read_counter(connection: Connection) -> int:
    """The change counter: the number of this store's latest write."""
    if connection.dialect.name == "postgresql":
        found: Any = connection.execute(
            select(column("last_value"), column("is_called")).select_from(table_clause(SEQUENCE))
        ).one()
        last, called = int(found[0]), bool(found[1])
        return last if called else last - 1  # not called: nothing handed out
    return int(
        connection.execute(select(_syncstate.c.counter).where(_syncstate.c.id == 1)).scalar_one()
    )


def lock_counter(connection: Connection) -> int:
    """Take the writers' lock of this store for the rest of the transaction and read the
    counter: PostgreSQL locks the ``syncstate`` row (every writer's trigger takes it);
    SQLite takes its write lock with an update that changes nothing."""
    if connection.dialect.name == "postgresql":
        connection.execute(select(_syncstate.c.id).where(_syncstate.c.id == 1).with_for_update())
    else:
        connection.execute(
            update(_syncstate).where(_syncstate.c.id == 1).values(counter=_syncstate.c.counter)
        )
    return read_counter(connection)
