"""The quick start (issue 14, "editable"): the last project's board works on the boot store
before the services, and the services take over without losing, doubling or breaking an
edit; undo works across the hand-over."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from labinov.app import attach_store, build_context, build_main_window
from labinov.cli import main
from labinov.gui import boot
from labinov.gui import settings as prefs
from labinov.gui.canvas.panel import CanvasPanel
from labinov.paths import user_paths
from labinov.store.db import open_store
from labinov.store.migrate import quick_head
from labinov.store.overview import quick_overview

PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first project


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["sample", "--data-dir", str(folder), "--lang", "id"]) == 0
    return folder


@pytest.fixture
def early(qtbot, sample: Path, language: str):
    """A main window as the quick start leaves it: the boot store, no services yet."""
    paths = user_paths(sample)
    context = build_context(None, paths, language)
    window = build_main_window(context, (), quick_overview(paths.database, quick_head()))
    qtbot.addWidget(window)
    window.show()
    assert boot.start(context, window, quick_head(), PROJECT)
    yield context, window
    window.close()
    if context.boot is not None:
        context.boot.close()
    if context.services is not None:
        context.services.store.dispose()


def take_over(context, window) -> None:
    """What ``app._finish_start`` does once the worker has opened the store."""
    attach_store(context, open_store(context.paths))
    boot.hand_over(context)
    window.services_ready()


def panel_of(window) -> CanvasPanel:
    stage_page = window.project_page.stages.currentWidget()
    (panel,) = [
        stage_page.tabs.widget(i)
        for i in range(stage_page.tabs.count())
        if isinstance(stage_page.tabs.widget(i), CanvasPanel)
    ]
    stage_page.tabs.setCurrentWidget(panel)
    return panel


def stored(folder: Path, note_id: str) -> dict | None:
    with sqlite3.connect(folder / "labinov.sqlite") as db:
        db.row_factory = sqlite3.Row
        found = db.execute("SELECT * FROM canvasitem WHERE id = ?", (note_id,)).fetchone()
    return dict(found) if found else None


def new_note(view, text: str) -> str:
    """N on the board, type, Escape: the moderator's first note of the day."""
    before = set(view.document.items)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_N)
    (note,) = set(view.document.items) - before
    QTest.keyClicks(view.viewport(), text)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    return note


def test_the_board_is_editable_on_the_boot_store_and_the_rest_waits(early, sample) -> None:
    context, window = early
    assert context.services is None and context.boot is not None
    page = window.project_page
    assert page.project_id == PROJECT and page.title.isReadOnly()
    assert not page.profile_button.isEnabled()
    stage_page = page.stages.currentWidget()
    waiting = stage_page.tabs.findChildren(QLabel, "panelLoading")
    assert waiting and waiting[0].text() == "Memuat…"  # the worksheets: loading, no error
    assert not stage_page.done_button.isEnabled()
    panel = panel_of(window)
    assert not panel.toolbar.action_set["newCanvas"].isEnabled()
    assert "Memuat" not in panel.toolbar.action_set["addNote"].toolTip()
    assert panel.toolbar.action_set["addNote"].isEnabled()
    note = new_note(panel.current().view, "Antrian panjang")
    assert stored(sample, note)["text"] == "Antrian panjang"
    assert stored(sample, note)["rev"] == panel.current().document.items[note]["rev"]


def test_edits_and_undo_go_on_across_the_hand_over(qtbot, early, sample) -> None:
    context, window = early
    panel = panel_of(window)
    board_widget = panel.current()
    view, document = board_widget.view, board_widget.document
    stack = context.stack_for(PROJECT)
    note = new_note(view, "Sebelum")
    board = view.edits.board
    assert board.update({note: {"x": 640.0, "y": 480.0}}, "Pindah")
    sample_note = next(i for i, row in document.items.items() if i != note and row["text"])
    sample_row = stored(sample, sample_note)
    assert board.delete([sample_note])
    assert stored(sample, sample_note) is None
    steps = stack.count()

    take_over(context, window)
    assert context.boot is None and context.services is not None
    assert window.project_page is not None and panel_of(window) is panel
    assert panel.current() is board_widget  # the same board, rows and versions
    assert not window.project_page.title.isReadOnly()
    assert panel.toolbar.action_set["newCanvas"].isEnabled()
    stage_page = window.project_page.stages.currentWidget()
    qtbot.waitUntil(lambda: not stage_page.loading(), timeout=5000)  # a panel per turn
    tabs = [stage_page.tabs.widget(i).objectName() for i in range(stage_page.tabs.count())]
    assert "panelLoading" not in tabs and "worksheet_delivery" in tabs  # built now
    assert stack.count() == steps

    assert board.update({note: {"text": "Sesudah"}}, "Teks")  # no stale refusal
    assert stored(sample, note)["text"] == "Sesudah"
    assert stored(sample, note)["rev"] == document.items[note]["rev"]
    stack.undo()  # the text, by the services
    assert stored(sample, note)["text"] == "Sebelum"
    stack.undo()  # the boot store's delete, undone by the services
    restored = stored(sample, sample_note)
    assert {k: v for k, v in restored.items() if k not in ("rev", "change_seq")} == {
        k: v for k, v in sample_row.items() if k not in ("rev", "change_seq")
    }
    assert document.items[sample_note]["rev"] == restored["rev"]
    stack.undo()  # the boot store's move
    assert (stored(sample, note)["x"], stored(sample, note)["y"]) != (640.0, 480.0)
    stack.undo()  # the new note with its first text
    assert stored(sample, note) is None and note not in document.items
    stack.redo()
    assert stored(sample, note)["text"] == "Sebelum"
    assert stored(sample, note)["rev"] == document.items[note]["rev"]
    with sqlite3.connect(sample / "labinov.sqlite") as db:  # nothing doubled
        assert (
            db.execute("SELECT count(*) FROM canvasitem WHERE id = ?", (note,)).fetchone()[0] == 1
        )


def test_text_typed_while_the_store_loads_is_kept(early, sample) -> None:
    context, window = early
    view = panel_of(window).current().view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_N)
    note = view.edits.editor.item_id
    QTest.keyClicks(view.viewport(), "Diketik saat memuat")
    take_over(context, window)  # the store arrives mid-sentence
    QTest.keyClicks(view.viewport(), ", lalu selesai")
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    with sqlite3.connect(sample / "labinov.sqlite") as db:
        texts = [
            row[0] for row in db.execute("SELECT text FROM canvasitem WHERE text LIKE 'Diketik%'")
        ]
    assert texts == ["Diketik saat memuat, lalu selesai"]
    assert stored(sample, note)["text"] == texts[0]


def test_no_last_project_or_an_unknown_one_takes_the_normal_path(qtbot, sample, language):
    paths = user_paths(sample)
    context = build_context(None, paths, language)
    window = build_main_window(context, (), quick_overview(paths.database, quick_head()))
    qtbot.addWidget(window)
    assert not boot.start(context, window, quick_head(), "")
    assert not boot.start(context, window, quick_head(), "no-such-project")
    assert not boot.start(context, window, "0009_sync", PROJECT)  # an older schema
    assert context.boot is None and window.project_page is None
    assert prefs.LAST_PROJECT.get(context.settings) == ""
