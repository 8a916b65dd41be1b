"""The moderator's workshop tools: agenda sessions, the parking lot, the team overview.

Each edit is one transaction returning what its undo needs (previous values, or a
snapshot of a deleted row). ``overview`` reads every project of a workshop with its
current stage and worksheet progress in three queries, for the projector view.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlmodel import select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method import gates
from labinov.method.stages import STAGES, Stage
from labinov.services.base import Changes, Service, get_or_raise, listed_order, required_name
from labinov.store import snapshot
from labinov.store.engines import placeholder
from labinov.store.fast_edits import Version, stale
from labinov.store.ids import order_version
from labinov.store.models import AgendaSession, ParkingItem, Workshop
from labinov.store.overview import current_stage

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class TeamProgress:
    """One row of the workshop overview."""

    team_id: str
    team: str
    project_id: str | None
    project: str
    stage: str | None
    stage_status: str
    stages_done: int
    progress: dict[str, gates.Progress]

    @property
    def ratio(self) -> float:
        filled = sum(p.filled for p in self.progress.values())
        needed = sum(p.required for p in self.progress.values())
        return filled / needed if needed else 0.0


def _check_session(changes: dict[str, Any]) -> dict[str, Any]:
    if "title" in changes:
        changes["title"] = required_name(
            str(changes["title"]), QT_TRANSLATE_NOOP("UserError", "session title")
        )
    if "minutes" in changes:
        text = str(changes["minutes"]).strip()
        if not text.isdigit() or not 1 <= int(text) <= MAX_MINUTES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A time box is a whole number of minutes from 1 to 1440, not “{value}”.",
                ),
                value=text,
            )
        changes["minutes"] = int(text)
    if "start_time" in changes:
        text = str(changes["start_time"] or "").strip()
        match = _TIME.match(text)
        if text and not match:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "“{value}” is not a time. Write it as HH:MM, e.g. 09:30."
                ),
                value=text,
            )
        changes["start_time"] = f"{int(match.group(1)):02d}:{match.group(2)}" if match else ""
    if changes.get("stage"):
        changes["stage"] = Stage(changes["stage"]).value
    if isinstance(changes.get("day"), str):
        changes["day"] = dt.date.fromisoformat(changes["day"]) if changes["day"] else None
    return changes


Listed = TypeVar("Listed", AgendaSession, ParkingItem)  # a workshop's ordered list


class ModerationService(Service):
    """Agenda, parking lot and overview of one workshop."""

    # -- a workshop's ordered lists (agenda sessions, parked items) -----------------------

    def _in_order(self, table: type[Listed], workshop_id: str) -> list[Listed]:
        with self.store.transaction() as session:
            query = (
                select(table).where(table.workshop_id == workshop_id).order_by(*listed_order(table))
            )
            return list(session.exec(query).all())

    def _append(self, table: type[Listed], workshop_id: str, **values: Any) -> Listed:
        """A new row at the end of the workshop's list."""
        with self.store.transaction() as session:
            get_or_raise(session, Workshop, workshop_id)
            query = select(table.id).where(table.workshop_id == workshop_id)
            count = len(session.exec(query).all())
            row = table(workshop_id=workshop_id, sort_order=count, **values)
            session.add(row)
        return row

    # -- agenda ------------------------------------------------------------------------

    def sessions(self, workshop_id: str) -> list[AgendaSession]:
        return self._in_order(AgendaSession, workshop_id)

    def add_session(
        self, workshop_id: str, title: str, minutes: int = 30, **fields: Any
    ) -> AgendaSession:
        values = _check_session({"title": title, "minutes": minutes, **fields})
        return self._append(AgendaSession, workshop_id, **values)

    def update_session(
        self, session_id: str, version: Version | None = None, **changes: Any
    ) -> Changes:
        """Set fields of a session; returns their previous values. ``version``: see
        ``Service._update`` (another moderator's edit since is refused, not overwritten)."""
        checked = _check_session(dict(changes))
        return self._update(AgendaSession, session_id, checked, version=version)

    def delete_session(self, session_id: str) -> snapshot.Snapshot:
        return self._delete(AgendaSession, session_id)

    def reorder_sessions(
        self, workshop_id: str, session_ids: list[str], version: str | None = None
    ) -> list[str]:
        """Put the sessions in this order; returns the previous order, for undo. ``version``:
        the order the caller showed (``ids.order_version``); when another app reordered,
        added or removed a session since, ``StaleWriteError`` and nothing changes. Read and
        written in one transaction (the rows locked on a server)."""
        with self.store.transaction() as session:
            query = (
                select(AgendaSession)
                .where(AgendaSession.workshop_id == workshop_id)
                .order_by(*listed_order(AgendaSession))
                .with_for_update()
            )
            rows = list(session.exec(query).all())
            previous = [row.id for row in rows]
            if version is not None and version != order_version(previous):
                raise stale()
            if sorted(previous) != sorted(session_ids):
                raise ValueError("reorder must name every session of the workshop once")
            rank = {session_id: order for order, session_id in enumerate(session_ids)}
            for row in rows:
                if row.sort_order != rank[row.id]:
                    row.sort_order = rank[row.id]
                    session.add(row)
        return previous

    # -- parking lot -------------------------------------------------------------------

    def parking_items(self, workshop_id: str) -> list[ParkingItem]:
        return self._in_order(ParkingItem, workshop_id)

    def park(self, workshop_id: str, text: str) -> ParkingItem:
        clean = required_name(text, QT_TRANSLATE_NOOP("UserError", "parked item"))
        return self._append(ParkingItem, workshop_id, text=clean)

    def update_parked(
        self, item_id: str, version: Version | None = None, **changes: Any
    ) -> Changes:
        """Set fields of a parked item; returns their previous values. ``version``: see
        ``Service._update``."""
        if "text" in changes:
            changes["text"] = required_name(
                str(changes["text"]), QT_TRANSLATE_NOOP("UserError", "parked item")
            )
        return self._update(ParkingItem, item_id, changes, version=version)

    def delete_parked(self, item_id: str) -> snapshot.Snapshot:
        return self._delete(ParkingItem, item_id)

    # -- overview ----------------------------------------------------------------------

    def overview(self, workshop_id: str) -> list[TeamProgress]:
        """Every team of the workshop with each of its projects (a team without a project
        gets one row), its current stage and worksheet progress.

        One plain SQL read through the raw connection: it is what the moderator opens in
        front of the room, and the ORM would triple its time (tests/bench/bench_overview.py)."""
        connection = self.store.engine.raw_connection()
        try:
            sql = OVERVIEW_SQL.replace("?", placeholder(self.store.engine))
            cursor = connection.cursor()
            cursor.execute(sql, (workshop_id,))
            rows = cursor.fetchall()
        finally:
            connection.close()
        progress_of = _stage_progresses([(row[4], row[6]) for row in rows if row[4] is not None])
        teams: dict[str, str] = {}
        projects: dict[str, dict[str, list[Any]]] = {}  # team -> project -> stage rows
        titles: dict[str, str] = {}
        for team_id, team_name, project_id, title, stage, status, answers in rows:
            teams.setdefault(team_id, team_name)
            team_projects = projects.setdefault(team_id, {})
            if project_id is None:
                continue
            titles[project_id] = title
            stages = team_projects.setdefault(project_id, [])
            if stage is not None:
                stages.append((stage, status, progress_of[stage, answers]))
        result: list[TeamProgress] = []
        for team_id, team_name in teams.items():
            for project_id, stages in projects[team_id].items():
                status = {stage: state for stage, state, _progress in stages}
                stage, stage_status = current_stage(status)
                done = sum(1 for value in status.values() if value == "done")
                found = {stage: value for stage, _state, value in stages}
                progress = {value: found.get(value) or empty for value, empty in _EMPTY.items()}
                result.append(
                    TeamProgress(
                        team_id,
                        team_name,
                        project_id,
                        titles[project_id],
                        stage,
                        stage_status,
                        done,
                        progress,
                    )
                )
            if not projects[team_id]:
                result.append(TeamProgress(team_id, team_name, None, "", None, "", 0, {}))
        return result


_PROGRESS_CACHE: dict[tuple[str, str | bytes], gates.Progress] = {}
_CACHE_LIMIT = 1024
# every stage's progress with nothing answered, in stage order
_EMPTY = {stage.value: gates.progress(stage, {}) for stage in STAGES}


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _stage_progresses(
    stages: list[tuple[str, str | None]],
) -> dict[tuple[str, str | None], gates.Progress]:
    """Progress of each ``(stage, answers JSON)`` pair.

    Memoised on the text, so never stale: an open overview reads the workshop again after
    every edit, and only the stage that changed is parsed again (parsing was most of its
    data time). Long texts are keyed by a digest, so the cache stays small. The texts not
    seen before are parsed in one ``json.loads``: per-text calls cost more than parsing."""
    keys = {
        pair: (pair[0], text if len(text) <= 2048 else _digest(text))
        for pair in stages
        for text in (pair[1] or "",)
    }
    unseen = {key: pair for pair, key in keys.items() if key not in _PROGRESS_CACHE}
    if unseen:
        if len(_PROGRESS_CACHE) + len(unseen) > _CACHE_LIMIT:  # old versions of answers
            _PROGRESS_CACHE.clear()
            unseen = {key: pair for pair, key in keys.items()}
        parsed = json.loads("[" + ",".join(text or "{}" for _s, text in unseen.values()) + "]")
        for (key, (stage, _text)), answers in zip(unseen.items(), parsed, strict=True):
            _PROGRESS_CACHE[key] = gates.progress(stage, answers or {})
    return {pair: _PROGRESS_CACHE[key] for pair, key in keys.items()}


OVERVIEW_SQL = """
SELECT t.id, t.name, p.id, p.title, s.stage, s.status, CAST(s.answers AS TEXT)
FROM team t
LEFT JOIN project p ON p.team_id = t.id AND NOT p.archived
LEFT JOIN stagework s ON s.project_id = p.id
WHERE t.workshop_id = ?
ORDER BY t.name, t.id, p.title, p.id
"""
