"""Editing a note into which a long paragraph was pasted: the editor stays a note, growing
down on a paper of the note's colour, not a column of bare text over the board."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.canvas.note_item import note_colour

PARAGRAPH = (
    "Pada tahun 2025 DPMPTSP Kota Makassar menerima 1.200 pemohon izin usaha mikro dan kecil "
    "setiap bulan, namun hanya 94,53% berkas yang lengkap pada pengajuan pertama. Rata-rata "
    "waktu penyelesaian masih ±80 hari kerja, padahal SOP menetapkan 14 hari. Petugas front "
    "office harus memeriksa 500–600 berkas per bulan secara manual, dan pemohon bolak-balik ke "
    "Mal Pelayanan Publik (MPP) karena tidak ada pemberitahuan status. “Kami tidak tahu berkas "
    "kami sampai di mana,” kata seorang pelaku UMKM di Kecamatan Tamalate."
)


def test_a_pasted_paragraph_is_edited_on_the_notes_paper(qtbot, panel, note_editor) -> None:
    view = panel.current().view
    editor = note_editor
    QGuiApplication.clipboard().setText(PARAGRAPH)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert editor.toPlainText() == PARAGRAPH
    note = editor.note
    note_rect = note.sceneBoundingRect()
    paper = editor.sceneBoundingRect()
    assert paper.bottom() > note_rect.bottom() + 100  # the text is longer than the note
    image = view.viewport().grab().toImage()
    if os.environ.get("LABINOV_SHOTS"):
        image.save(str(Path(os.environ["LABINOV_SHOTS"]) / "polish-note-pasted.png"))
    colour = note_colour(note.row["colour"]).rgb()
    # the paper's right margin, well below the note: the note's colour, not the board's
    pad = note.look.padding()
    below = [
        view.mapFromScene(QPointF(paper.right() - pad / 2, y))
        for y in (note_rect.bottom() + 40, (note_rect.bottom() + paper.bottom()) / 2)
    ]
    for point in below:
        assert QColor(image.pixel(point)).rgb() == colour, point
    # the paper ends with the editing
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert view.edits.editor is None and editor.scene() is None
