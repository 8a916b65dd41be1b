"""A project's progress through the five stages: start, complete, reopen."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from labinov.errors import QT_TRANSLATE_NOOP, NotFoundError
from labinov.method.stages import STAGES, Stage, StageStatus
from labinov.services.base import Service
from labinov.store.models import StageWork
from labinov.store.types import utcnow

STATE_FIELDS = ("status", "started_at", "completed_at", "override_reason")

StageState = dict[str, Any]


class StageService(Service):
    def get(self, project_id: str, stage: Stage | str) -> StageWork:
        with self.store.transaction() as session:
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

    def list(self, project_id: str) -> list[StageWork]:
        """The project's five StageWork rows in method order."""
        with self.store.transaction() as session:
            rows = session.exec(select(StageWork).where(StageWork.project_id == project_id)).all()
        order = {stage.value: index for index, stage in enumerate(STAGES)}
        return sorted(rows, key=lambda work: order.get(work.stage, len(order)))

    def _set_state(self, project_id: str, stage: Stage | str, state: StageState) -> StageState:
        work = self.get(project_id, stage)
        _row, previous = self._update(StageWork, work.id, state)
        return previous

    def start(self, project_id: str, stage: Stage | str) -> StageState:
        """Mark a stage in progress; returns the previous state, for undo."""
        work = self.get(project_id, stage)
        return self._set_state(
            project_id,
            stage,
            {
                "status": StageStatus.IN_PROGRESS.value,
                "started_at": work.started_at or utcnow(),
                "completed_at": None,
            },
        )

    def complete(
        self, project_id: str, stage: Stage | str, override_reason: str | None = None
    ) -> StageState:
        """Mark a stage done; returns the previous state, for undo."""
        work = self.get(project_id, stage)
        now = utcnow()
        return self._set_state(
            project_id,
            stage,
            {
                "status": StageStatus.DONE.value,
                "started_at": work.started_at or now,
                "completed_at": now,
                "override_reason": override_reason,
            },
        )

    def reopen(self, project_id: str, stage: Stage | str) -> StageState:
        return self._set_state(
            project_id,
            stage,
            {"status": StageStatus.IN_PROGRESS.value, "completed_at": None},
        )

    def restore_state(self, project_id: str, stage: Stage | str, state: StageState) -> StageState:
        """Put back a state returned by start/complete/reopen (undo and redo)."""
        return self._set_state(project_id, stage, state)
