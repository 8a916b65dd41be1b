"""The sample workshop: a fictional Makassar cohort to learn and demonstrate Labinov with.

Its content is data (``resources/sample/*.json``); ids are fixed so creating it twice
finds the first copy instead of duplicating it, and bundles of it merge cleanly: the rows
the data file gives no id (members, stage work, canvases, notes, links) get one derived from
their owner and place, and stage times are the workshop's first morning, so the sample made
on two laptops is the same rows with the same values (an import or sync finds nothing to
do but times of writing).
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
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


@cache
def sample_data() -> dict[str, Any]:
    return json.loads(resource("sample", SAMPLE_FILE).read_text(encoding="utf-8"))


def _id(*parts: object) -> str:
    """The fixed id of a sample row from its owner and place."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "labinov:sample:" + ":".join(map(str, parts))))


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
            start = date.fromisoformat(data["workshop"]["start_date"])
            # stage times: 09:00 in Makassar (UTC+8) of the first day, the same everywhere
            began = datetime(start.year, start.month, start.day, 1, tzinfo=UTC)
            for team_data in data["teams"]:
                team_fields = {
                    k: v for k, v in team_data.items() if k not in ("members", "projects")
                }
                session.add(Team(workshop_id=workshop.id, **team_fields))
                session.flush()  # no ORM relationships: parents must be written first
                for order, member in enumerate(team_data.get("members", [])):
                    member_id = _id(team_data["id"], "member", order)
                    session.add(
                        Member(id=member_id, team_id=team_data["id"], sort_order=order, **member)
                    )
                for project_data in team_data.get("projects", []):
                    self._add_project(session, team_data["id"], project_data, began)
        return workshop, True

    @staticmethod
    def _add_project(session: Any, team_id: str, data: dict[str, Any], now: datetime) -> None:
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
                    started_at=now if status != StageStatus.NOT_STARTED else None,
                    completed_at=now if status == StageStatus.DONE else None,
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
            for index, (source, target) in enumerate(canvas_data.get("links", [])):
                session.add(
                    Link(
                        id=_id(canvas.id, "link", index),
                        canvas_id=canvas.id,
                        source_id=items[source].id,
                        target_id=items[target].id,
                    )
                )
