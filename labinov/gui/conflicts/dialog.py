"""Project ▸ Conflicting versions…: the unresolved conflicts of one innovation (from a sync
or a bundle import). Open one to see both versions side by side, then "Use this version"
(the other version's values go into the row) or "Ignore" (the row stays as it is); the
marked copy goes either way. Each choice is one undo step of the innovation's history.

Signals:
    changed(): a conflict was resolved or its resolution undone (the pages reload).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from labinov.errors import QT_TRANSLATE_NOOP, StaleWriteError
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.services.conflict_text import Difference, differences, item_label
from labinov.services.conflicts import ConflictService, Resolution, Version

# what a user calls the fields that differ most often; others show their column name
FIELD_LABELS: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("ConflictsDialog", "Text"),
    "colour": QT_TRANSLATE_NOOP("ConflictsDialog", "Colour"),
    "title": QT_TRANSLATE_NOOP("ConflictsDialog", "Title"),
    "name": QT_TRANSLATE_NOOP("ConflictsDialog", "Name"),
    "answers": QT_TRANSLATE_NOOP("ConflictsDialog", "Answers"),
    "status": QT_TRANSLATE_NOOP("ConflictsDialog", "Status"),
    "width": QT_TRANSLATE_NOOP("ConflictsDialog", "Width"),
    "height": QT_TRANSLATE_NOOP("ConflictsDialog", "Height"),
    "votes": QT_TRANSLATE_NOOP("ConflictsDialog", "Votes"),
}


# what one row of each table is called
KINDS: dict[str, str] = {
    "workshop": QT_TRANSLATE_NOOP("ConflictsDialog", "Workshop"),
    "team": QT_TRANSLATE_NOOP("ConflictsDialog", "Team"),
    "member": QT_TRANSLATE_NOOP("ConflictsDialog", "Team member"),
    "project": QT_TRANSLATE_NOOP("ConflictsDialog", "Innovation"),
    "stagework": QT_TRANSLATE_NOOP("ConflictsDialog", "Stage answers"),
    "canvas": QT_TRANSLATE_NOOP("ConflictsDialog", "Canvas"),
    "attachment": QT_TRANSLATE_NOOP("ConflictsDialog", "Picture or file"),
    "canvasitem": QT_TRANSLATE_NOOP("ConflictsDialog", "Note"),
    "link": QT_TRANSLATE_NOOP("ConflictsDialog", "Connector"),
    "agendasession": QT_TRANSLATE_NOOP("ConflictsDialog", "Agenda session"),
    "parkingitem": QT_TRANSLATE_NOOP("ConflictsDialog", "Parked idea"),
}


class ConflictsDialog(QDialog):
    """The conflicting versions of one innovation, and the choice for each."""

    changed = Signal()

    def __init__(self, context: AppContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Conflicting versions"))
        assert context.services is not None
        self.context = context
        self.project_id = project_id
        self.service = ConflictService(context.services.store)
        self.versions: list[Version] = []
        self.after_change: list[Callable[[], None]] = []  # also after an undo, dialog closed
        self.intro = QLabel(
            self.tr(
                "These were changed on two computers before they synced. The version here "
                "stayed; open one to compare it with the other version and choose."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.currentRowChanged.connect(self._show)
        self.ours = QPlainTextEdit(readOnly=True)
        self.theirs = QPlainTextEdit(readOnly=True)
        self.theirs.setObjectName("otherVersion")
        sides = QGridLayout()
        for column, title in enumerate((self.tr("The version here"), self.tr("The other version"))):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            sides.addWidget(heading, 0, column)
        sides.addWidget(self.ours, 1, 0)
        sides.addWidget(self.theirs, 1, 1)
        self.use_button = QPushButton(self.tr("&Use this version"))
        self.use_button.setObjectName("useOtherVersion")
        self.use_button.setToolTip(self.tr("The other version replaces the version here"))
        self.use_button.clicked.connect(lambda: self.choose(use_other=True))
        self.ignore_button = QPushButton(self.tr("&Ignore"))
        self.ignore_button.setObjectName("ignoreOtherVersion")
        self.ignore_button.setToolTip(self.tr("Keep the version here; the other one goes"))
        self.ignore_button.clicked.connect(lambda: self.choose(use_other=False))
        choice = QHBoxLayout()  # under the other version: the choice is about it
        choice.addStretch(1)
        choice.addWidget(self.use_button)
        choice.addWidget(self.ignore_button)
        sides.addLayout(choice, 2, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(sides, 3)
        layout.addWidget(buttons)
        self._fit_screen()
        self.reload()

    def _fit_screen(self) -> None:
        """Room for both versions side by side, within the screen (1024×600 too)."""
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(600, screen.height() - 60))

    def reload(self) -> None:
        """List the unresolved conflicts again (after a choice, or its undo)."""
        row = max(self.list.currentRow(), 0)
        self.versions = self.service.unresolved(self.project_id)
        self.list.clear()
        for version in self.versions:
            kind = KINDS.get(version.table)
            shown = QCoreApplication.translate("ConflictsDialog", kind) if kind else version.table
            entry = QListWidgetItem(f"{shown}: {item_label(version, self.context.language)}")
            entry.setData(Qt.ItemDataRole.UserRole, version.id)
            self.list.addItem(entry)
        if not self.versions:
            self.list.addItem(self.tr("No conflicting versions in this innovation."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.list.setCurrentRow(min(row, len(self.versions) - 1))
        self._show(self.list.currentRow())

    def current(self) -> Version | None:
        row = self.list.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def _show(self, _row: int) -> None:
        version = self.current()
        for button in (self.use_button, self.ignore_button):
            button.setEnabled(version is not None)
        if version is None:
            self.ours.clear()
            self.theirs.clear()
            return
        found = differences(version, self.context.language)
        if not found:
            same = self.tr("Only its place on the board or its time differs.")
            self.ours.setPlainText(f"{version.item}\n\n{same}")
            self.theirs.setPlainText(f"{version.item}\n\n{same}")
            return
        self.ours.setPlainText(self._describe(found, ours=True))
        self.theirs.setPlainText(self._describe(found, ours=False))

    @staticmethod
    def _describe(found: list[Difference], ours: bool) -> str:
        lines = []
        for difference in found:
            name = difference.label or FIELD_LABELS.get(difference.key)
            if not difference.label:
                name = QCoreApplication.translate("ConflictsDialog", name) if name else None
            value = difference.ours if ours else difference.theirs
            lines.append(f"{name or difference.key}:\n{value}")
        return "\n\n".join(lines)

    def choose(self, use_other: bool) -> bool:
        """Resolve the conflict shown: one undo step in the innovation's history."""
        version = self.current()
        if version is None:
            return False
        text = (
            self.tr("Use the other version of {item}")
            if use_other
            else self.tr("Ignore the other version of {item}")
        ).format(item=item_label(version, self.context.language))
        service, conflict_id, shown = self.service, version.id, version.ours.get("rev")
        versions, key = self.context.versions, _row_key(version)
        notify = self._notifier()

        def checked(run: Callable[[], Any]) -> Any:
            """Another app changed the row (or settled the conflict) since it was shown:
            refused; the dialog reloads and ``execute``/undo shows the message."""
            try:
                return run()
            except StaleWriteError:
                notify()
                raise

        first = [shown]  # the first run checks the row as shown, a redo as last written

        def do() -> Resolution:
            seen = first.pop() if first else versions.get(key)
            resolution = service.resolve(conflict_id, use_other, seen)
            versions.record(key, resolution.rev)
            return resolution

        def undo(resolution: Resolution) -> None:
            versions.record(key, service.undo(resolution, versions.get(key)))

        command = ServiceCommand(
            text,
            lambda: checked(do),
            lambda resolution: checked(lambda: undo(resolution)),
            on_change=notify,
        )
        return execute(self.context.stack_for(self.project_id), command, self)

    def _notifier(self) -> Callable[[], None]:
        """What the undo step calls after each do/undo: the dialog (while it lives) and
        whoever listens (the window) hear of it. An undo from Edit ▸ Undo may come after
        the dialog was closed: the command holds no reference that keeps it."""
        dialog = weakref.ref(self)
        hooks = self.after_change

        def changed() -> None:
            alive = dialog()
            if alive is not None and isValid(alive):
                alive.reload()
                alive.changed.emit()
            for hook in hooks:
                hook()

        return changed


def _row_key(version: Version) -> tuple[str, ...]:
    """The conflict's row as ``context.versions`` knows it (a stage's answers by project
    and stage, as their page keeps them; any other row by table and id)."""
    if version.table == "stagework":
        return ("stagework", str(version.ours.get("project_id")), str(version.ours.get("stage")))
    return (version.table, version.row_id)
