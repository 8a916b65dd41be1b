"""Qt's own dialogs speak Indonesian: the file dialog, message boxes, button boxes, the
input and colour dialogs and the right-click menu of text fields.

A recording translator, installed last so Qt asks it first, notes every (context, text)
Qt looks up while the dialogs open; each must have an Indonesian entry in our catalogue,
and no text on screen may still be one of those English sources.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tools.translations import ts_path

# Looked up by Qt but not words: key names of shortcuts, a percent pattern, layout direction.
NOT_WORDS = {"QShortcut", "QGuiApplication", "QProgressBar"}
SHORTCUT_SPECS = {"Alt+Left", "Alt+Right", "Alt+Up"}


class RecordingTranslator(QTranslator):
    """Answers nothing (Qt goes on to the real catalogues) and remembers every question."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if source:
            self.asked.add((context, source))
        return None  # a null string: "not here", so Qt asks the next catalogue

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def recorder(qapp: QApplication, language: str) -> Iterator[RecordingTranslator]:
    recording = RecordingTranslator()
    qapp.installTranslator(recording)
    yield recording
    qapp.removeTranslator(recording)


def catalogue() -> dict[tuple[str, str], str]:
    entries = {}
    for context in ET.parse(ts_path("id")).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.text and node.get("type") != "unfinished":
                entries[(name, message.findtext("source") or "")] = node.text
    return entries


def visible_texts(widget: QWidget) -> list[str]:
    """What a user reads in ``widget``: labels, buttons, combo items, headers, menus."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts += [child.text(), child.toolTip()]
        if isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        if isinstance(child, QMenu):
            texts += [action.text() for action in child.actions()]
        texts += [action.text() for action in child.actions()]
        texts += [action.toolTip() for action in child.actions() if action.toolTip()]
    return [text.replace("&", "").strip() for text in texts if text and text.strip()]


def check(recorder: RecordingTranslator, shown: list[str]) -> None:
    entries = catalogue()
    asked = {
        (context, source)
        for context, source in recorder.asked
        if context.startswith("Q") and context not in NOT_WORDS and source not in SHORTCUT_SPECS
    }
    assert asked, "the recording translator heard nothing"
    untranslated = sorted(key for key in asked if key not in entries)
    assert untranslated == [], f"Qt texts with no Indonesian entry: {untranslated}"
    english = {
        source.replace("&", "").strip()
        for (context, source) in asked
        if entries[(context, source)].replace("&", "") != source.replace("&", "")
    }
    leftovers = sorted(set(shown) & english)
    assert leftovers == [], f"English on screen: {leftovers}"


def test_file_dialog_is_indonesian(qtbot, recorder, tmp_path: Path) -> None:
    (tmp_path / "proposal.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "folder").mkdir()
    shown = []
    dialog = None
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Labinov", str(tmp_path), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        every = QCoreApplication.translate("QFileDialog", "All Files (*)")
        dialog.setNameFilters(["PDF (*.pdf)", every])
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: _listed(d, "proposal.pdf"), timeout=5000)
        shown += visible_texts(dialog)
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:", "Simpan", "Batal"} <= set(shown)
    assert {"Nama", "Ukuran", "Jenis", "Tanggal diubah"} <= set(shown)
    check(recorder, shown)
    if os.environ.get("LABINOV_SHOTS") and dialog is not None:  # the save dialog
        dialog.resize(760, 460)
        dialog.grab().save(str(Path(os.environ["LABINOV_SHOTS"]) / "file_dialog_id.png"))


def _listed(dialog: QFileDialog, name: str) -> bool:
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        root = view.rootIndex()
        rows = model.rowCount(root) if model is not None else 0
        if any(model.index(row, 0, root).data() == name for row in range(rows)):
            return True
    return False


def test_message_boxes_and_button_boxes_are_indonesian(qtbot, recorder) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Labinov", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
    )
    box.setDetailedText("log")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Apply
        | QDialogButtonBox.StandardButton.Help
    )
    asking = QInputDialog()
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    shown = []
    for widget in (box, buttons, asking, colours):
        qtbot.addWidget(widget)
        widget.show()
        shown += visible_texts(widget)
    assert {"Ya", "Tidak", "Batal", "Simpan", "Buang", "Tampilkan rincian...", "OK"} <= set(shown)
    assert {"Masukkan nilai:", "Warna dasar", "Merah:"} <= set(shown)
    check(recorder, shown)


def test_text_field_context_menus_are_indonesian(qtbot, recorder) -> None:
    shown = []
    for field in (QLineEdit("teks"), QTextEdit("teks"), QPlainTextEdit("teks")):
        qtbot.addWidget(field)
        field.show()
        menu = field.createStandardContextMenu()
        texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
        shown += [text.replace("&", "") for text in texts]  # "&Undo\tCtrl+Z": the words
        menu.deleteLater()
    assert {"Urungkan", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua"} <= set(shown)
    check(recorder, shown)
