"""Spell check in text editors: a red wavy underline under misspelt words, suggestions and
"Add to my words" in the context menu.

Typing never waits for Hunspell: ``highlightBlock`` (run by Qt for the changed block only)
marks just the words whose answer is already cached; words it has not seen are checked in
idle time, after a pause in typing, in slices of a few milliseconds, and only then are their
blocks highlighted again. The dictionary itself loads in the first such slice, never at
start-up. One ``Spelling`` per app context is shared by every editor (one cache, one word
list); ``attach`` is the one call an editor needs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit

from labinov.gui.context import AppContext
from labinov.spelling import SpellChecker, words_in
from labinov.spelling.checker import MY_WORDS_FILE, distinct_words, places_of

IDLE_MS = 250  # a pause in typing this long starts checking new words
SLICE_S = 0.008  # at most this much checking per event-loop turn
log = logging.getLogger(__name__)
UNDERLINE = QColor("#d0312d")


class Spelling(QObject):
    """The shared checker of one app context, and the idle-time queue of unseen words.

    Signals:
        checked(): new answers are cached: blocks with unseen words highlight again.
        words_changed(): the user's word list changed: every editor highlights again.
    """

    checked = Signal()
    words_changed = Signal()

    def __init__(self, checker: SpellChecker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = checker
        self._pending: dict[str, None] = {}  # insertion-ordered set
        self.broken = False  # the dictionary could not be read: check nothing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._work)

    @property
    def language(self) -> str:
        return self.checker.language

    def request(self, words: Iterable[str]) -> None:
        """Check these words when the user pauses."""
        if self.broken:
            return
        self._pending.update(dict.fromkeys(words))
        if self._pending:
            self._timer.start(IDLE_MS)

    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        try:
            self.checker.load()  # once: ~0.1 s (Indonesian) in the first idle slice
        except (OSError, ImportError) as error:  # a damaged install: no marks, no crash
            log.warning("spell check off: %s", error)
            self._pending.clear()
            self.broken = True
            return
        while self._pending and time.perf_counter() < deadline:
            word = next(iter(self._pending))
            del self._pending[word]
            self.checker.check(word)
        if self._pending:
            self._timer.start(0)  # more next turn: events (keys, paints) run in between
        self.checked.emit()

    def finish(self) -> None:
        """Check every queued word now (tests, screenshots)."""
        self.checker.check_all(self._pending)
        self._pending.clear()
        self._timer.stop()
        self.checked.emit()

    def add_word(self, word: str) -> None:
        self.checker.add_word(word)
        self.words_changed.emit()


def spelling_for(context: AppContext) -> Spelling:
    """The context's ``Spelling`` in its current UI language (created on first use)."""
    current = context.spelling
    if current is None or current.language != context.language:
        checker = SpellChecker(context.language, context.paths.data_dir / MY_WORDS_FILE)
        current = Spelling(checker)
        context.spelling = current
    return current


def changed_span(old: str, new: str, widest: int = 400) -> tuple[int, int] | None:
    """The part of ``new`` that differs from ``old``, widened to whole words (to the
    whitespace round it); None when the change is wider than ``widest`` characters (a
    paste, another paragraph under the same number): then the whole text is read.
    Common prefix and suffix by halving with slice comparisons (C speed)."""
    size = min(len(old), len(new))
    low, high = 0, size
    while low < high:  # the longest common prefix
        middle = (low + high + 1) // 2
        if old[:middle] == new[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, size - prefix
    while low < high:  # the longest common suffix not overlapping it
        middle = (low + high + 1) // 2
        if old[len(old) - middle :] == new[len(new) - middle :]:
            low = middle
        else:
            high = middle - 1
    start, end = prefix, len(new) - low
    if end - start > widest:
        return None
    # a space is never inside a word (other separators only make the span wider)
    after = new.find(" ", end)
    return new.rfind(" ", 0, start) + 1, after if after >= 0 else len(new)


STALE_WORDS = 64  # words read since the last full read of a paragraph before it is read again


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one document (``glossary``: words never flagged)."""

    def __init__(
        self, document: QTextDocument, spelling: Spelling, glossary: Iterable[str] = ()
    ) -> None:
        super().__init__(document)
        self.spelling = spelling
        self.glossary = frozenset(w.casefold() for w in glossary)
        self._stale: dict[int, QTextBlock] = {}  # by number: blocks with unchecked words
        # by block number: (its text, its words or a few more, the size of the last full read)
        self._words: dict[int, tuple[str, frozenset[str], int]] = {}
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.format.setUnderlineColor(UNDERLINE)
        spelling.checked.connect(self._checked)
        spelling.words_changed.connect(self.rehighlight)

    def set_glossary(self, words: Iterable[str]) -> None:
        glossary = frozenset(w.casefold() for w in words)
        if glossary != self.glossary:
            self.glossary = glossary
            self.rehighlight()

    def misspelt(self, word: str) -> bool | None:
        """True/False when known, None when not checked yet."""
        if word.casefold() in self.glossary:
            return False
        known = self.spelling.checker.known(word)
        return None if known is None else not known

    def _words_of(self, text: str) -> frozenset[str]:
        """The distinct words of the current block, or a few more: after a keystroke only
        the words round the change are read again (``changed_span``), not the whole
        paragraph; words typed away may linger until the next full read, which costs only
        a dict hit each (a word absent from the text is never marked)."""
        number = self.currentBlock().blockNumber()
        last = self._words.get(number)
        if last is not None and last[0] == text:
            return last[1]
        span = changed_span(last[0], text) if last is not None else None
        if span is not None and last is not None and len(last[1]) < last[2] + STALE_WORDS:
            words = last[1] | distinct_words(text[span[0] : span[1]])
            full = last[2]
        else:
            words = frozenset(distinct_words(text))
            full = len(words)
        self._words[number] = (text, words, full)
        return words

    def highlightBlock(self, text: str) -> None:
        # Runs on every keystroke over the whole paragraph: each distinct word is looked
        # up once (a dict hit) and only misspelt words are searched for, with str.find.
        unseen = []
        for word in self._words_of(text):
            wrong = self.misspelt(word)
            if wrong is None:
                unseen.append(word)
            elif wrong:
                for start in places_of(text, word):
                    self.setFormat(start, len(word), self.format)
        if unseen:
            block = self.currentBlock()  # once per block however many keys were typed
            self._stale[block.blockNumber()] = block
            self.spelling.request(unseen)

    def _checked(self) -> None:
        """Highlight again only the blocks that were waiting (one long paragraph costs a
        layout; the other blocks are left alone)."""
        stale, self._stale = self._stale, {}
        for block in stale.values():
            if block.isValid() and block.document() is self.document():
                self.rehighlightBlock(block)


class SpellMenu(QObject):
    """Puts suggestions and "Add to my words" above an editor's standard context menu."""

    def __init__(self, editor: QPlainTextEdit | QTextEdit, highlighter: SpellHighlighter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        editor.customContextMenuRequested.connect(self._show)

    def menu_at(self, pos: QPoint) -> QMenu:
        """The context menu for a click at ``pos`` (viewport coordinates)."""
        menu = self.editor.createStandardContextMenu(pos)
        cursor = self.editor.cursorForPosition(pos)
        block, column = cursor.block(), cursor.positionInBlock()
        for start, length, word in words_in(block.text()):
            if start <= column <= start + length:
                self._add_spelling(menu, word, block.position() + start, length)
                break
        return menu

    def _add_spelling(self, menu: QMenu, word: str, position: int, length: int) -> None:
        first = menu.actions()[0] if menu.actions() else None
        made = self.word_actions(
            menu, self.highlighter, word, lambda text: self.replace(position, length, text)
        )
        for action in made:
            menu.insertAction(first, action)
        if made:
            menu.insertSeparator(first)

    @staticmethod
    def word_actions(
        menu: QMenu, highlighter: SpellHighlighter, word: str, replace: Callable[[str], None]
    ) -> list[QAction]:
        """The suggestions for a misspelt ``word`` (each calls ``replace``) and "Add to my
        words", as actions of ``menu`` for the caller to place; none for a right word. Every
        spell-checked editor's menu, the board's notes too, offers these."""
        checker = highlighter.spelling.checker
        if word.casefold() in highlighter.glossary or checker.check(word):
            return []
        made = []
        for suggestion in checker.suggest(word):
            action = QAction(suggestion, menu)
            action.setObjectName("spellSuggestion")
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            made.append(action)
        if not made:
            none = QAction(QCoreApplication.translate("SpellMenu", "(no suggestions)"), menu)
            none.setEnabled(False)
            made.append(none)
        add = QAction(
            QCoreApplication.translate("SpellMenu", "Add “{word}” to my words").format(word=word),
            menu,
        )
        add.setObjectName("spellAddWord")
        add.triggered.connect(lambda: highlighter.spelling.add_word(word))
        return [*made, add]

    def replace(self, position: int, length: int, text: str) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(position)
        cursor.setPosition(position + length, cursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def _show(self, pos: QPoint) -> None:
        menu = self.menu_at(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.editor.viewport().mapToGlobal(pos))


def attach(
    editor: QPlainTextEdit | QTextEdit, context: AppContext, glossary: Iterable[str] = ()
) -> SpellHighlighter:
    """Spell-check ``editor`` (kept alive by its document); returns the highlighter."""
    highlighter = SpellHighlighter(editor.document(), spelling_for(context), glossary)
    SpellMenu(editor, highlighter)
    return highlighter
