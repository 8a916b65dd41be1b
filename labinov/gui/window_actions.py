"""The main window's own Edit and View actions: undo, redo, the view modes (``modes.py``),
archived projects, the undo history and the language.

Their texts keep the ``MainWindow`` translation context they had when the window built them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QActionGroup, QKeySequence

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui import settings as prefs
from labinov.gui.action_registry import add_action
from labinov.gui.modes import Modes

if TYPE_CHECKING:
    from labinov.gui.action_registry import ActionSet
    from labinov.gui.main_window import MainWindow

C = "MainWindow"
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))  # each in its own language


class WindowActions(QObject):
    """Undo/redo follow the active undo stack; the mode actions are checkable and mirror
    ``Modes`` (Esc unchecks the innermost)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.modes = Modes(window)

    def install(self) -> ActionSet:
        window, group = self.window, self.window.context.undo_group
        made = window.add_actions(self)
        undo, redo = made["undoAction"], made["redoAction"]
        undo.setEnabled(group.canUndo())
        redo.setEnabled(group.canRedo())
        group.canUndoChanged.connect(undo.setEnabled)
        group.canRedoChanged.connect(redo.setEnabled)
        # bound methods, not lambdas: the connection ends with this window (the undo group
        # outlives it when the language switch builds a new window)
        self._undo, self._redo = undo, redo
        group.undoTextChanged.connect(self._undo_text)
        group.redoTextChanged.connect(self._redo_text)
        languages = QActionGroup(self)
        for code, _name in LANGUAGE_NAMES:
            languages.addAction(made[f"language_{code}"])
        settings = window.context.settings
        for action_id, on in (
            ("toggleNavigator", prefs.NAVIGATOR_VISIBLE.get(settings)),
            ("projector", window.projector_mode()),
            ("showArchived", prefs.SHOW_ARCHIVED.get(settings)),
            (f"language_{window.context.language}", True),
        ):
            action = made[action_id]
            action.blockSignals(True)  # the state as it is, not a change by the user
            action.setChecked(on)
            action.blockSignals(False)
        # the hooks may be called from elsewhere too (the "Leave focus mode" button): the
        # actions' check marks follow (``Modes`` keeps the Esc order itself)
        for signal, action_id in (
            (window.focus_mode_changed, "focusMode"),
            (window.navigator_visible_changed, "toggleNavigator"),
            (window.projector_mode_changed, "projector"),
        ):
            signal.connect(lambda on, a=made[action_id]: a.isChecked() != on and a.setChecked(on))
        return made

    def _undo_text(self, text: str) -> None:
        self._describe(self._undo, "&Undo", text)

    def _redo_text(self, text: str) -> None:
        self._describe(self._redo, "&Redo", text)

    @staticmethod
    def _describe(action, source: str, command: str) -> None:  # type: ignore[no-untyped-def]
        """ "Undo New team": the menu says what will be undone (as ``createUndoAction`` did)."""
        text = QCoreApplication.translate(C, source)
        # a note's "&" is text, not an accelerator: a menu shows "&&" as one "&"
        command = command.replace("&", "&&")
        action.setText(f"{text} {command}" if command else text)

    # -- Edit ----------------------------------------------------------------------------

    @add_action(
        "undoAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        C,
        shortcut=QKeySequence.StandardKey.Undo,
        icon="undo",
        menu="edit",
        group=10,
        toolbar=20,
    )
    def undo(self) -> None:
        self.window.context.undo_group.undo()

    @add_action(
        "redoAction",
        QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
        C,
        shortcut=("Ctrl+Shift+Z", "Ctrl+Y"),
        icon="redo",
        menu="edit",
        group=10,
        toolbar=21,
    )
    def redo(self) -> None:
        self.window.context.undo_group.redo()

    # -- View: modes -----------------------------------------------------------------------

    @add_action(
        "toggleNavigator",
        QT_TRANSLATE_NOOP("MainWindow", "&Navigator"),
        C,
        shortcut="Ctrl+B",
        icon="page-layout-sidebar-left",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Show or hide the list of workshops, teams and projects"
        ),
        checkable=True,
        menu="view",
        group=10,
        toolbar=30,
    )
    def toggle_navigator(self, on: bool) -> None:
        self.modes.set_navigator(on)

    @add_action(
        "focusMode",
        QT_TRANSLATE_NOOP("MainWindow", "F&ocus mode"),
        C,
        shortcut="Ctrl+Shift+F",
        icon="image-filter-center-focus",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow",
            "Only the board or worksheet: hides the navigator, toolbar and page header (Esc)",
        ),
        checkable=True,
        menu="view",
        group=10,
        toolbar=31,
    )
    def focus_mode(self, on: bool) -> None:
        self.modes.set_focus(on)

    @add_action(
        "fullScreen",
        QT_TRANSLATE_NOOP("MainWindow", "&Full screen"),
        C,
        # QKeySequence.FullScreen has no binding on Linux: F11 is given on every platform
        shortcut=("F11", QKeySequence.StandardKey.FullScreen),
        icon="fullscreen",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Use the whole screen (Esc or F11 to leave)"),
        checkable=True,
        menu="view",
        group=10,
        toolbar=32,
    )
    def full_screen(self, on: bool) -> None:
        self.modes.set_full_screen(on)

    @add_action(
        "projector",
        QT_TRANSLATE_NOOP("MainWindow", "&Projector"),
        C,
        shortcut="Ctrl+Shift+P",
        icon="projector-screen",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Larger text, readable from the back of the room"),
        checkable=True,
        menu="view",
        group=20,
    )
    def projector(self, on: bool) -> None:
        self.modes.set_projector(on)

    # -- View: other ---------------------------------------------------------------------

    @add_action(
        "showArchived",
        QT_TRANSLATE_NOOP("MainWindow", "&Archived projects"),
        C,
        icon="archive-eye-outline",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Show archived projects (greyed) in the navigator"),
        checkable=True,
        menu="view",
        group=30,
    )
    def show_archived(self, on: bool) -> None:
        prefs.SHOW_ARCHIVED.set(self.window.context.settings, on)
        self.window.model.show_archived = on
        self.window.refresh()

    @add_action(
        "undoHistory",
        QT_TRANSLATE_NOOP("MainWindow", "Undo &history"),
        C,
        icon="history",
        menu="view",
        group=30,
    )
    def undo_history(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QUndoView

        view = QUndoView(self.window.context.undo_group)
        view.setObjectName("undoHistory")
        view.setWindowTitle(QCoreApplication.translate(C, "Undo history"))
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setWindowFlag(Qt.WindowType.Tool)
        view.setParent(self.window, view.windowFlags())
        view.resize(360, 420)
        view.show()

    @add_action(
        "language_id", LANGUAGE_NAMES[0][1], C, args=("id",), checkable=True, menu="language"
    )
    @add_action(
        "language_en", LANGUAGE_NAMES[1][1], C, args=("en",), checkable=True, menu="language"
    )
    def language(self, code: str, on: bool) -> None:
        if on:  # the group unchecks the other one
            self.window.structure.set_language(code)
