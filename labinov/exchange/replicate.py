"""Replication: a bundle's innovation imported as a new project of another team ("start
from an existing innovation"), its origin recorded in the profile."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from sqlalchemy import select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.exchange import bundle as bundles
from labinov.exchange.common import PROJECT_TABLES, not_found, remap
from labinov.exchange.rows import (
    BY_NAME,
    TABLES,
    Deferred,
    insert_rows,
    stored_time,
)
from labinov.method import spreading
from labinov.store.db import Store
from labinov.store.types import new_id


def replicate(
    store: Store, path: Path, team_id: str, note: str = "", project_id: str | None = None
) -> str:
    """Import a project of the bundle as a new project of ``team_id`` (new ids), recording
    where it came from in its profile; returns the new project's id."""
    # only read and checked: the rows are new ones, nothing here is compared with them
    bundle = bundles.read_bundle(path)
    all_rows = bundles.rows_of(bundle)
    projects = [d for d in bundle.documents if d["kind"] == "project"]
    if project_id is not None:
        projects = [d for d in projects if d["id"] == project_id]
    if not projects:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The bundle holds no innovation to start from.")
        )
    document = projects[0]
    tables = document["tables"]
    source_team = tables["team"][0] if tables.get("team") else None
    source_workshop = tables["workshop"][0] if tables.get("workshop") else None
    ids = {
        row["id"]: new_id()
        for name, rows in tables.items()
        if name in PROJECT_TABLES
        for row in rows
    }
    now = stored_time(datetime.now(UTC))
    with bundle.attachments.opened(), store.transaction() as session:
        conn = session.connection()
        team = BY_NAME["team"]
        if conn.execute(select(team.c.id).where(team.c.id == team_id)).first() is None:
            raise not_found("team", team_id)
        for table in TABLES:
            if table.name not in PROJECT_TABLES:
                continue
            rows = []
            for row in tables.get(table.name, []):
                row = all_rows[table.name][row["id"]]  # with defaults filled
                values = {k: remap(v, ids) for k, v in row.items()}
                values["created_at"] = values["updated_at"] = now
                if "rev" in values:
                    values["rev"] = ""  # a new row: the trigger gives it a version
                if table.name == "attachment":
                    values["data"] = Deferred(partial(bundle.attachments.read, row["id"]))
                if table.name == "stagework":  # the receiver's route starts empty
                    values["answers"] = spreading.receiver_answers(values.get("answers") or {})
                if table.name == "project":
                    values["team_id"] = team_id
                    values["profile"] = {
                        **values["profile"],
                        # the organiser names the region ("Balitbangda Kota Makassar"),
                        # the place is often a room; editable in the profile form
                        "source_region": (
                            source_workshop.get("organiser")
                            or source_workshop.get("place")
                            or source_workshop.get("name", "")
                        )
                        if source_workshop
                        else "",
                        "source_agency": source_team["name"] if source_team else "",
                        "source_name": row["title"],
                        "adaptation_note": note,
                    }
                rows.append(values)
            if rows:
                insert_rows(conn, table, rows)
    return ids[document["id"]]
