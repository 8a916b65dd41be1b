"""The PDF export actions of the main window (``install``); the dialog is ``dialog.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.window_hooks import PROJECT, WORKSHOP

if TYPE_CHECKING:
    from labinov.gui.window_hooks import WindowHooks


class ReportActions(QObject):
    """Project ▸ Export proposal PDF… and Workshop ▸ Export all proposals as PDF…"""

    def __init__(self, window: WindowHooks) -> None:
        super().__init__()
        self.window = window
        self.action_set = window.add_actions(self)
        self.project_action = self.action_set["exportProposalPdf"]
        self.workshop_action = self.action_set["exportWorkshopPdf"]

    @add_action(
        "exportProposalPdf",
        QT_TRANSLATE_NOOP("ReportActions", "Export proposal &PDF…"),
        shortcut="Ctrl+Shift+E",
        icon="file-pdf-box",
        enabled=PROJECT,
        menu="project",
        group=30,
    )
    def export_project(self):  # type: ignore[no-untyped-def]
        project_id = self.window.current_project_id()
        if not project_id:
            return None
        return self._open(project_id=project_id)

    @add_action(
        "exportWorkshopPdf",
        QT_TRANSLATE_NOOP("ReportActions", "Export all proposals as PDF…"),
        icon="file-pdf-box",
        enabled=WORKSHOP,
        menu="workshop",
        group=40,
    )
    def export_workshop(self):  # type: ignore[no-untyped-def]
        workshop_id = self.window.current_workshop_id()
        if not workshop_id:
            return None
        return self._open(workshop_id=workshop_id)

    def _open(self, **ids: str):  # type: ignore[no-untyped-def]
        from labinov.gui.report.dialog import ExportDialog

        dialog = ExportDialog(self.window.context, parent=self.window, **ids)
        dialog.setModal(True)
        dialog.open()
        return dialog


def install(window: WindowHooks) -> None:
    """Add the PDF export actions to the main window's menus."""
    window.report_actions = ReportActions(window)  # type: ignore[attr-defined]
