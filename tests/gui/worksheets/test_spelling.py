"""Spell check in worksheet texts: marks, suggestions, my words, glossary, English, lazy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from labinov.app import build_context
from labinov.gui.spelling import SpellMenu, spelling_for
from labinov.spelling.checker import MY_WORDS_FILE

SHOTS = Path("/tmp/shots/spelling")
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def marked(editor: QPlainTextEdit) -> list[str]:
    """The words drawn with the spelling underline."""
    words = []
    block = editor.document().begin()
    while block.isValid():
        for part in block.layout().formats():
            if part.format.underlineStyle() == WAVY:
                words.append(block.text()[part.start : part.start + part.length])
        block = block.next()
    return words


def long_text(panel) -> QPlainTextEdit:  # type: ignore[no-untyped-def]
    return panel.texts["problem_statement"].editor


def settle(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """Wait for the idle-time check to finish, as a user pausing would."""
    spelling = panel.context.spelling
    qtbot.waitUntil(lambda: not spelling._pending and not spelling._timer.isActive(), timeout=5000)
    QApplication.processEvents()


def test_misspelt_word_is_marked_and_corrected_from_the_menu(qtbot, make_panel, context) -> None:
    panel = make_panel("diagnose")
    editor = long_text(panel)
    assert not context.spelling.checker.loaded  # building the panel reads no dictionary
    editor.setFocus()
    QTest.keyClicks(editor, "Pelayanan publik pelayanaan inovasi di Disdukcapil oleh OPD")
    assert marked(editor) == []  # nothing is looked up while typing
    settle(qtbot, panel)
    assert marked(editor) == ["pelayanaan"]

    menu_helper = editor.findChild(SpellMenu)
    pos = editor.cursorRect(_cursor_at(editor, "pelayanaan")).center()
    menu = menu_helper.menu_at(pos)
    suggestions = [a for a in menu.actions() if a.objectName() == "spellSuggestion"]
    assert suggestions[0].text() == "pelayanan"
    assert menu.actions()[0] is suggestions[0]  # above cut/copy/paste
    suggestions[0].trigger()
    assert editor.toPlainText().startswith("Pelayanan publik pelayanan inovasi")
    settle(qtbot, panel)
    assert marked(editor) == []

    # no spelling entries on a right word
    menu = menu_helper.menu_at(editor.cursorRect(_cursor_at(editor, "inovasi")).center())
    assert not [a for a in menu.actions() if a.objectName().startswith("spell")]


def test_add_to_my_words_is_saved_in_the_data_folder(qtbot, make_panel, context, paths) -> None:
    panel = make_panel("diagnose")
    editor = long_text(panel)
    editor.setFocus()
    QTest.keyClicks(editor, "Keberlanjutan layanan")
    settle(qtbot, panel)
    assert marked(editor) == ["Keberlanjutan"]
    menu = editor.findChild(SpellMenu).menu_at(
        editor.cursorRect(_cursor_at(editor, "Keberlanjutan")).center()
    )
    add = next(a for a in menu.actions() if a.objectName() == "spellAddWord")
    assert add.text() == "Tambahkan “Keberlanjutan” ke kata saya"  # Indonesian UI
    add.trigger()
    assert (paths.data_dir / MY_WORDS_FILE).read_text(encoding="utf-8") == "Keberlanjutan\n"
    settle(qtbot, panel)
    assert marked(editor) == []


def test_project_glossary_words_are_not_flagged(qtbot, make_panel, context, project_id) -> None:
    services = context.services
    team = services.projects.get(project_id).team_id
    services.members.add(team, "Nurhayati Said")
    services.projects.rename(project_id, "SIPADU Akta Lahir Sehari")
    panel = make_panel("diagnose")
    editor = long_text(panel)
    editor.setFocus()
    QTest.keyClicks(editor, "Nurhayati dari Disdukcapil membuat SIPADU dan Sipadu, bukan Sipaadu")
    settle(qtbot, panel)
    assert marked(editor) == ["Sipaadu"]


def test_english_ui_uses_the_english_dictionary(qtbot, store, paths, tmp_path) -> None:
    english = build_context(store, paths, "en")
    spelling = spelling_for(english)
    assert spelling.checker.dictionary.name == "en_US.dic"
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    from labinov.gui.spelling import attach

    attach(editor, english)
    editor.setPlainText("The public service innovaton")
    spelling.finish()
    QApplication.processEvents()
    assert marked(editor) == ["innovaton"]
    english.language = "id"  # after a language switch the next editor gets Indonesian
    assert spelling_for(english).checker.dictionary.name == "id_ID.dic"


def test_screenshot_of_marks(qtbot, make_panel) -> None:
    panel = make_panel("diagnose")
    panel.resize(900, 700)
    editor = long_text(panel)
    editor.setPlainText(
        "Antrean pelayanaan akta kelahiran di Disdukcapil terlalu panjang: warga menunggu "
        "berhari-hari dan harus datang dua kali. Inovasi ini memangkas waktu pelayanan "
        "publik menjadi satu hari dengan formulir daring yang diperiksa petugass OPD."
    )
    panel.context.spelling.finish()
    QApplication.processEvents()
    assert marked(editor) == ["pelayanaan", "petugass"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    editor.parentWidget().parentWidget().grab().save(str(SHOTS / "worksheet_text.png"))
    menu = editor.findChild(SpellMenu).menu_at(
        editor.cursorRect(_cursor_at(editor, "petugass")).center()
    )
    assert menu.actions()[0].text() == "petugas"
    menu.grab().save(str(SHOTS / "menu.png"))


def _cursor_at(editor: QPlainTextEdit, word: str):  # type: ignore[no-untyped-def]
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + 2)
    return cursor


def test_profile_long_texts_are_checked(qtbot, context, project_id) -> None:
    from labinov.gui.profile_form import ProfileForm

    form = ProfileForm(context, project_id)
    qtbot.addWidget(form)
    editor = form._editors["purpose"]
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("Mempercepat pelayanaan akta di Disdukcapil")
    context.spelling.finish()
    QApplication.processEvents()
    assert marked(editor) == ["pelayanaan"]


def test_missing_dictionary_turns_checking_off_without_crashing(qtbot, tmp_path) -> None:
    from labinov.gui.spelling import SpellHighlighter, Spelling
    from labinov.spelling import SpellChecker

    checker = SpellChecker("id", tmp_path / "w.txt", dictionary=tmp_path / "none" / "xx.dic")
    spelling = Spelling(checker)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    SpellHighlighter(editor.document(), spelling)
    editor.setPlainText("pelayanaan")
    spelling._work()  # the idle slice
    assert spelling.broken and not spelling._pending
    editor.appendPlainText("lagi")
    assert not spelling._pending and marked(editor) == []


def test_changed_span_reads_only_the_words_round_a_keystroke() -> None:
    from labinov.gui.spelling import changed_span

    old = "antrean pelayanan publik akta"
    assert changed_span(old, "antrean pelayanaan publik akta") == (8, 18)  # the whole word
    assert changed_span(old, "antrean pelayanan publik aktax") == (25, 30)
    assert changed_span(old, "xantrean pelayanan publik akta") == (0, 8)
    assert changed_span(old, "antrean publik akta") == (8, 14)  # a word deleted
    assert changed_span(old, "lain " * 200) is None  # a paste: read everything


def test_long_paragraph_edits_mark_and_unmark_round_the_cursor(qtbot, make_panel) -> None:
    """Typing into one long paragraph reads only the words round the change: a misspelling
    typed in the middle is marked after the pause, and unmarked once corrected; one typed
    and deleted again leaves no mark."""
    panel = make_panel("diagnose")
    editor = long_text(panel)
    editor.setPlainText(" ".join(["pelayanan publik inovasi warga"] * 150))
    settle(qtbot, panel)
    assert marked(editor) == []
    cursor = editor.textCursor()
    cursor.setPosition(len(editor.toPlainText()) // 2)
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClicks(editor, " petugass ")
    settle(qtbot, panel)
    assert marked(editor) == ["petugass"]
    QTest.keyClick(editor, Qt.Key.Key_Backspace)  # "petugass" is the word before the space
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    settle(qtbot, panel)
    assert marked(editor) == []  # "petugas": right, though the old word is still remembered
    QTest.keyClicks(editor, "x kantorr")
    settle(qtbot, panel)
    assert marked(editor) == ["petugasx", "kantorr"]
    for _ in range(len("x kantorr")):
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    settle(qtbot, panel)
    assert marked(editor) == []
