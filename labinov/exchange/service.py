"""Export of bundles, import with a preview, and merge by UUID; replication.

Merge rule per row, using the version last exchanged (table ``exchangebase``):
unchanged (same values) → skip; new → insert; changed only in the bundle → take it
("newer"); changed only here → keep ours ("older"); changed on both sides (or no common
version known) → "conflict". A project with any conflict in its subtree is kept as it is
and the bundle's version is imported beside it as a copy with new ids, its profile marking
the origin (``conflict_copy_of``, ``conflict_origin``). Nothing is overwritten silently and
the whole import is one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from labinov.exchange import bundle as bundles
from labinov.exchange.rows import (
    BY_NAME,
    TABLES,
    Deferred,
    Row,
    as_stored,
    binary_columns,
    children_of,
    driver_errors,
    insert_rows,
    integrity_errors,
    marks,
    raw_cursor,
    read_stored,
    stored_time,
    subtree,
    to_json,
    update_rows,
)
from labinov.store.db import Store, storage_error
from labinov.store.engines import is_sqlite
from labinov.store.models import ExchangeBase
from labinov.store.types import new_id

BASE = ExchangeBase.__table__  # type: ignore[attr-defined]
STATUSES = ("new", "newer", "older", "unchanged", "conflict")
Progress = Callable[[int, int], None]  # (done, total)


def _owned(name: str) -> frozenset[str]:
    out = {name}
    for child, _ in children_of(name):
        out |= _owned(child.name)
    return frozenset(out)


PROJECT_TABLES = _owned("project")


def device_id(store: Store) -> str:
    """A random id of this data folder, kept next to the database (named in manifests);
    on a server, an id derived from its address (the server is the device)."""
    if not is_sqlite(store.engine):
        url = store.engine.url
        address = url.set(username=None, password=None).render_as_string()
        return str(uuid.uuid5(uuid.NAMESPACE_URL, address))
    database = str(store.database)
    if not database or database in (":memory:", "None", "."):
        return "memory"
    path = Path(database).parent / "device-id"
    try:
        text = path.read_text(encoding="ascii").strip()
        if text:
            return text[:64]
    except (OSError, UnicodeDecodeError):
        pass
    text = str(uuid.uuid4())
    with contextlib.suppress(OSError):  # a read-only folder: a new id each time
        path.write_text(text, encoding="ascii")
    return text


def _not_found(kind: str, scope_id: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("UserError", "There is no {kind} with the id {id}."),
        kind=kind,
        id=scope_id,
    )


QT_TRANSLATE_NOOP("UserError", "project")
QT_TRANSLATE_NOOP("UserError", "team")
QT_TRANSLATE_NOOP("UserError", "workshop")


def _ancestors(conn: Connection, name: str, row_id: str) -> list[tuple[Any, Row]]:
    table = BY_NAME[name]
    row = conn.execute(select(table).where(table.c.id == row_id)).mappings().first()
    if row is None:
        return []
    from labinov.exchange.rows import parent_key

    key = parent_key(table)
    above = _ancestors(conn, key[1], row[key[0]]) if key else []
    return [*above, (table, to_json(table, dict(row)))]


def export_bundle(store: Store, kind: str, scope_id: str, path: Path) -> dict[str, int]:
    """Write the project, team or workshop ``scope_id`` to ``path``; returns row counts."""
    if kind not in ("project", "team", "workshop"):
        raise ValueError(kind)
    documents: dict[str, dict[str, Any]] = {}
    attachments: dict[str, bytes] = {}
    entries: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    exported: dict[str, tuple[str, str]] = {}
    with store.transaction() as session:
        conn = session.connection()
        chain = _ancestors(conn, kind, scope_id)
        if not chain:
            raise _not_found(kind, scope_id)

        def document(doc_kind: str, doc_id: str, title: str, rows: list[tuple[Any, Row]]) -> dict:
            tables: dict[str, list[Row]] = {}
            for table, row in rows:
                binary = binary_columns(table)
                tables.setdefault(table.name, []).append(
                    {k: v for k, v in row.items() if k not in binary} if binary else row
                )
                if row["id"] not in exported:
                    counts[table.name] += 1
                exported[row["id"]] = (table.name, row["updated_at"])
                if table.name == "attachment":
                    for column in binary_columns(table):
                        data = bytes(row[column])
                        attachments[row["id"]] = data
                        entries.append(
                            {
                                "id": row["id"],
                                "size": len(data),
                                "sha256": hashlib.sha256(data).hexdigest(),
                            }
                        )
            return {"kind": doc_kind, "id": doc_id, "title": title, "tables": tables}

        if kind == "project":
            project_ids = [scope_id]
        else:
            project_ids = [
                r["id"] for t, r in subtree(conn, kind, [scope_id]) if t.name == "project"
            ]
            frame = chain[:-1] + list(subtree(conn, kind, [scope_id], frozenset({"project"})))
            documents[f"frames/{scope_id}.json"] = document("frame", scope_id, "", frame)
        for project_id in project_ids:
            context = _ancestors(conn, "project", project_id)[:-1]
            team = context[-1][1]["id"]
            members = [
                pair
                for pair in subtree(conn, "team", [team], frozenset({"project"}))
                if pair[0].name != "team"
            ]
            own = list(subtree(conn, "project", [project_id]))
            documents[f"projects/{project_id}.json"] = document(
                "project", project_id, own[0][1]["title"], context + members + own
            )
        if not store.read_only:  # a read-only folder cannot remember what it exported
            _record_base(conn, [(i, t, u) for i, (t, u) in exported.items()], replace=False)
        manifest = bundles.new_manifest(kind, scope_id, device_id(store), list(documents), entries)
    bundles.write_bundle(path, manifest, documents, attachments)
    return dict(counts)


def _record_base(
    conn: Connection, rows: list[tuple[str, str, str]], *, replace: bool = True
) -> None:
    """Remember the exchanged version of rows. An export only records rows never shared
    before (the receiver may not take our later versions); an import records what it took."""
    if not rows:
        return
    # plain executemany: tens of thousands of rows; the text is UtcDateTime's stored form
    action = "UPDATE SET updated_at = excluded.updated_at" if replace else "NOTHING"
    raw_cursor(conn).executemany(
        f"INSERT INTO exchangebase (row_id, table_name, updated_at) VALUES ({marks(conn, 3)}) "
        f"ON CONFLICT (row_id) DO {action}",
        sorted((i, t, _stored(u)) for i, t, u in rows),  # in key order: fewer page splits
    )


def _stored(value: datetime | str) -> str:
    if isinstance(value, str) and len(value) == 26 and value[10] == " ":
        return value  # stored text already (import form)
    if isinstance(value, str) and len(value) == 32 and value.endswith("+00:00"):
        return f"{value[:10]} {value[11:26]}"  # back to UtcDateTime's stored text
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return stored_time(value)


@dataclass
class ImportPlan:
    """What an import would do: every row's status and every project's, for the preview.
    ``outside`` lists the conflicts on rows outside projects (table, id, label, copied):
    a member, agenda session or parking item is added as a copy, a workshop or team (which
    own other rows) is kept as it is here; both are shown, none overwritten."""

    bundle: bundles.Bundle
    rows: dict[str, dict[str, Row]]
    status: dict[str, dict[str, str]] = field(default_factory=dict)
    projects: list[tuple[str, str, str]] = field(default_factory=list)  # id, title, status
    project_of: dict[str, str] = field(default_factory=dict)  # row id -> project id
    outside: list[tuple[str, str, str, bool]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = Counter(s for table in self.status.values() for s in table.values())
        return {s: out.get(s, 0) for s in STATUSES}

    def project_counts(self) -> dict[str, int]:
        out = Counter(s for _, _, s in self.projects)
        return {s: out.get(s, 0) for s in STATUSES}


def _copyable(name: str) -> bool:
    """A row outside projects that owns nothing: a copy of it stands on its own."""
    return name not in PROJECT_TABLES and not children_of(name)


def _label(row: Row) -> str:
    for column in ("name", "title", "text"):
        if isinstance(row.get(column), str) and row[column].strip():
            return row[column]
    return row["id"]


def _origin(plan: ImportPlan) -> str:
    return f"{plan.bundle.manifest.device_id} {plan.bundle.manifest.created_at.isoformat()}"


def plan_import(store: Store, path: Path, progress: Progress | None = None) -> ImportPlan:
    """Read and check the bundle at ``path`` and classify every row; writes nothing.
    ``progress(done, total)`` is called along the way (a large bundle takes seconds)."""
    steps = len(TABLES) + 2
    bundle = bundles.read_bundle(path)
    if progress is not None:
        progress(1, steps)
    rows = bundles.rows_of(bundle)
    for attachment_id in rows.get("attachment", {}):
        if attachment_id not in bundle.attachments:
            raise bundles._missing(f"attachments/{attachment_id}")
    plan = ImportPlan(bundle, rows)
    with store.transaction() as session:
        conn = session.connection()
        for step, table in enumerate(TABLES, start=2):
            incoming = rows.get(table.name, {})
            ids = list(incoming)
            local = read_stored(conn, table, ids) if ids else {}
            # only rows present here can be anything but new: an import into a fresh
            # folder asks nothing more
            base = _bases(conn, list(local))
            plan.status[table.name] = {
                row_id: "new"
                if row_id not in local
                else _classify(row, local[row_id], base.get(row_id), bundle)
                for row_id, row in incoming.items()
            }
            if progress is not None:
                progress(step, steps)
    for document in bundle.documents:
        if document["kind"] != "project":
            continue
        mine = []
        for table_name, table_rows in document["tables"].items():
            if table_name in PROJECT_TABLES:
                for row in table_rows:
                    plan.project_of[row["id"]] = document["id"]
                    mine.append(plan.status[table_name][row["id"]])
        plan.projects.append((document["id"], document.get("title", ""), _summary(mine)))
    plan.projects.sort(key=lambda project: (project[1].casefold(), project[0]))
    for table in TABLES:
        if table.name in PROJECT_TABLES:
            continue
        for row_id, status in plan.status.get(table.name, {}).items():
            if status == "conflict":
                row = rows[table.name][row_id]
                plan.outside.append((table.name, row_id, _label(row), _copyable(table.name)))
    if progress is not None:
        progress(steps, steps)
    return plan


def _bases(conn: Connection, ids: list[str]) -> dict[str, str]:
    """The stored ``updated_at`` text of the last exchanged version of rows ``ids``."""
    out: dict[str, str] = {}
    cursor = raw_cursor(conn)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        cursor.execute(
            "SELECT row_id, updated_at FROM exchangebase "
            f"WHERE row_id IN ({marks(conn, len(chunk))})",
            tuple(chunk),
        )
        out.update((row_id, as_stored(updated)) for row_id, updated in cursor.fetchall())
    return out


def _classify(incoming: Row, local: Row, base: str | None, bundle: Any) -> str:
    """Status of a row present on both sides; values in import form (times as stored
    text, which sorts like time)."""
    same = all(local.get(name) == value for name, value in incoming.items())
    if same and "data" in local and isinstance(local["data"], bytes | memoryview):
        attachments = bundle.attachments
        same = incoming["id"] in attachments and hashlib.sha256(
            local["data"]
        ).hexdigest() == attachments.sha256(incoming["id"])
    if same:
        return "unchanged"
    if base is not None:
        if incoming["updated_at"] <= base:
            return "older"  # nothing the last exchange did not already bring
        if local["updated_at"] == base:
            return "newer"
    return "conflict"


def _summary(statuses: list[str]) -> str:
    found = set(statuses)
    for status in ("conflict", "newer"):
        if status in found:
            return status
    if found == {"new"}:
        return "new"
    if found <= {"unchanged"}:
        return "unchanged"
    if "new" in found and "older" not in found:
        return "newer"
    return "older"


@dataclass
class ImportResult:
    """What an import did. ``copies``: ids of the projects added as conflict copies;
    ``row_copies``: (table, id) of other rows added as conflict copies; ``kept``: (table,
    label) of rows in conflict kept as they are here (a workshop or team)."""

    inserted: int = 0
    updated: int = 0
    copies: list[str] = field(default_factory=list)
    row_copies: list[tuple[str, str]] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)

    @property
    def kept_local(self) -> int:
        return len(self.kept)


def _remap(value: Any, ids: dict[str, str]) -> Any:
    """``value`` with every string equal to a copied row's id replaced by the new id."""
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, dict):
        return {k: _remap(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [_remap(v, ids) for v in value]
    return value


def _row_copy(conn: Connection, table: Any, row: Row, origin: str) -> Row | None:
    """The bundle's version of a row outside projects as a copy beside ours, its label
    marked with the origin; None when this very version was copied before (the id is
    derived from the row and its version, so a second import finds it)."""
    copy_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"labinov:{row['id']}:{row['updated_at']}"))
    cursor = raw_cursor(conn)
    cursor.execute(f'SELECT 1 FROM "{table.name}" WHERE id = {marks(conn, 1)}', (copy_id,))
    if cursor.fetchone() is not None:
        return None
    values = {**row, "id": copy_id}
    for column in ("name", "title", "text"):
        if isinstance(values.get(column), str):
            values[column] = f"{values[column]} ({origin.split()[0][:8]})"
            break
    return values


def apply_import(store: Store, plan: ImportPlan, progress: Progress | None = None) -> ImportResult:
    """Carry out ``plan`` in one transaction (all or nothing); ``progress(done, total)``
    after each table."""
    result = ImportResult()
    conflicted = {pid for pid, _, status in plan.projects if status == "conflict"}
    origin = _origin(plan)
    inserts: dict[str, list[Row]] = {}
    updates: dict[str, list[Row]] = {}
    base: list[tuple[str, str, str]] = []
    copy_ids: dict[str, str] = {}
    for row_id, owner in plan.project_of.items():
        if owner in conflicted:
            copy_ids[row_id] = new_id()
    attachments = plan.bundle.attachments
    try:
        with attachments.opened(), store.transaction() as session:
            conn = session.connection()
            for table in TABLES:
                name = table.name
                statuses = plan.status.get(name, {})
                add = inserts.setdefault(name, [])
                change = updates.setdefault(name, [])
                for row_id, row in plan.rows.get(name, {}).items():
                    status = statuses[row_id]
                    if name == "attachment":
                        row = {**row, "data": Deferred(partial(attachments.read, row_id))}
                    if row_id in copy_ids:
                        if name != "project" and plan.project_of[row_id] not in copy_ids:
                            continue  # its project has this very copy already
                        values = {k: _remap(v, copy_ids) for k, v in row.items()}
                        if name == "project":
                            digest = _version_digest(plan, row_id)
                            if _has_copy(conn, row_id, digest):
                                copy_ids.pop(row_id)
                                continue
                            values["profile"] = {
                                **values["profile"],
                                "conflict_copy_of": row_id,
                                "conflict_origin": origin,
                                "conflict_version": digest,
                            }
                            values["title"] = f"{values['title']} ({origin.split()[0][:8]})"
                            result.copies.append(copy_ids[row_id])
                        add.append(values)
                    elif status == "new":
                        add.append(row)
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "newer":
                        change.append(row)
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "unchanged":
                        base.append((row_id, name, row["updated_at"]))
                    elif status == "conflict":
                        if _copyable(name):
                            copy = _row_copy(conn, table, row, origin)
                            if copy is not None:
                                add.append(copy)
                                result.row_copies.append((name, copy["id"]))
                        else:
                            result.kept.append((name, _label(row)))
            for done, table in enumerate(TABLES, start=1):
                rows = inserts.get(table.name)
                if rows:
                    insert_rows(conn, table, rows)
                    result.inserted += len(rows)
                rows = updates.get(table.name)
                if rows:
                    update_rows(conn, table, rows)
                    result.updated += len(rows)
                if progress is not None:
                    progress(done, len(TABLES) + 1)
            _record_base(conn, base)
            if progress is not None:
                progress(len(TABLES) + 1, len(TABLES) + 1)
    except integrity_errors() as error:  # raw executemany: the driver's own error
        raise _misfit(error) from error
    except driver_errors() as error:
        raise storage_error(error) from error
    except IntegrityError as error:
        raise _misfit(error.orig or error) from error
    return result


def _misfit(error: BaseException) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The bundle does not fit the data here (a row refers to a missing one): {reason}",
        ),
        reason=str(error)[:160],
    )


def _version_digest(plan: ImportPlan, project_id: str) -> str:
    # times as ISO text (their form before format 1 rows were read as stored text), so a
    # copy made by an earlier version is still recognised
    parts = sorted(
        f"{t}:{i}:{datetime.fromisoformat(r['updated_at']).replace(tzinfo=UTC).isoformat()}"
        for t, rows in plan.rows.items()
        for i, r in rows.items()
        if plan.project_of.get(i) == project_id
    )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def _has_copy(conn: Connection, project_id: str, digest: str) -> bool:
    """A conflict copy of this very version exists already (the same bundle imported twice)."""
    table = BY_NAME["project"]
    query = select(func.count()).where(
        # JSON paths in SQLAlchemy: json_extract on SQLite, ->> on PostgreSQL
        table.c.profile["conflict_copy_of"].as_string() == project_id,
        table.c.profile["conflict_version"].as_string() == digest,
    )
    return bool(conn.execute(query).scalar())


def import_bundle(
    store: Store, path: Path, *, dry_run: bool = False
) -> tuple[ImportPlan, ImportResult | None]:
    plan = plan_import(store, path)
    return plan, None if dry_run else apply_import(store, plan)


def replicate(
    store: Store, path: Path, team_id: str, note: str = "", project_id: str | None = None
) -> str:
    """Import a project of the bundle as a new project of ``team_id`` (new ids), recording
    where it came from in its profile; returns the new project's id."""
    plan = plan_import(store, path)
    projects = [d for d in plan.bundle.documents if d["kind"] == "project"]
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
    with plan.bundle.attachments.opened(), store.transaction() as session:
        conn = session.connection()
        team = BY_NAME["team"]
        if conn.execute(select(team.c.id).where(team.c.id == team_id)).first() is None:
            raise _not_found("team", team_id)
        for table in TABLES:
            if table.name not in PROJECT_TABLES:
                continue
            rows = []
            for row in tables.get(table.name, []):
                row = plan.rows[table.name][row["id"]]  # with defaults filled
                values = {k: _remap(v, ids) for k, v in row.items()}
                values["created_at"] = values["updated_at"] = now
                if table.name == "attachment":
                    values["data"] = Deferred(partial(plan.bundle.attachments.read, row["id"]))
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
