"""The quick start's reads of the reopened project's page and board, with plain ``sqlite3``
(``store/boot_store.py`` says why); rows come as the services hand them (aware datetimes,
bools), so the board cannot tell which store it was read from."""

from __future__ import annotations

import builtins
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError
from labinov.store.ids import LISTED_ORDER, Fields

STAMPS = frozenset({"created_at", "updated_at"})
BOOLEANS = frozenset({"locked", "arrow"})
NOT_READ = frozenset({"change_seq"})  # the trigger's, never part of a row (as snapshots)


def stored_time(moment: datetime) -> str:
    """A time as SQLAlchemy's SQLite DATETIME stores it (naive UTC, microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _value(name: str, value: Any) -> Any:
    """A column's value as the ORM hands it back (aware datetimes, bools)."""
    if value is not None and name in STAMPS:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if name in BOOLEANS:
        return bool(value)
    return value


@dataclass(frozen=True)
class CanvasRow:
    id: str
    project_id: str
    stage: str
    template: str
    title: str
    view: dict[str, Any]
    rev: str


@dataclass(frozen=True)
class ProjectHead:
    """What the project page shows above the stages."""

    id: str
    title: str
    rev: str
    team: str
    statuses: dict[str, str]
    override_reasons: dict[str, str | None]


def not_found(row_id: str) -> NotFoundError:
    return NotFoundError(
        QT_TRANSLATE_NOOP("UserError", "This item no longer exists (id {id})."), id=row_id
    )


class BootReads:
    """Reads on one ``sqlite3`` connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def project(self, project_id: str) -> ProjectHead:
        found = self._db.execute(
            "SELECT p.title, p.rev, t.name FROM project p JOIN team t ON t.id = p.team_id"
            " WHERE p.id = ?",
            (project_id,),
        ).fetchone()
        if found is None:
            raise not_found(project_id)
        rows = self._db.execute(
            "SELECT stage, status, override_reason FROM stagework WHERE project_id = ?",
            (project_id,),
        ).fetchall()
        return ProjectHead(
            project_id,
            found[0],
            found[1],
            found[2],
            {stage: status for stage, status, _reason in rows},
            {stage: reason for stage, _status, reason in rows},
        )

    def _canvases(self, where: str, args: tuple[str, ...]) -> builtins.list[CanvasRow]:
        rows = self._db.execute(
            "SELECT id, project_id, stage, template, title, view, rev FROM canvas WHERE "
            + where
            + " ORDER BY "
            + ", ".join(LISTED_ORDER),
            args,
        ).fetchall()
        return [
            CanvasRow(row[0], row[1], row[2], row[3], row[4], json.loads(row[5] or "{}"), row[6])
            for row in rows
        ]

    def list(self, project_id: str, stage: str) -> builtins.list[CanvasRow]:
        return self._canvases("project_id = ? AND stage = ?", (project_id, stage))

    def get(self, canvas_id: str) -> CanvasRow:
        found = self._canvases("id = ?", (canvas_id,))
        if not found:
            raise not_found(canvas_id)
        return found[0]

    def _rows(self, sql: str, args: Sequence[Any], skip: frozenset[str]) -> builtins.list[Fields]:
        cursor = self._db.execute(sql, tuple(args))
        names = [column[0] for column in cursor.description]
        return [
            {n: _value(n, v) for n, v in zip(names, row, strict=True) if n not in skip}
            for row in cursor.fetchall()
        ]

    def load(self, canvas_id: str) -> tuple[builtins.list[Fields], builtins.list[Fields]]:
        """Every item (by z-order) and link of a canvas, without time stamps (as
        ``CanvasService.load``)."""
        skip = STAMPS | NOT_READ
        items = self._rows(
            "SELECT * FROM canvasitem WHERE canvas_id = ? ORDER BY z", [canvas_id], skip
        )
        links = self._rows("SELECT * FROM link WHERE canvas_id = ?", [canvas_id], skip)
        return items, links

    def image_data(self, attachment_id: str) -> bytes:
        found = self._db.execute("SELECT data FROM attachment WHERE id = ?", (attachment_id,))
        row = found.fetchone()
        if row is None:
            raise not_found(attachment_id)
        return bytes(row[0])

    # -- the board's edits, each one transaction --------------------------------------------
