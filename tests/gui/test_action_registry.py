"""The action registry as a canvas panel uses it: actions declared once on the class,
made per panel (each panel its own QActions, shortcuts working only inside it), rules
enabling them, menus filled by id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolBar, QVBoxLayout, QWidget

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import ActionSet, add_action, declared
from labinov.gui.icons import CANVAS_ICONS


class Panel(QWidget):
    """A stand-in for CanvasPanel: two instances side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.added: list[str] = []
        self.aligned: list[str] = []
        self.has_board = False
        self.field = QLineEdit()
        QVBoxLayout(self).addWidget(self.field)
        self.action_set = ActionSet(
            self, self, shortcut_context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.menu = QMenu(self)
        self.action_set.fill(self.menu, ["addNote", None, "align_left", "align_top"])
        self.toolbar = QToolBar(self)
        self.action_set.fill(self.toolbar, ["addNote"])
        self.action_set.update(self)

    @add_action(
        "addNote",
        QT_TRANSLATE_NOOP("CanvasPanel", "Note"),
        "CanvasPanel",
        shortcut="Ctrl+Shift+K",
        icon=CANVAS_ICONS["addNote"],
        tip=QT_TRANSLATE_NOOP("CanvasPanel", "Add a note"),
        enabled=lambda panel: panel.has_board,
    )
    def add_note(self) -> None:
        self.added.append("note")

    @add_action("align_left", QT_TRANSLATE_NOOP("CanvasPanel", "Align left"), args=("left",))
    @add_action("align_top", QT_TRANSLATE_NOOP("CanvasPanel", "Align top"), args=("top",))
    def align(self, key: str) -> None:
        self.aligned.append(key)


def test_declared_once_in_source_order_with_the_class_as_default_context() -> None:
    specs = declared(Panel)
    assert [s.id for s in specs] == ["addNote", "align_left", "align_top"]
    assert specs[1].context == "Panel" and specs[1].args == ("left",)
    assert specs[0].context == "CanvasPanel"


def test_each_panel_has_its_own_actions_and_shortcuts(qtbot, language: str) -> None:
    first, second = Panel(), Panel()
    for panel in (first, second):
        qtbot.addWidget(panel)
        panel.show()
    assert first.action_set["addNote"] is not second.action_set["addNote"]
    assert not first.action_set["addNote"].isEnabled()  # no board yet: the rule says no
    first.has_board = second.has_board = True
    first.action_set.update(first)
    second.action_set.update(second)
    note = first.action_set["addNote"]
    assert note.isEnabled() and not note.icon().isNull()
    assert note.text() == QCoreApplication.translate("CanvasPanel", "Note")
    assert (
        note.toolTip()
        == note.statusTip()
        == QCoreApplication.translate("CanvasPanel", "Add a note")
    )
    assert [a.objectName() for a in first.menu.actions() if not a.isSeparator()] == [
        "addNote",
        "align_left",
        "align_top",
    ]
    assert first.toolbar.actions() == [note]

    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    second.field.setFocus()
    QTest.keyClick(
        second.field,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert second.added == ["note"] and first.added == []  # only the panel with the focus

    first.action_set["align_top"].trigger()
    assert first.aligned == ["top"] and second.aligned == []
