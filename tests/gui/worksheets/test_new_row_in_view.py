"""A new row's editor shows whole, however the table and the worksheet were scrolled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget


def _editor(view) -> QLineEdit:  # type: ignore[no-untyped-def]
    return next(w for w in view.viewport().findChildren(QLineEdit) if w.isVisible())


def _whole_in(widget: QWidget, area: QWidget) -> bool:
    top_left = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("where", ["end", "after the first", "table above the worksheet's top"])
def test_a_new_rows_editor_is_scrolled_whole_into_view(
    make_panel, context, project_id, app_font, where: str
) -> None:
    """With the table at its scrolling height and scrolled, "Add row" opened the new row's
    editor half under the table's lower edge: the team typed into a cut-off line."""
    rows = [f"Akar masalah {n}: berkas bolak-balik di loket {n}" for n in range(1, 13)]
    context.services.worksheets.set_answer(project_id, "diagnose", "root_causes", rows)
    panel = make_panel("diagnose")
    panel.resize(900, 700)
    QApplication.processEvents()
    table = panel.tables["root_causes"]
    view = table.view
    scroll = panel.findChild(QScrollArea)
    scroll.ensureWidgetVisible(table.add_button)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0  # the table scrolls
    bar.setValue(bar.maximum() // 2 + 7)  # somewhere in the middle, a row cut at the edge
    QApplication.processEvents()
    if where == "end":
        view.clearSelection()
    else:
        table.select_row(0)
    if where.startswith("table above"):  # only the buttons under the table in view
        button_top = table.add_button.mapTo(scroll.widget(), QPoint(0, 0)).y()
        scroll.verticalScrollBar().setValue(button_top - 4)
        QApplication.processEvents()
        assert not _whole_in(view, scroll.viewport())
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    editor = _editor(view)
    assert QApplication.focusWidget() is editor
    assert _whole_in(editor, view.viewport()), (editor.geometry(), view.viewport().rect())
    assert _whole_in(editor, scroll.viewport())
    stored = context.services.worksheets.answer(project_id, "diagnose", "root_causes")
    assert len(stored) == 13
