"""The proposal goes by default where it can be written: a new Linux account has no
Documents folder, and "Ekspor" at once said "foldernya tidak ada"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from labinov.app import build_context
from labinov.gui.report.dialog import ExportDialog
from tests.report.filler import SAMPLE_PROJECT, full_project


@pytest.mark.parametrize("documents", ["missing", "present"])
def test_the_default_file_is_in_a_folder_that_exists(
    qtbot, store, paths, language, services, tmp_path: Path, monkeypatch, documents: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs
    if documents == "present":
        (home / "Documents").mkdir()
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(found) == home / "Documents"  # Qt names it whether it exists or not
    full_project(services, canvases=1, notes=3)
    dialog = ExportDialog(build_context(store, paths, language), project_id=SAMPLE_PROJECT)
    qtbot.addWidget(dialog)
    chosen = Path(dialog.path_edit.text())
    assert chosen.parent.is_dir(), chosen
    assert chosen.parent == (home / "Documents" if documents == "present" else home)
    assert os.access(chosen.parent, os.W_OK)
