"""Fixtures: a project on the test's store and worksheet panels on it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
)

from labinov.app import build_context
from labinov.gui.context import AppContext
from labinov.gui.worksheets import WorksheetPanel
from labinov.paths import UserPaths
from labinov.store.db import Store


@pytest.fixture
def context(store: Store, paths: UserPaths, language: str) -> AppContext:
    built = build_context(store, paths, language)
    built.services.worksheets.install_gate()
    return built


@pytest.fixture
def project_id(context: AppContext) -> str:
    services = context.services
    workshop = services.workshops.create("Labinov Makassar 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    return services.projects.create(team.id, "Akta Lahir Sehari").id


@pytest.fixture
def make_panel(qtbot, context: AppContext, project_id: str) -> Callable[[str], WorksheetPanel]:
    def make(stage: str) -> WorksheetPanel:
        panel = WorksheetPanel(context, project_id, stage)
        qtbot.addWidget(panel)
        panel.resize(900, 1200)
        panel.show()
        return panel

    return make


def type_into(panel: WorksheetPanel, key: str, text: str) -> None:
    """Type a text answer and leave the field (its saver writes at once)."""
    editor = panel.texts[key].editor
    editor.setFocus()
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.setText(text)
    panel.texts[key].saver.flush()  # as leaving the field does


def edit_cell(view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double-click would, type (or choose) ``text``, press Enter."""
    index: QModelIndex = view.model().index(row, column)
    editing = view.state() == QAbstractItemView.State.EditingState
    if not (editing and view.currentIndex() == index):  # "Add row" opens the new row's cell
        view.setCurrentIndex(index)
        view.edit(index)
    QApplication.processEvents()
    editors = [w for w in view.viewport().findChildren(QComboBox) if w.isVisible()]
    if editors:
        combo = editors[0]
        combo.setCurrentIndex(combo.findText(text))
        combo.activated.emit(combo.currentIndex())
        view.commitData(combo)  # what the delegate does when the choice is confirmed
        view.closeEditor(combo, QStyledItemDelegate.EndEditHint.NoHint)
        QApplication.processEvents()
        return
    line = next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())
    line.selectAll()
    if text.isascii():
        QTest.keyClicks(line, text)
    else:  # QTest types ASCII only ("±", "–"): insert as a paste or an input method would
        line.insert(text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()
