"""Dialogs open with the keyboard in their first field, and Tab follows the screen.

Qt gives focus to the first widget *created*, which in a form whose button box is made
first is "Cancel": typing then does nothing and the first Space cancels. ``focus_first_field``
puts the focus on the first input as the user sees it (top to bottom, left to right) each
time the dialog shows, and chains Tab through the inputs in that order.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QTextEdit,
    QToolButton,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QSlider,
    QAbstractButton,  # check boxes and radio buttons; push and tool buttons are not fields
)
TAB_FOCUS = 0x1  # Qt.FocusPolicy.TabFocus bit, without building the Qt namespace


def _is_field(widget: QWidget) -> bool:
    if not isinstance(widget, INPUTS) or isinstance(widget, (QPushButton, QToolButton)):
        return False
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    if not int(widget.focusPolicy().value) & TAB_FOCUS:
        return False
    if isinstance(widget, (QPlainTextEdit, QTextEdit, QLineEdit)) and widget.isReadOnly():
        return False
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDialog):
        if isinstance(parent, (INPUTS, QDialogButtonBox)) and not isinstance(
            parent, QAbstractButton
        ):
            return False  # a part of another input (a combo box's line edit, a view's editor)
        parent = parent.parentWidget()
    return True


def fields(dialog: QWidget) -> list[QWidget]:
    """The dialog's input fields in reading order."""
    found = [w for w in dialog.findChildren(QWidget) if _is_field(w)]

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(dialog, QPoint(0, 0))
        return point.y(), point.x()

    return sorted(found, key=place)


def first_field(dialog: QWidget) -> QWidget | None:
    found = fields(dialog)
    return found[0] if found else None


def _value(widget: QWidget) -> object:
    """What a field holds, as far as losing it matters (spaces alone are nothing typed)."""
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText().strip()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def _stripped(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class FirstFieldFocus(QObject):
    """On every show of its dialog: focus the first field, Tab in reading order; and
    ``may_discard()`` for a ``reject()`` that should not lose typing to a stray Esc."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.initial: list[object] | None = None

    def state(self) -> list[object]:
        # blanks typed are nothing to lose: only words make Esc ask
        return [_stripped(_value(widget)) for widget in fields(self.dialog)]

    def may_discard(self) -> bool:
        """True when nothing was typed since the dialog showed, or the user agrees to lose it."""
        if self.initial is None or self.state() == self.initial:
            return True
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("FirstFieldFocus", "Discard"),
            QCoreApplication.translate(
                "FirstFieldFocus", "Close the window and lose what you typed?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.dialog,
        )
        box.setObjectName("discardTypingBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.dialog:
            inputs = fields(self.dialog)
            self.initial = [_stripped(_value(widget)) for widget in inputs]
            for before, after in itertools.pairwise(inputs):
                QWidget.setTabOrder(before, after)
            if inputs:
                inputs[0].setFocus()
                if isinstance(inputs[0], QLineEdit):
                    inputs[0].selectAll()  # a prefilled name is replaced by typing over it
        return False


def focus_first_field(dialog: QWidget) -> FirstFieldFocus:
    """Make ``dialog`` open with the keyboard in its first field (call in its ``__init__``)."""
    guard = FirstFieldFocus(dialog)
    dialog.installEventFilter(guard)
    return guard
