"""A small button that keeps a field's supporting data (*data dukung*): it shows how many
files are attached, and its menu adds a file, saves one elsewhere or removes one. Adding
and removing are undoable steps on the project's stack; a letter's file also ticks the
letter as ready in the profile (in the same step)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.files import cannot_write
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.errors import show_user_error
from labinov.gui.icons import icon
from labinov.services.attachments import FileInfo

CANNOT_READ = QT_TRANSLATE_NOOP("UserError", "Cannot read {path}: {reason}")


class ProjectFiles(QObject):
    """A project's supporting files, read once and again only when its attachments change
    (``ContextEvents.attachments_changed``), not on every autosave of the form they sit
    in: the paperclip buttons of one form share it.

    Signals:
        changed(): the files were read again; the buttons show them.
    """

    changed = Signal()

    def __init__(self, context: AppContext, project_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.context, self.project_id = context, project_id
        self._files: list[FileInfo] | None = None
        context.events.attachments_changed.connect(self._attachments_changed)

    def of(self, purpose: str) -> list[FileInfo]:
        """The files of ``purpose`` (a kind such as ``"indicator"``: all of its keys), as
        ``AttachmentService.list`` gives them."""
        if self._files is None:
            self._files = self.context.services.attachments.list(self.project_id)
        if ":" in purpose:
            return [f for f in self._files if f.purpose == purpose]
        return [f for f in self._files if f.purpose.startswith(f"{purpose}:")]

    def _attachments_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self._files = None
            self.changed.emit()


class SupportingFilesButton(QToolButton):
    """The paperclip of one purpose (``field:KEY``, ``letter:KEY``, ``indicator:N``) over
    the project's ``files`` (shared by the buttons of a form)."""

    def __init__(self, files: ProjectFiles, purpose: str, what: str) -> None:
        super().__init__()
        self.context, self.project_id = files.context, files.project_id
        self.purpose, self.what, self.shared = purpose, what, files
        self.shared.changed.connect(self.refresh)
        self.setObjectName(f"files_{purpose.replace(':', '_')}")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setAutoRaise(True)
        self.setIcon(icon("paperclip"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill_menu)
        self.setMenu(self._menu)
        self.refresh()

    def files(self) -> list[FileInfo]:
        return self.shared.of(self.purpose)

    def refresh(self) -> None:
        files = self.files()
        self.setText(str(len(files)))
        names = "\n".join(f"• {f.filename}" for f in files)
        tip = self.tr("Supporting data for “{what}”").format(what=self.what)
        self.setToolTip(f"{tip}\n{names}" if names else tip)

    def _fill_menu(self) -> None:
        menu = self._menu
        menu.clear()
        menu.addAction(self.tr("Attach a file…"), self.choose_file)
        files = self.files()
        if files:
            menu.addSeparator()
        for info in files:
            sub = menu.addMenu(info.filename)
            sub.addAction(self.tr("Save a copy…"), lambda i=info: self.save_copy(i))
            sub.addAction(self.tr("Remove"), lambda i=info: self.remove(i.id))

    # -- actions ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach supporting data"),
            "",
            self.tr("Documents and pictures")
            + " (*.pdf *.png *.jpg *.jpeg *.doc *.docx *.xls *.xlsx);;"
            + self.tr("All files")
            + " (*)",
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        try:
            data = path.read_bytes()
        except OSError as error:
            show_user_error(self, cannot_write(path, error, CANNOT_READ))
            return False
        services, project_id, purpose = self.context.services, self.project_id, self.purpose
        context = self.context
        command = ServiceCommand(
            self.tr("Attach “{name}”").format(name=path.name),
            # a letter's file ticks the letter as ready, in the same step (the service)
            do=lambda: services.attachments.attach(project_id, purpose, path.name, data),
            undo=services.attachments.detach,
            on_change=lambda: context.attachments_changed(project_id),
        )
        return execute(self.context.stack_for(project_id), command, self)

    def save_copy(self, info: FileInfo) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), info.filename)
        if not path:
            return
        try:
            Path(path).write_bytes(self.context.services.attachments.data(info.id))
        except OSError as error:
            show_user_error(self, cannot_write(Path(path), error))

    def remove(self, attachment_id: str) -> bool:
        services, project_id, context = self.context.services, self.project_id, self.context
        name = services.attachments.info(attachment_id).filename
        command = ServiceCommand(
            self.tr("Remove “{name}”").format(name=name),
            do=lambda: services.attachments.remove(attachment_id),
            undo=lambda removed: services.attachments.restore(removed),
            on_change=lambda: context.attachments_changed(project_id),
        )
        return execute(self.context.stack_for(project_id), command, self)
