"""Which server a laptop's marks belong to. A server's ``device_id`` is a row of its
data, so a copy of its database (``pg_dump`` into another server, a database made from
it as a template) answers with the same id and the same change counter; marks kept for
one would skip the other's rows. So the laptop keys its marks by the device id AND a
value the copy cannot share: the cluster's ``system_identifier`` (new with every
``initdb``) and the database's oid (new with every ``CREATE DATABASE``). A server
restored in place from a file-level backup keeps both; that one, and a SQLite store
(whose file can be copied), are caught by the counter: a mark ahead of the store's own
counter cannot be this store's, and the sync then compares everything (marks 0: every
row that differs is kept in both versions, nothing is skipped)."""

from __future__ import annotations

import hashlib

from sqlalchemy import column, func, select, table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

KEY_HASH = 16  # hex digits of the fingerprint in a peer key: 36 + 1 + 16 fits 64


def fingerprint(connection: Connection) -> str:
    """What tells this database apart from a copy of it ("" on SQLite: a copied file
    shares everything; the counter check covers it)."""
    if connection.dialect.name != "postgresql":
        return ""
    database = table("pg_database", column("oid"), column("datname"))
    oid = connection.execute(
        select(database.c.oid).where(database.c.datname == func.current_database())
    ).scalar_one()
    try:
        with connection.begin_nested():  # a managed server may refuse it: keep the oid
            control = func.pg_control_system().table_valued("system_identifier")
            system = connection.execute(select(control.c.system_identifier)).scalar_one()
    except DBAPIError:
        system = ""
    return f"{system}:{oid}"


def peer_key(device: str, found: str) -> str:
    """The ``syncpeer.peer_id`` of a store: its device id, with its fingerprint."""
    if not found:
        return device
    return f"{device}/{hashlib.sha256(found.encode()).hexdigest()[:KEY_HASH]}"
