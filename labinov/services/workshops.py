"""Workshops (cohorts): create, edit, list, delete."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.services.base import Changes, Service, required_name
from labinov.store import snapshot
from labinov.store.fast_edits import Version
from labinov.store.models import Workshop

WORKSHOP_FIELDS = (
    "name",
    "organiser",
    "place",
    "start_date",
    "end_date",
    "moderators",
    "description",
    "archived",
)


class WorkshopService(Service):
    def create(self, name: str, **fields: Any) -> Workshop:
        workshop = Workshop(
            name=required_name(name, QT_TRANSLATE_NOOP("UserError", "workshop name")), **fields
        )
        with self.store.transaction() as session:
            session.add(workshop)
        return workshop

    def get(self, workshop_id: str) -> Workshop:
        return self._get(Workshop, workshop_id)

    def list(self, *, include_archived: bool = True) -> list[Workshop]:
        with self.store.transaction() as session:
            query = select(Workshop).order_by(col(Workshop.created_at))
            if not include_archived:
                query = query.where(Workshop.archived == False)  # noqa: E712 - SQL expression
            return list(session.exec(query).all())

    def update(
        self, workshop_id: str, version: Version | None = None, **changes: object
    ) -> Changes:
        """Edit fields; returns the previous values (for undo). ``version``: see
        ``Service._update``."""
        if "name" in changes:
            changes["name"] = required_name(
                str(changes["name"]), QT_TRANSLATE_NOOP("UserError", "workshop name")
            )
        previous = self._update(Workshop, workshop_id, changes, version=version)
        return previous

    def delete(self, workshop_id: str) -> snapshot.Snapshot:
        return self._delete(Workshop, workshop_id)
