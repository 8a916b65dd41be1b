"""Project ▸ Conflicting versions… (``install(window)``): the unresolved conflicts of the
innovation selected, from a sync or a bundle import (``dialog.ConflictsDialog``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.window_hooks import PROJECT, editable

if TYPE_CHECKING:
    from labinov.gui.conflicts.dialog import ConflictsDialog
    from labinov.gui.window_hooks import WindowHooks


class ConflictActions(QObject):
    def __init__(self, window: WindowHooks) -> None:
        super().__init__()
        self.window = window
        self.action_set = window.add_actions(self)

    @add_action(
        "conflictVersions",
        QT_TRANSLATE_NOOP("ConflictActions", "Conflicting &versions…"),
        icon="alert-circle-outline",
        tip=QT_TRANSLATE_NOOP(
            "ConflictActions",
            "Versions changed on two computers before they synced: compare them and choose",
        ),
        enabled=editable(PROJECT),
        menu="project",
        group=60,
    )
    def open_conflicts(self, project_id: str | None = None) -> ConflictsDialog | None:
        from labinov.gui.conflicts.dialog import ConflictsDialog

        project_id = project_id or self.window.current_project_id()
        if project_id is None:
            return None
        dialog = ConflictsDialog(self.window.context, project_id, self.window)  # type: ignore[arg-type]
        dialog.after_change.append(self.window.reload_pages)
        dialog.open()
        return dialog


def install(window: WindowHooks) -> None:
    window.conflict_actions = ConflictActions(window)  # type: ignore[attr-defined]
