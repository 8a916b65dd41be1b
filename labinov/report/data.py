"""Everything one proposal shows, read once from the services into plain objects.

The document builder reads only from a ``ProjectData``; answers are read defensively by key
(worksheets grow), and canvases come straight from the Canvas/CanvasItem/Link rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import select

from labinov.method.proposal_text import resolve
from labinov.method.stages import STAGES
from labinov.services import Services
from labinov.store.models import Attachment, Member, Project, StageWork, Team, Workshop

LOGO_MIMES = ("image/png", "image/jpeg")


@dataclass
class CanvasData:
    """One canvas with its items (by z-order) and links, as dicts of column values."""

    id: str
    stage: str
    template: str
    title: str
    items: list[dict[str, Any]]
    links: list[dict[str, Any]]
    images: dict[str, bytes] = field(default_factory=dict)

    @cached_property
    def drawing_order(self) -> list[dict[str, Any]]:
        """Items as a figure draws them: frames below, then by z (a canvas's overview
        and its details share it)."""
        return sorted(self.items, key=lambda i: (i.get("kind") != "frame", i["z"]))


@dataclass
class ProjectData:
    project: Project
    team: Team
    workshop: Workshop
    members: list[Member]
    works: dict[str, StageWork]
    canvases: list[CanvasData]
    logo: bytes | None = None
    files: list[Any] = field(default_factory=list)  # appendix.AttachedFile: supporting data

    def answers(self, stage: str) -> dict[str, Any]:
        work = self.works.get(stage)
        return work.answers if work is not None and isinstance(work.answers, dict) else {}

    def value(self, ref: str) -> Any:
        """``profile:KEY`` or ``answers:STAGE.KEY[.SUB…]``; None when absent."""
        return resolve(ref, self.project.profile or {}, self.answers)
        raise ValueError(f"unknown source {ref!r}")

    def first(self, stage: str, keys: list[str]) -> Any:
        """The first of ``keys`` present (not None/empty) in a stage's answers."""
        answers = self.answers(stage)
        for key in keys:
            value = answers.get(key)
            if value not in (None, "", [], {}):
                return value
        return None


def load_project(
    services: Services, project_id: str, *, canvases: bool = True, canvas_ids: Any = None
) -> ProjectData:
    """Read a project and all it needs; ``canvas_ids`` (a set) limits the canvases read."""
    project = services.projects.get(project_id)
    team = services.teams.get(project.team_id)
    workshop = services.workshops.get(team.workshop_id)
    members = services.members.list(team.id)
    works = {work.stage: work for work in services.stages.list(project_id)}
    found: list[CanvasData] = []
    if canvases:
        for stage in STAGES:
            for canvas in services.canvases.list(project_id, stage):
                if canvas_ids is not None and canvas.id not in canvas_ids:
                    continue
                items, links = services.canvases.load(canvas.id)
                data = CanvasData(
                    canvas.id, canvas.stage, canvas.template, canvas.title, items, links
                )
                for item in items:
                    if item.get("kind") == "image" and item.get("attachment_id"):
                        data.images[item["attachment_id"]] = services.canvases.image_data(
                            item["attachment_id"]
                        )
                found.append(data)
    from labinov.report.appendix import load_files

    logo = _logo(services, project_id)
    return ProjectData(
        project, team, workshop, members, works, found, logo, load_files(services, project_id)
    )


def _logo(services: Services, project_id: str) -> bytes | None:
    """A picture attachment named like ``logo…``, shown on the cover."""
    table = Attachment.__table__  # type: ignore[attr-defined]
    with services.store.transaction() as session:
        row = session.execute(
            select(table.c.data)
            .where(
                table.c.project_id == project_id,
                table.c.filename.ilike("logo%"),
                table.c.mime.in_(LOGO_MIMES),
            )
            .limit(1)
        ).first()
    return bytes(row[0]) if row else None


def workshop_projects(services: Services, workshop_id: str) -> list[Project]:
    """The workshop's projects (not archived), team by team."""
    services.workshops.get(workshop_id)  # NotFoundError for a wrong id
    projects: list[Project] = []
    for team in services.teams.list(workshop_id):
        projects += services.projects.list(team.id, include_archived=False)
    return projects


__all__ = ["CanvasData", "ProjectData", "StageWork", "load_project", "workshop_projects"]
