"""The sample workshop: a fictional Makassar cohort to learn and demonstrate Labinov with.

Its content is data (``resources/sample/*.json``); ids are fixed (those the file leaves
out are derived from their parent's) and so are its times, so creating it twice finds
the first copy instead of duplicating it, and samples made on two laptops are the same
rows: bundles of it merge and syncs of it meet without a conflict.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any

from labinov.method.stages import STAGES, StageStatus
from labinov.paths import resource
from labinov.services.base import Service
from labinov.store.models import (
    Canvas,
    CanvasItem,
    Link,
    Member,
    Project,
    StageWork,
    Team,
    Workshop,
)

SAMPLE_FILE = "labinov_makassar_2019.json"


def _id(*parts: object) -> str:
    """A fixed id for a sample row the file gives none."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "labinov:sample:" + ":".join(map(str, parts))))


def _when(day: str) -> datetime:
    """09:00 in Makassar (WITA) on ``day``: when the sample's stages started or ended."""
    return datetime.combine(date.fromisoformat(day), time(1, 0), UTC)


@cache
def sample_data() -> dict[str, Any]:
    return json.loads(resource("sample", SAMPLE_FILE).read_text(encoding="utf-8"))


def _dates(values: dict[str, Any], *keys: str) -> dict[str, Any]:
    out = dict(values)
    for key in keys:
        if out.get(key):
            out[key] = date.fromisoformat(out[key])
    return out


class SampleService(Service):
    def create(self) -> tuple[Workshop, bool]:
        """Create the sample workshop unless it exists; returns it and whether it is new."""
        data = sample_data()
        with self.store.transaction() as session:
            existing = session.get(Workshop, data["workshop"]["id"])
            if existing is not None:
                return existing, False
            workshop = Workshop(**_dates(data["workshop"], "start_date", "end_date"))
            session.add(workshop)
            session.flush()
            for team_data in data["teams"]:
                team_fields = {
                    k: v for k, v in team_data.items() if k not in ("members", "projects")
                }
                session.add(Team(workshop_id=workshop.id, **team_fields))
                session.flush()  # no ORM relationships: parents must be written first
                for order, member in enumerate(team_data.get("members", [])):
                    member = {"id": _id(team_data["id"], "member", order), **member}
                    session.add(Member(team_id=team_data["id"], sort_order=order, **member))
                for project_data in team_data.get("projects", []):
                    self._add_project(session, team_data["id"], project_data)
        return workshop, True

    @staticmethod
    def _add_project(session: Any, team_id: str, data: dict[str, Any]) -> None:
        workshop = sample_data()["workshop"]
        started, ended = _when(workshop["start_date"]), _when(workshop["end_date"])
        project = Project(
            id=data["id"], team_id=team_id, title=data["title"], profile=data.get("profile", {})
        )
        session.add(project)
        session.flush()
        stages = data.get("stages", {})
        for stage in STAGES:
            stage_data = stages.get(stage.value, {})
            status = stage_data.get("status", StageStatus.NOT_STARTED.value)
            session.add(
                StageWork(
                    id=_id(project.id, "stage", stage.value),
                    project_id=project.id,
                    stage=stage.value,
                    status=status,
                    answers=stage_data.get("answers", {}),
                    checklist=stage_data.get("checklist", {}),
                    started_at=started if status != StageStatus.NOT_STARTED else None,
                    completed_at=ended if status == StageStatus.DONE else None,
                )
            )
        for order, canvas_data in enumerate(data.get("canvases", [])):
            canvas = Canvas(
                id=_id(project.id, "canvas", order),
                project_id=project.id,
                stage=canvas_data["stage"],
                template=canvas_data.get("template", "blank"),
                title=canvas_data.get("title", ""),
                sort_order=order,
            )
            session.add(canvas)
            session.flush()
            items = [
                CanvasItem(
                    id=_id(canvas.id, "item", index), canvas_id=canvas.id, z=float(index), **item
                )
                for index, item in enumerate(canvas_data.get("items", []))
            ]
            session.add_all(items)
            session.flush()
            for number, (source, target) in enumerate(canvas_data.get("links", [])):
                session.add(
                    Link(
                        id=_id(canvas.id, "link", number),
                        canvas_id=canvas.id,
                        source_id=items[source].id,
                        target_id=items[target].id,
                    )
                )
