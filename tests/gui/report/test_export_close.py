"""Closing "Export all proposals" mid-way: it asks first, keeps running on No, and on Yes
stops and says how many PDF files were written."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import labinov.gui.report.dialog as dialog_module
from labinov.app import build_context
from labinov.gui.context import AppContext
from labinov.gui.report.dialog import ExportDialog
from labinov.paths import UserPaths
from labinov.services import Services
from labinov.store.db import Store
from tests.gui.conftest import answer_dialog


@pytest.fixture
def context(store: Store, paths: UserPaths, language: str) -> AppContext:
    return build_context(store, paths, language)


@pytest.fixture
def six_projects(services: Services) -> str:
    workshop = services.workshops.create("Lab 6")
    for index in range(6):
        team = services.teams.create(workshop.id, f"Dinas {index}")
        services.projects.create(team.id, f"Inovasi {index}")
    return workshop.id


@pytest.fixture
def held_after_three(monkeypatch) -> threading.Event:  # type: ignore[no-untyped-def]
    """The real export, holding before the 4th project's PDF until cancelled (or 20 s)."""
    real = dialog_module.export_workshop
    reached = threading.Event()

    def held(services, workshop_id, path, options, progress, cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 3:
                reached.set()
                for _ in range(4000):
                    if cancelled():
                        break
                    threading.Event().wait(0.005)

        return real(services, workshop_id, path, options, report, cancelled)

    monkeypatch.setattr(dialog_module, "export_workshop", held)
    return reached


def test_closing_asks_then_says_how_many_files(
    qtbot, context, six_projects: str, tmp_path: Path, held_after_three: threading.Event
) -> None:
    dialog = ExportDialog(context, workshop_id=six_projects)
    qtbot.addWidget(dialog)
    dialog.show()
    folder = tmp_path / "semua"
    dialog.path_edit.setText(str(folder))
    dialog.export_button.click()
    qtbot.waitUntil(held_after_three.is_set, timeout=60_000)

    answer_dialog(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    dialog.reject()  # No: the export goes on, the dialog stays
    assert dialog.isVisible() and dialog.worker.running()

    said: list[str] = []

    def stop(box: QMessageBox) -> None:
        said.append(box.text())
        answer_dialog(qtbot, lambda info: said.append(info.text()) or info.accept())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_dialog(qtbot, stop)
    dialog.reject()
    assert not dialog.isVisible() and not dialog.worker.running()
    assert len(list(folder.glob("*.pdf"))) == 3
    assert said[0] == "Ekspor masih berjalan. Hentikan dan tutup?"
    assert said[1] == f"Ekspor dihentikan: 3 dari 6 berkas PDF ditulis di {folder}."
