"""Use cases over the store. No Qt here: the GUI, the CLI and the tests all call these."""

from __future__ import annotations

from labinov.services.attachments import AttachmentService
from labinov.services.canvases import CanvasService
from labinov.services.conflicts import ConflictService
from labinov.services.moderation import ModerationService
from labinov.services.projects import ProjectService
from labinov.services.samples import SampleService
from labinov.services.stages import StageService
from labinov.services.teams import MemberService, TeamService
from labinov.services.worksheets import WorksheetService
from labinov.services.workshops import WorkshopService
from labinov.store.db import Store


class Services:
    """Every service of one store, built once by the composition root (or a test)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.workshops = WorkshopService(store)
        self.teams = TeamService(store)
        self.members = MemberService(store)
        self.projects = ProjectService(store)
        self.stages = StageService(store)
        self.samples = SampleService(store)
        self.canvases = CanvasService(store)
        self.attachments = AttachmentService(store)
        self.worksheets = WorksheetService(store, self.stages)
        self.moderation = ModerationService(store)
        self.conflicts = ConflictService(store)
