"""After a full disk: the typed text stays marked unsaved, and is saved once space is back."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from sqlalchemy import event

from labinov.gui.autosave import IDLE_MS
from labinov.gui.main_window import MainWindow
from labinov.store.db import Store
from tests.gui.conftest import find_box, type_text


class Disk:
    """A database that cannot grow while ``full`` (SQLite's max_page_count), per connection."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.full = False
        event.listen(store.engine, "connect", self._cap)

    def _cap(self, connection: sqlite3.Connection, _record: object) -> None:
        if self.full:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count={pages}")

    def set_full(self, full: bool) -> None:
        self.full = full
        self.store.engine.dispose()  # new connections get (or lose) the cap


def _close_error_box(qtbot) -> str:
    qtbot.waitUntil(lambda: find_box() is not None, timeout=IDLE_MS + 2000)
    box = find_box()
    text = box.text()
    box.close()
    QApplication.processEvents()
    return text


def test_profile_text_is_saved_after_space_comes_back(qtbot, window: MainWindow, store, services):
    workshop_id = window.structure.create_workshop({"name": "W"})
    team_id = window.structure.create_team(workshop_id, {"name": "T", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Proyek")
    page = window.project_page
    page.tabs.setCurrentWidget(page.profile)
    field = page.profile.findChild(QPlainTextEdit, "profile_purpose")
    other = page.profile.findChild(QLineEdit, "profile_government_affair")
    disk = Disk(store)
    disk.set_full(True)
    field.setFocus()
    text = "Tujuan: " + "antrean pendek " * 800
    type_text(field, text[:20])
    field.insertPlainText(text[20:])
    assert "Disk penuh" in _close_error_box(qtbot)
    assert find_box() is None  # one failure, one message
    assert field.toPlainText() == text and field.property("unsaved") is True
    warning = page.findChild(QLabel, "unsavedWarning")
    assert warning.isVisibleTo(page)  # the page says so too, not only the field's red border
    status = window.findChild(QLabel, "saveStatus")
    assert status.text().startswith("Belum tersimpan")  # the status bar no longer says "saved"
    assert services.projects.get(project_id).profile.get("purpose") is None

    disk.set_full(False)
    window.activateWindow()  # focus moves only inside the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    field.setFocus()
    assert field.hasFocus()
    other.setFocus()  # leaving the field retries at once
    assert services.projects.get(project_id).profile.get("purpose") == text
    assert field.property("unsaved") is False
    assert not warning.isVisibleTo(page)
    assert status.text() == "Semua perubahan tersimpan otomatis."
    assert find_box() is None
    window.action_map["undoAction"].trigger()  # the retried save is one undoable step
    assert services.projects.get(project_id).profile.get("purpose") is None


def test_title_shows_not_saved_until_the_retry_works(qtbot, window: MainWindow, store, services):
    workshop_id = window.structure.create_workshop({"name": "W"})
    team_id = window.structure.create_team(workshop_id, {"name": "T", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Proyek")
    page = window.project_page
    warning = page.findChild(QLabel, "unsavedWarning")
    assert not warning.isVisibleTo(page)
    disk = Disk(store)
    disk.set_full(True)
    title = page.title
    title.setFocus()
    title.end(False)
    long_tail = " " + "sangat panjang" * 400  # bigger than the free space left in a page
    title.insert(long_tail)
    assert "Disk penuh" in _close_error_box(qtbot)
    assert find_box() is None
    assert warning.isVisibleTo(page) and warning.text() == "Belum tersimpan — akan dicoba lagi"
    assert title.text() == "Proyek" + long_tail
    assert services.projects.get(project_id).title == "Proyek"

    disk.set_full(False)
    type_text(title, "!")  # the next edit retries (after the idle pause)
    qtbot.waitUntil(
        lambda: services.projects.get(project_id).title == "Proyek" + long_tail + "!",
        timeout=IDLE_MS + 2000,
    )
    assert not warning.isVisibleTo(page)
