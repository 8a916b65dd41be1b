"""Indonesian spell check in a note edited in place: the red wavy underline under a
misspelt word, suggestions and "Add to my words" in the note editor's context menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.spelling.checker import MY_WORDS_FILE

SHOTS = Path("/tmp/shots/canvas")
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def marked(editor) -> list[str]:
    """The words of the editor drawn with the spelling underline."""
    words = []
    block = editor.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == WAVY:
                assert part.format.underlineColor().name() == "#d0312d"  # red
                words.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return words


def settle(qtbot, context) -> None:
    """Wait for the idle-time check, as a user pausing would."""
    QApplication.processEvents()  # a new editor's highlighter starts on the next turn
    qtbot.waitUntil(lambda: context.spelling is not None, timeout=5000)
    spelling = context.spelling
    qtbot.waitUntil(lambda: not spelling._pending and not spelling._timer.isActive(), timeout=5000)
    QApplication.processEvents()


def point_of(editor, word: str) -> QPointF:
    """The middle of ``word`` in the editor (item coordinates)."""
    start = editor.toPlainText().index(word)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + len(word) // 2)
    line = cursor.block().layout().lineForTextPosition(cursor.positionInBlock())
    x, _ = line.cursorToX(cursor.positionInBlock())
    block_top = editor.document().documentLayout().blockBoundingRect(cursor.block()).top()
    return QPointF(x, block_top + line.y() + line.height() / 2)


def test_a_misspelt_word_in_a_note_is_marked_with_suggestions(
    qtbot, panel, context, paths, note_editor
) -> None:
    view = panel.current().view
    editor = note_editor
    QTest.keyClicks(view.viewport(), "Pelayanaan publik lambat, inovasi belum ada")
    settle(qtbot, context)
    assert marked(editor) == ["Pelayanaan"]  # "inovasi" and the rest are right
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.viewport().grab().save(str(SHOTS / "note_spelling.png"))  # for review

    menu = editor.spelling.menu_at(point_of(editor, "Pelayanaan"))
    suggestions = [a.text() for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert suggestions[0] == "Pelayanan"
    assert menu.actions()[0].objectName() == "spellSuggestion"  # above cut/copy/paste
    add = next(a for a in menu.actions() if a.objectName() == "spellAddWord")
    assert add.text() == "Tambahkan “Pelayanaan” ke kata saya"  # Indonesian UI
    plain = [a.text() for a in menu.actions() if a.text() and not a.objectName()]
    assert plain == ["Po&tong", "&Salin", "&Tempel", "Pilih semua"]  # Qt's own texts
    # a right word gets no spelling entries
    right = editor.spelling.menu_at(point_of(editor, "inovasi"))
    assert not [a for a in right.actions() if a.objectName().startswith("spell")]

    next(a for a in menu.actions() if a.objectName() == "spellSuggestion").trigger()
    assert editor.toPlainText() == "Pelayanan publik lambat, inovasi belum ada"
    settle(qtbot, context)
    assert marked(editor) == []
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    (row,) = view.document.items.values()
    assert row["text"] == "Pelayanan publik lambat, inovasi belum ada"  # saved as corrected

    # "Add to my words": the word is never flagged again, and the list is in the data folder
    view.edits.edit(row["id"])
    editor = view.edits.editor
    QTest.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.viewport(), "Antrean Keberlanjutan")
    settle(qtbot, context)
    assert marked(editor) == ["Keberlanjutan"]
    menu = editor.spelling.menu_at(point_of(editor, "Keberlanjutan"))
    next(a for a in menu.actions() if a.objectName() == "spellAddWord").trigger()
    settle(qtbot, context)
    assert marked(editor) == []
    assert "Keberlanjutan" in (paths.data_dir / MY_WORDS_FILE).read_text(encoding="utf-8")
