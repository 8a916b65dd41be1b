"""The overview of every workshop, team and project, read with plain ``sqlite3``.

It is what the navigator, ``labinov list`` and the workshop tables show. It needs neither
SQLAlchemy nor SQLModel, whose import alone takes most of a start-up: the window shows the
cohort from this read while the rest of the store loads (``labinov/app.py``). The services
use the same function, so there is one reading of "current stage" and "progress".
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, NamedTuple

from labinov.method.stages import STAGES, StageStatus
from labinov.store.read_only import read_only_uri


# NamedTuples rather than frozen dataclasses: the same immutable records with attributes,
# but a dataclass compiles six generated methods when its module loads (~4 ms for these four
# before the first paint of the window, which shows this overview)
class WorkshopSummary(NamedTuple):
    id: str
    name: str
    place: str
    organiser: str


class TeamSummary(NamedTuple):
    id: str
    workshop_id: str
    name: str
    kind: str


class ProjectSummary(NamedTuple):
    """One line of ``labinov list`` and of the navigator."""

    id: str
    title: str
    team_id: str
    team: str
    workshop_id: str
    workshop: str
    current_stage: str
    stage_status: str
    stages_done: int
    archived: bool

    def as_dict(self) -> dict[str, Any]:
        return self._asdict()


class Overview(NamedTuple):
    workshops: list[WorkshopSummary]
    teams: list[TeamSummary]
    projects: list[ProjectSummary]


def current_stage(statuses: dict[str, str]) -> tuple[str, str]:
    """The stage a project is working on: the first not done; the last when all are done."""
    for stage in STAGES:
        status = statuses.get(stage, StageStatus.NOT_STARTED)
        if status != StageStatus.DONE:
            return stage.value, str(status)
    return STAGES[-1].value, StageStatus.DONE.value


def read_overview(connection: Any, workshop_id: str | None = None, marker: str = "?") -> Overview:
    """Read the overview through a DB-API connection (``sqlite3`` or SQLAlchemy's raw one);
    ``marker`` is the driver's parameter marker (``%s`` for psycopg)."""
    where = f" WHERE w.id = {marker}" if workshop_id else ""
    args = (workshop_id,) if workshop_id else ()
    cursor = connection.cursor()
    try:
        cursor.execute(
            "SELECT w.id, w.name, w.place, w.organiser FROM workshop w"
            + where
            + " ORDER BY w.created_at, w.id",
            args,
        )
        workshops = [WorkshopSummary(*row) for row in cursor.fetchall()]
        cursor.execute(
            "SELECT t.id, t.workshop_id, t.name, t.kind FROM team t JOIN workshop w"
            " ON w.id = t.workshop_id" + where + " ORDER BY t.created_at, t.id",
            args,
        )
        teams = [TeamSummary(*row) for row in cursor.fetchall()]
        cursor.execute(
            "SELECT p.id, p.title, t.id, t.name, w.id, w.name, p.archived FROM project p"
            " JOIN team t ON t.id = p.team_id JOIN workshop w ON w.id = t.workshop_id"
            + where
            + " ORDER BY w.created_at, t.created_at, p.created_at, p.id",
            args,
        )
        rows = cursor.fetchall()
        cursor.execute("SELECT project_id, stage, status FROM stagework")
        statuses: dict[str, dict[str, str]] = {}
        for project_id, stage, status in cursor.fetchall():
            statuses.setdefault(project_id, {})[stage] = status
    finally:
        cursor.close()
    projects = []
    for project_id, title, team_id, team, w_id, workshop, archived in rows:
        stage_statuses = statuses.get(project_id, {})
        stage, status = current_stage(stage_statuses)
        done = sum(1 for s in stage_statuses.values() if s == StageStatus.DONE)
        projects.append(
            ProjectSummary(
                project_id,
                title,
                team_id,
                team,
                w_id,
                workshop,
                stage,
                status,
                done,
                bool(archived),
            )
        )
    return Overview(workshops, teams, projects)


def quick_overview(database: Path, head: str | None) -> Overview | None:
    """The overview straight from the file, or None when the file is missing or its schema
    is not ``head`` (then the caller opens the store properly, migrating it). None too when
    a server is chosen (``store.engines.database_url``): the file is not the store then."""
    from labinov.store.engines import database_url

    if head is None or database_url() is not None or not database.is_file():
        return None
    try:
        connection = sqlite3.connect(read_only_uri(database), uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != head:
            return None
        return read_overview(connection)
    except sqlite3.Error:
        return None
    finally:
        connection.close()
