"""A project's progress through the five stages: start, complete, reopen."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from typing import Any

from sqlalchemy import select as core_select
from sqlmodel import col, select

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError, UserError
from labinov.method.stages import STAGES, Stage, StageStatus
from labinov.services.base import Service
from labinov.store.fast_edits import Version, not_found, stale
from labinov.store.models import StageWork
from labinov.store.types import new_rev, utcnow

STATE_FIELDS = ("status", "started_at", "completed_at", "override_reason")
WORKS = StageWork.__table__  # type: ignore[attr-defined]
# ``started_at`` as stored, or (never started) the time the write completes the stage or now
FIRST_START: Any = object()

StageState = dict[str, Any]

# (project_id, stage) -> the expected outputs still missing, in the user's words
Gate = Callable[[str, str], list[str]]


def stage_work(session: Any, project_id: str, stage: Stage | str) -> StageWork:
    """The project's row for ``stage``, in ``session``; NotFoundError when it is gone."""
    work = session.exec(
        select(StageWork).where(
            StageWork.project_id == project_id, StageWork.stage == Stage(stage).value
        )
    ).first()
    if work is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("UserError", "This item no longer exists (id {id})."),
            id=project_id,
        )
    return work


class StageGateError(UserError):
    """A stage cannot be marked done: ``missing`` lists what it still needs."""

    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("UserError", "This stage is not done yet. Still missing: {missing}"),
            missing="; ".join(missing),
        )
        self.missing = missing


class StageService(Service):
    """Stage status. ``gate`` (set by the composition of services) names what a stage
    still lacks; without one every stage may be completed."""

    gate: Gate | None = None

    def missing_outputs(self, project_id: str, stage: Stage | str) -> list[str]:
        return self.gate(project_id, Stage(stage).value) if self.gate else []

    def get(self, project_id: str, stage: Stage | str) -> StageWork:
        with self.store.transaction() as session:
            return stage_work(session, project_id, stage)

    def list(self, project_id: str) -> list[StageWork]:
        """The project's five StageWork rows in method order."""
        return self.by_project([project_id])[project_id]

    def by_project(self, project_ids: builtins.list[str]) -> dict[str, builtins.list[StageWork]]:
        """``list`` of many projects in one query."""
        found: dict[str, builtins.list[StageWork]] = {pid: [] for pid in project_ids}
        if not project_ids:
            return found
        with self.store.transaction() as session:
            query = select(StageWork).where(col(StageWork.project_id).in_(project_ids))
            for work in session.exec(query).all():
                found[work.project_id].append(work)
        order = {stage.value: index for index, stage in enumerate(STAGES)}
        for works in found.values():
            works.sort(key=lambda work: order.get(work.stage, len(order)))
        return found

    def start(
        self, project_id: str, stage: Stage | str, version: Version | None = None
    ) -> StageState:
        """Mark a stage in progress; returns the previous state, for undo."""
        state = {
            "status": StageStatus.IN_PROGRESS.value,
            "started_at": FIRST_START,
            "completed_at": None,
        }
        return self.restore_state(project_id, stage, state, version)

    def complete(
        self,
        project_id: str,
        stage: Stage | str,
        override_reason: str | None = None,
        version: Version | None = None,
    ) -> StageState:
        """Mark a stage done; returns the previous state, for undo.

        Refused with ``StageGateError`` while outputs are missing, unless the moderator
        gives an ``override_reason`` (stored with the stage)."""
        if not (override_reason or "").strip():
            override_reason = None
            missing = self.missing_outputs(project_id, stage)
            if missing:
                raise StageGateError(missing)
        state = {
            "status": StageStatus.DONE.value,
            "started_at": FIRST_START,
            "completed_at": utcnow(),
            "override_reason": override_reason,
        }
        return self.restore_state(project_id, stage, state, version)

    def reopen(
        self, project_id: str, stage: Stage | str, version: Version | None = None
    ) -> StageState:
        state = {"status": StageStatus.IN_PROGRESS.value, "completed_at": None}
        return self.restore_state(project_id, stage, state, version)

    def restore_state(
        self,
        project_id: str,
        stage: Stage | str,
        state: StageState,
        version: Version | None = None,
    ) -> StageState:
        """Set fields of the stage's state (``STATE_FIELDS``) and return their previous
        values: start, complete and reopen, and their undo and redo putting back what
        those returned. ``started_at`` given as ``FIRST_START`` keeps the stored one, or
        (never started) gets ``completed_at`` or now. The row is read once, in the write's
        transaction. ``version``: the stage's ``rev`` as the caller loaded it (the row of
        its answers too: ``StaleWriteError`` when it changed since, nothing written) and
        the one this write gives; see ``Service._update``."""
        names = [name for name in state if name in STATE_FIELDS]
        if len(names) != len(state):
            raise ValueError(f"not a stage state field: {sorted(set(state) - set(names))}")
        edits = self.store.edits
        with edits.transaction() as connection:
            found = connection.execute(
                core_select(
                    WORKS.c.id, WORKS.c.rev, WORKS.c.started_at, *(WORKS.c[n] for n in names)
                ).where(WORKS.c.project_id == project_id, WORKS.c.stage == Stage(stage).value)
            ).first()
            if found is None:
                raise not_found(project_id)
            row_id, seen, started, *values = found
            if version is not None and seen != version.seen:
                raise stale()
            first = started or state.get("completed_at") or utcnow()
            changes = {k: first if v is FIRST_START else v for k, v in state.items()}
            changes["rev"] = version.new if version is not None else new_rev()
            edits.write(connection, WORKS, {row_id: changes}, {row_id: seen})
        return dict(zip(names, values, strict=True))
