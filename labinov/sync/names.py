"""How the user calls a row in a sync preview: its project's title and its own label,
never an id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from labinov.sync.apply import BY_NAME
from labinov.sync.rules import Row

LABEL_LENGTH = 80
# the column a row of each table is called by, in order of preference
_LABELS = ("title", "name", "text", "filename", "label", "stage", "table_name", "template")


@dataclass(frozen=True)
class Named:
    """A row as the user knows it: ``project`` is the title of its project ("" outside
    projects), ``item`` its label (a note's text, a member's name, a canvas's title)."""

    table: str
    project: str
    item: str


def label(row: Row) -> str:
    for column in _LABELS:
        value = row.get(column)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1] + "…"
    return ""


class Namer:
    """Names rows of one store, looking up their canvas and project as needed."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._titles: dict[str, str] = {}
        self._canvas_project: dict[str, str | None] = {}

    def project_id(self, table: str, row: Row) -> str | None:
        """The project a row belongs to, None for a workshop's, team's or member's rows."""
        if table == "project":
            return str(row["id"])
        if "project_id" in row:
            return row["project_id"]  # type: ignore[no-any-return]
        if "canvas_id" in row:
            return self._project_of_canvas(row["canvas_id"])
        return None

    def _project_of_canvas(self, canvas_id: str) -> str | None:
        if canvas_id not in self._canvas_project:
            canvas = BY_NAME["canvas"]
            query = select(canvas.c.project_id).where(canvas.c.id == canvas_id)
            self._canvas_project[canvas_id] = self.connection.execute(query).scalar()
        return self._canvas_project[canvas_id]

    def title(self, project_id: str | None) -> str:
        if project_id is None:
            return ""
        if project_id not in self._titles:
            project = BY_NAME["project"]
            query = select(project.c.title).where(project.c.id == project_id)
            self._titles[project_id] = self.connection.execute(query).scalar() or ""
        return self._titles[project_id]

    def named(self, table: str, row: Row, other: Row | None = None) -> Named:
        """``other``: the other version of a row in conflict (a stage's work is then
        named by its stage and the questions whose answers differ)."""
        project = self.title(self.project_id(table, row))
        if table == "project":
            project = str(row.get("title") or "")
        if table == "stagework" and other is not None:
            return Named(table, project, answers_item(row, other))
        return Named(table, project, label(row))


def answers_item(one: Row, other: Row) -> str:
    """A stage's work whose two versions differ, as "<stage>: <question>, <question>"
    (the keys of the answers that differ; the GUI shows their titles)."""
    ours, theirs = dict(one.get("answers") or {}), dict(other.get("answers") or {})
    keys = [k for k in dict.fromkeys([*ours, *theirs]) if ours.get(k) != theirs.get(k)]
    stage = str(one.get("stage") or "")
    return f"{stage}: {', '.join(keys)}" if keys else stage
