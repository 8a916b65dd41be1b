"""What every window and panel of the GUI is handed by the composition root (``app.py``).

No globals: a test builds an ``AppContext`` on a temp data folder and every widget under it
uses that folder only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from labinov.gui.errors import SaveState
from labinov.gui.versions import Versions
from labinov.paths import UserPaths

if TYPE_CHECKING:  # the services pull in SQLModel: imported after the window shows (app.py)
    from labinov.gui.canvas.document import CanvasHub
    from labinov.gui.language_switch import LanguageSwitch
    from labinov.gui.projector import ProjectorPreset
    from labinov.gui.spelling import Spelling
    from labinov.services import Services
    from labinov.store.boot_store import BootStore
    from labinov.store.db import Store


class ContextEvents(QObject):
    """What changed in the store, for views to reload from it.

    Undo commands emit these instead of calling widgets, which may be gone by the time a
    command is undone.

    Signals:
        project_changed(str): a project's own data (title, profile, stages, worksheets…).
        attachments_changed(str): a project's supporting files (emitted with
            ``project_changed``): the paperclip buttons read the files again only then.
        structure_changed(): workshops, teams or the list of projects changed.
        language_changed(str): the UI language was switched ("id"/"en"): new catalogues are
            installed and the main window was built again (``language_switch.py``); a
            window of its own that stays open may rebuild its texts on it.
    """

    project_changed = Signal(str)
    attachments_changed = Signal(str)
    structure_changed = Signal()
    language_changed = Signal(str)


class ContextStack(QUndoStack):
    """A project's (or the structure's) undo stack, carrying the app's ``SaveState`` so
    ``commands.execute`` can report whether each edit reached the store."""

    def __init__(self, group: QUndoGroup, save_state: SaveState) -> None:
        super().__init__(group)
        self.save_state = save_state


@dataclass
class AppContext:
    """Services, folders, settings, language and the undo stacks of one running app.

    One ``QUndoStack`` per project (DESIGN.md), and one for the workshop structure
    (workshops, teams, creating and deleting projects); the ``undo_group`` makes the stack
    of what is selected the active one, so Edit ▸ Undo acts on what the user is looking at.
    """

    services: Services | None
    paths: UserPaths
    settings: QSettings
    language: str = "id"
    # the store opened read-only (the folder cannot be written): every edit action is off;
    # ``read_only_copy``: what is shown is a temporary copy migrated to this version
    read_only: bool = False
    read_only_copy: bool = False
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    events: ContextEvents = field(default_factory=ContextEvents)
    # whether the last write reached the store (the status bar's "saved" / "not saved")
    save_state: SaveState = field(default_factory=SaveState)
    _stacks: dict[str, QUndoStack] = field(default_factory=dict)
    # set by the composition root: View ▸ Language applies at once through it
    language_switch: LanguageSwitch | None = None
    # the shared spell checker (``gui/spelling.py``): created when an editor first needs it
    spelling: Spelling | None = None
    # the open boards' change broadcaster and the projector preset, each made on first use
    # by ``CanvasHub.of`` / ``ProjectorPreset.of`` (their modules stay out of this one)
    canvas_hub: CanvasHub | None = None
    projector: ProjectorPreset | None = None
    # the rows' versions last loaded or written, for the stale-write check (gui/versions.py)
    versions: Versions = field(default_factory=Versions)
    # the quick start's sqlite3 store of the reopened board until ``services`` is set
    # (``gui/boot.py``); None otherwise
    boot: BootStore | None = None

    STRUCTURE = "structure"

    def use_store(self, store: Store) -> Store | None:
        """Make ``store`` the one every view reads and writes (a restored backup, the
        server, this folder again): new services with the worksheet gate on in the UI's
        language, the store's read-only state; the undo histories and the versions seen
        go, as they name rows of the data before. Returns the store used until now (the
        caller disposes of it), None at the first."""
        from labinov.services import Services

        old = self.services.store if self.services is not None else None
        self.services = Services(store)
        self.read_only = store.read_only
        self.read_only_copy = store.migrated_copy
        # a stage is done when its required outputs are filled (or a moderator overrides)
        self.services.worksheets.install_gate(self.language)
        if old is not None:
            self.forget_stacks()
            self.versions.clear()
        return old

    def forget_stacks(self) -> None:
        """Drop every undo history (the data changed under them: a sync, another store)."""
        for key in list(self._stacks):
            self.forget_stack(key)

    def stack_for(self, project_id: str | None) -> QUndoStack:
        """The undo stack of a project (created on first use); ``None`` gives the structure
        stack."""
        key = project_id or self.STRUCTURE
        stack = self._stacks.get(key)
        if stack is None:
            stack = ContextStack(self.undo_group, self.save_state)
            self._stacks[key] = stack
        return stack

    def project_changed(self, project_id: str) -> None:
        self.events.project_changed.emit(project_id)

    def attachments_changed(self, project_id: str) -> None:
        """A project's files were added or removed (and so its data changed)."""
        self.events.attachments_changed.emit(project_id)
        self.events.project_changed.emit(project_id)

    def structure_changed(self) -> None:
        self.events.structure_changed.emit()

    def forget_stack(self, project_id: str) -> None:
        """Drop a deleted project's history (its commands name rows that are gone)."""
        stack = self._stacks.pop(project_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
