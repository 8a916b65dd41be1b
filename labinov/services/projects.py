"""Innovation projects: create, rename, profile, archive, delete, duplicate, summaries."""

from __future__ import annotations

import builtins
import copy
from typing import Any

from sqlmodel import col, select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method import iid
from labinov.method.locale import date_from_iso, parse_date
from labinov.method.profile import profile_fields
from labinov.method.stages import STAGES, Stage
from labinov.services.base import Changes, Service, get_or_raise, required_name
from labinov.store import snapshot
from labinov.store.engines import placeholder
from labinov.store.fast_edits import Version, not_found
from labinov.store.models import Project, StageWork, Team
from labinov.store.overview import Overview, ProjectSummary, current_stage, read_overview
from labinov.store.types import new_id, new_rev, utcnow

PROJECTS = Project.__table__


def _check_profile_value(key: str, value: Any) -> Any:
    if key in iid.PROFILE_KEYS:  # the IID indicator levels and their evidence
        return iid.checked(key, value)
    fields = {field.key: field for field in profile_fields()}
    if key not in fields:
        raise ValueError(f"unknown profile field {key!r}")
    field = fields[key]
    if value in (None, "", []):
        return None
    if field.kind == "choice" and value not in dict(field.choices):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{value!r} is not a valid choice for this field."),
            value=value,
        )
    if field.kind == "multichoice":
        allowed = dict(field.choices)
        if not isinstance(value, list) or any(v not in allowed for v in value):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{value!r} is not a valid choice for this field."),
                value=value,
            )
    if field.kind == "date":  # ISO text: a day "2019-07-15" or a month "2017-04"
        try:
            return date_from_iso(str(value)).isoformat()
        except ValueError:
            return parse_date(str(value), "id").isoformat()  # typed: "April 2017"
    if field.kind in ("text", "longtext") and not isinstance(value, str):
        raise ValueError(f"profile field {key!r} takes text")
    return value


class ProjectService(Service):
    def create(self, team_id: str, title: str, **profile: Any) -> Project:
        """A new project with one StageWork row per stage, all not started."""
        checked = {key: _check_profile_value(key, value) for key, value in profile.items()}
        project = Project(
            team_id=team_id,
            title=required_name(title, QT_TRANSLATE_NOOP("UserError", "project title")),
            profile={k: v for k, v in checked.items() if v is not None},
        )
        with self.store.transaction() as session:
            get_or_raise(session, Team, team_id)
            session.add(project)
            session.flush()
            for stage in STAGES:
                session.add(StageWork(project_id=project.id, stage=stage.value))
        return project

    def get(self, project_id: str) -> Project:
        return self._get(Project, project_id)

    def get_many(self, project_ids: builtins.list[str]) -> dict[str, Project]:
        """The projects of ``project_ids`` (those that exist) in one query."""
        if not project_ids:
            return {}
        with self.store.transaction() as session:
            query = select(Project).where(col(Project.id).in_(project_ids))
            return {project.id: project for project in session.exec(query).all()}

    def list(self, team_id: str, *, include_archived: bool = True) -> list[Project]:
        with self.store.transaction() as session:
            query = (
                select(Project).where(Project.team_id == team_id).order_by(col(Project.created_at))
            )
            if not include_archived:
                query = query.where(Project.archived == False)  # noqa: E712 - SQL expression
            return list(session.exec(query).all())

    def rename(
        self,
        project_id: str,
        title: str,
        version: Version | None = None,
        shown: str | None = None,
    ) -> str:
        """Set the title; returns the old one. ``version``: the project's ``rev`` as the
        caller loaded it (``StaleWriteError`` when it changed since) and the one this write
        gives; ``shown``: the title the caller shows, the old one undo needs (no read)."""
        title = required_name(title, QT_TRANSLATE_NOOP("UserError", "project title"))
        shown_title = None if shown is None else {"title": shown}
        previous = self._update(Project, project_id, {"title": title}, shown_title, version)
        return str(previous["title"])

    def set_archived(self, project_id: str, archived: bool, version: Version | None = None) -> bool:
        """Archive or bring back; returns the old flag. ``version``: see ``rename``."""
        previous = self._update(Project, project_id, {"archived": archived}, version=version)
        return bool(previous["archived"])

    def update_profile(
        self, project_id: str, values: dict[str, Any], version: Version | None = None
    ) -> Changes:
        """Set profile fields (empty clears them); returns the previous values, for undo.

        ``version``: the project's ``rev`` as the caller loaded it, which must still be the
        stored one (``StaleWriteError`` otherwise, nothing written), and the one this write
        gives. Without it the profile read in this transaction is the version checked (a
        concurrent writer between read and write is refused, never overwritten)."""
        checked = {key: _check_profile_value(key, value) for key, value in values.items()}
        edits = self.store.edits
        with edits.transaction() as connection:
            found = edits.read_one(connection, PROJECTS, project_id, ("rev", "profile"))
            if found is None:
                raise not_found(project_id)
            profile = dict(found["profile"] or {})  # a new dict: the old values stay undo's
            previous = {key: profile.get(key) for key in checked}
            for key, value in checked.items():
                if value is None:
                    profile.pop(key, None)
                else:
                    profile[key] = value
            seen, new = (version.seen, version.new) if version else (found["rev"], new_rev())
            changes = {project_id: {"profile": profile, "rev": new}}
            edits.write(connection, PROJECTS, changes, {project_id: seen})
        return previous

    def delete(self, project_id: str) -> snapshot.Snapshot:
        return self._delete(Project, project_id)

    def duplicate(self, project_id: str, title: str | None = None) -> Project:
        """A deep copy (stage work, canvases, notes, links, attachments) with new ids."""
        with self.store.transaction() as session:
            rows = snapshot.take(session, Project, project_id)
            if not rows:
                get_or_raise(session, Project, project_id)
            new_ids: dict[str, str] = {}
            now = utcnow()
            copies: snapshot.Snapshot = []
            for table, values in rows:
                values = copy.deepcopy(values)
                new_ids[values["id"]] = values["id"] = new_id()
                values["created_at"] = values["updated_at"] = now
                copies.append((table, values))
            for table, values in copies:
                for column in table.__table__.columns:
                    if column.foreign_keys and values.get(column.name) in new_ids:
                        values[column.name] = new_ids[values[column.name]]
                if table is Project:
                    values["title"] = title or values["title"]
            snapshot.restore(session, copies)
            return get_or_raise(session, Project, copies[0][1]["id"])

    def summaries(self, workshop_id: str | None = None) -> builtins.list[ProjectSummary]:
        """Every project with its team, workshop and current stage."""
        return self.overview(workshop_id).projects

    def overview(self, workshop_id: str | None = None) -> Overview:
        """Workshops, teams and project summaries (see ``labinov.store.overview``)."""
        connection = self.store.engine.raw_connection()
        try:
            return read_overview(connection, workshop_id, placeholder(self.store.engine))
        finally:
            connection.close()

    def stage_of(self, project_id: str) -> Stage:
        with self.store.transaction() as session:
            rows = session.exec(
                select(StageWork.stage, StageWork.status).where(StageWork.project_id == project_id)
            ).all()
        return Stage(current_stage(dict(rows))[0])
