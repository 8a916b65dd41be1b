"""PDF export in the GUI: menu actions installed on the main window (``install``) and the
export dialog (``dialog.ExportDialog``) running on a worker thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from labinov.gui.keys import set_shortcut

if TYPE_CHECKING:
    from labinov.gui.main_window import MainWindow


class ReportActions(QObject):
    """Project ▸ Export proposal PDF… and Workshop ▸ Export all proposals as PDF…"""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.project_action = QAction(
            QCoreApplication.translate("ReportActions", "Export proposal &PDF…"), window
        )
        self.project_action.setObjectName("exportProposalPdf")
        set_shortcut(self.project_action, "Ctrl+Shift+E")
        self.project_action.triggered.connect(lambda _checked=False: self.export_project())
        self.workshop_action = QAction(
            QCoreApplication.translate("ReportActions", "Export all proposals as PDF…"), window
        )
        self.workshop_action.setObjectName("exportWorkshopPdf")
        self.workshop_action.triggered.connect(lambda _checked=False: self.export_workshop())
        window.menu("project").addSeparator()
        window.menu("project").addAction(self.project_action)
        window.menu("workshop").addSeparator()
        window.menu("workshop").addAction(self.workshop_action)
        window.navigator.selected.connect(lambda *_args: self.update_enabled())
        window.data_changed.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self) -> None:
        ready = self.window.context.services is not None
        self.project_action.setEnabled(ready and bool(self.window.current_project_id()))
        self.workshop_action.setEnabled(ready and bool(self.window.current_workshop_id()))

    def export_project(self):  # type: ignore[no-untyped-def]
        project_id = self.window.current_project_id()
        if not project_id:
            return None
        return self._open(project_id=project_id)

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


def install(window: MainWindow) -> None:
    """Add the PDF export actions to the main window's menus."""
    window.report_actions = ReportActions(window)  # type: ignore[attr-defined]
