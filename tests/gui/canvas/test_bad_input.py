"""Bad input on the board: odd text shown literally, files refused with a message."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from labinov.gui.canvas.panel import CanvasPanel
from labinov.store.models import Attachment
from tests.gui.conftest import find_box, type_text

from .helpers import add_note, centre, click, drag

ODD = "<script>alert('x')</script> <b>tebal</b> 🎉👍🏽 Makassar"


@pytest.fixture
def panel(make_panel) -> CanvasPanel:
    return make_panel("design", "ideation_voting", (1200, 800), 0.6, (700, 500))


def attachments(context) -> int:
    with context.services.store.transaction() as session:
        return session.execute(select(func.count()).select_from(Attachment)).scalar()


def test_script_tags_and_emoji_are_kept_and_shown_literally(qtbot, panel, note_editor) -> None:
    view = panel.current().view
    assert note_editor is view.edits.editor
    type_text(view.viewport(), ODD)
    assert view.edits.editor.toPlainText() == ODD  # plain text: no markup interpreted
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    (row,) = view.document.items.values()
    assert row["text"] == ODD
    assert view.board_scene.notes[row["id"]].row["text"] == ODD
    assert view.board_scene.highlight("<script>") == [row["id"]]


def test_a_ten_thousand_character_note(qtbot, panel, context) -> None:
    view = panel.current().view
    long_text = ("Antrean panjang di loket akta kelahiran. " * 250)[:10_000]
    mime = QMimeData()
    mime.setText(long_text)
    QGuiApplication.clipboard().setMimeData(mime)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (row,) = view.document.items.values()
    assert row["text"] == long_text
    assert context.services.canvases.load(view.document.canvas_id)[0][0]["text"] == long_text
    assert not view.grab().isNull()  # paints without hanging


def test_a_file_that_is_not_a_picture_is_refused(qtbot, panel, context, tmp_path) -> None:
    text_file = tmp_path / "laporan.png"
    text_file.write_text("bukan gambar", encoding="utf-8")
    assert panel.tools.add_picture(str(text_file)) == []
    box = find_box()
    assert box is not None and "laporan.png" in box.text()
    assert "bukan gambar" in box.text()  # the message is in Indonesian
    assert attachments(context) == 0 and not panel.current().document.items


def test_a_picture_over_20_mb_is_refused(qtbot, panel, context, tmp_path) -> None:
    big = tmp_path / "foto_dinding.jpg"
    with open(big, "wb") as handle:
        handle.write(b"\xff\xd8\xff")
        handle.truncate(21 * 1024 * 1024)  # sparse: no 21 MB written to disk
    assert os.path.getsize(big) > 20 * 1024 * 1024
    assert panel.tools.add_picture(str(big)) == []
    box = find_box()
    assert box is not None and "20 MB" in box.text() and "lebih besar" in box.text()
    assert attachments(context) == 0


def test_a_photo_of_a_paper_wall_is_added_and_undone(
    qtbot, panel, context, project_id, tmp_path
) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    path = tmp_path / "dinding.png"
    image.save(str(path))
    (item_id,) = panel.tools.add_picture(str(path))
    note = panel.current().view.board_scene.notes[item_id]
    assert note.kind == "image" and not note.pixmap.isNull()
    assert attachments(context) == 1
    context.stack_for(project_id).undo()
    assert attachments(context) == 0
    context.stack_for(project_id).redo()
    assert attachments(context) == 1


def test_deleting_a_note_removes_its_links_and_undo_brings_both(
    qtbot, panel, context, project_id
) -> None:
    view = panel.current().view
    a = add_note(view, 300, 400, "Aplikasi antrean daring")
    b = add_note(view, 700, 400, "SMS pengingat")
    c = add_note(view, 500, 800, "Loket khusus lansia")
    drag(view, centre(view, a), centre(view, b), Qt.KeyboardModifier.AltModifier)
    drag(view, centre(view, c), centre(view, a), Qt.KeyboardModifier.AltModifier)
    assert len(view.document.links) == 2
    click(view, *centre(view, a))
    QTest.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert a not in view.document.items and not view.document.links
    assert not view.board_scene.links
    context.stack_for(project_id).undo()
    assert a in view.document.items and len(view.document.links) == 2
    assert len(view.board_scene.links) == 2


def test_a_damaged_picture_is_refused(qtbot, panel, context, tmp_path) -> None:
    damaged = tmp_path / "foto_rusak.png"
    damaged.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)  # a PNG's first bytes, then nothing
    assert panel.tools.add_picture(str(damaged)) == []
    box = find_box()
    assert box is not None and "foto_rusak.png" in box.text() and "bukan gambar" in box.text()
    assert attachments(context) == 0 and not panel.current().document.items


@pytest.mark.parametrize(
    "raw",
    [
        b"{bukan json",
        b'{"items": [{"id": "q"}]}',  # no position
        b'{"items": [{"id": "q", "x": 0, "y": 0, "kind": "virus"}]}',
        b'{"items": [{"id": "q", "x": "NaN", "y": 0}]}',
        b'{"items": [{"id": "q", "x": 0, "y": 0}], "links": [{"source_id": "q", "target_id": 3}]}',
        b'{"items": [{"id": "q", "x": 0, "y": 0, "kind": "image", "attachment_id": 7}]}',
    ],
)
def test_damaged_clipboard_data_pastes_only_its_text(qtbot, panel, raw) -> None:
    from PySide6.QtCore import QByteArray

    from labinov.gui.canvas.clipboard import MIME

    view = panel.current().view
    mime = QMimeData()
    mime.setData(MIME, QByteArray(raw))
    mime.setText("Antrean loket")
    QGuiApplication.clipboard().setMimeData(mime)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (row,) = view.document.items.values()
    assert row["kind"] == "note" and row["text"] == "Antrean loket"


def test_a_pasted_picture_that_no_longer_exists_keeps_only_its_words(qtbot, panel, context) -> None:
    from PySide6.QtCore import QByteArray

    from labinov.gui.canvas.clipboard import MIME

    view = panel.current().view
    data = {
        "project_id": view.document.project_id,
        "items": [
            {"id": "q", "x": 0, "y": 0, "kind": "image", "attachment_id": "gone", "text": "Foto"}
        ],
    }
    mime = QMimeData()
    mime.setData(MIME, QByteArray(__import__("json").dumps(data).encode()))
    QGuiApplication.clipboard().setMimeData(mime)
    QTest.keyClick(view.viewport(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (row,) = view.document.items.values()
    assert row["kind"] == "note" and row["attachment_id"] is None and row["text"] == "Foto"


def test_export_to_a_folder_that_cannot_be_written(qtbot, panel, tmp_path) -> None:
    target = tmp_path / "tidak-ada" / "dinding.png"
    assert panel.tools.export("png", str(target)) is None
    box = find_box()
    assert box is not None and str(target) in box.text() and "tidak dapat ditulis" in box.text()
    assert panel.tools.export("svg", str(tmp_path / "tidak-ada" / "dinding.svg")) is None


def test_a_read_only_store_refuses_edits_and_the_board_stays_as_stored(
    qtbot, panel, context
) -> None:
    from sqlalchemy import event

    view = panel.current().view
    note = add_note(view, 300, 400, "Antrean online")
    row = dict(view.document.items[note])
    engine = context.services.store.engine
    engine.dispose()  # new connections are read-only, as on a write-protected stick
    event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only = ON"))
    count = context.stack_for(panel.project_id).count()
    QTest.keyClick(view.viewport(), Qt.Key.Key_N)
    assert list(view.document.items) == [note] and view.edits.editor is None
    assert "hanya-baca" in find_box().text()
    find_box().close()
    drag(view, centre(view, note), (centre(view, note)[0] + 300, centre(view, note)[1]))
    assert view.document.items[note]["x"] == row["x"]
    assert view.board_scene.notes[note].pos().x() == row["x"]  # put back where stored
    assert context.stack_for(panel.project_id).count() == count
    view.zoom.save()  # the view-state autosave (a timer) copes with it quietly
    view.set_zoom(0.7)
    qtbot.wait(1000)
