"""Spell check of a note edited in place (``NoteEditor``, a ``QGraphicsTextItem``): the
app's shared checker and highlighter (``gui/spelling``) draw the red wavy underline, and
the editor's context menu offers suggestions and "Add to my words" above cut, copy, paste
and select all (a graphics text item has no standard menu to extend, so it is built here
with Qt's own, already translated, texts)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPainter, QPen, QPolygonF, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from labinov.gui.spelling import UNDERLINE, SpellHighlighter, SpellMenu, spelling_for
from labinov.spelling import project_glossary, words_in

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsTextItem

    from labinov.gui.context import AppContext

RETRY_MS = 200
QT = "QWidgetTextControl"  # Qt's own context for a text editor's menu (qt_texts.py)
WAVY = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def _wave(left: float, right: float, base: float, height: float) -> QPolygonF:
    """A zigzag from ``left`` to ``right`` along ``base``, ``height`` tall."""
    points, x, up = [], left, True
    while x < right:
        points.append(QPointF(x, base - height / 2 if up else base + height / 2))
        x += height
        up = not up
    points.append(QPointF(right, base))
    return QPolygonF(points)


class NoteSpelling:
    """The spell check of one note editor: ``highlighter`` and ``menu_at``."""

    def __init__(self, editor: QGraphicsTextItem, context: AppContext, project_id: str) -> None:
        """The checker starts on a later turn of the event loop (and once the services
        are there, for the project's glossary): loading the dictionary and reading the
        glossary held up the first note typed after a start by ~0.1 s."""
        self.editor = editor
        self.highlighter: SpellHighlighter | None = None
        self._context, self._project_id = context, project_id
        QTimer.singleShot(0, editor, self._attach)

    def _attach(self) -> None:
        context = self._context
        if context.services is None:  # the quick start is still loading the store
            QTimer.singleShot(RETRY_MS, self.editor, self._attach)
            return
        glossary = project_glossary(context.services, self._project_id)
        document = self.editor.document()
        self.highlighter = SpellHighlighter(document, spelling_for(context), glossary)
        if not document.isEmpty():  # typed before the check started: read it now
            self.highlighter.rehighlight()

    def paint_marks(self, painter: QPainter, zoom: float) -> None:
        """The wavy underline again, at least 1.5 px on the screen: Qt draws it a hairline
        thin for a scaled text item, invisible on a board at 50 %."""
        height = max(1.5 / zoom, self.editor.font().pixelSize() * 0.08)
        painter.setPen(QPen(UNDERLINE, max(1.2 / zoom, height / 2)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        document = self.editor.document()
        block = document.begin()
        while block.isValid():
            layout = block.layout()
            top = document.documentLayout().blockBoundingRect(block).top()
            for part in layout.formats():
                if part.format.underlineStyle() != WAVY:
                    continue
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    start = max(part.start, line.textStart())
                    end = min(part.start + part.length, line.textStart() + line.textLength())
                    if start < end:
                        left, _ = line.cursorToX(start)
                        right, _ = line.cursorToX(end)
                        base = top + line.y() + line.ascent() + height
                        painter.drawPolyline(_wave(left, right, base, height))
            block = block.next()

    def word_at(self, pos: QPointF) -> tuple[str, int, int] | None:
        """The word under ``pos`` (item coordinates): (word, position, length)."""
        document = self.editor.document()
        position = document.documentLayout().hitTest(pos, Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return None
        block = document.findBlock(position)
        column = position - block.position()
        for start, length, word in words_in(block.text()):
            if start <= column <= start + length:
                return word, block.position() + start, length
        return None

    def menu_at(self, pos: QPointF) -> QMenu:
        """The context menu for a right click at ``pos`` (item coordinates)."""
        menu = QMenu()
        found = self.word_at(pos)
        if found is not None and self.highlighter is not None:
            word, position, length = found
            replace = partial(self.replace, position, length)
            made = SpellMenu.word_actions(menu, self.highlighter, word, replace)
            menu.addActions(made)
            if made:
                menu.addSeparator()
        cursor = self.editor.textCursor()
        for text, key, act, enabled in (
            ("Cu&t", QKeySequence.StandardKey.Cut, self._cut, cursor.hasSelection()),
            ("&Copy", QKeySequence.StandardKey.Copy, self._copy, cursor.hasSelection()),
            ("&Paste", QKeySequence.StandardKey.Paste, self._paste, True),
            ("Select All", QKeySequence.StandardKey.SelectAll, self._select_all, True),
        ):
            action = menu.addAction(QCoreApplication.translate(QT, text))
            action.setShortcut(QKeySequence(key))
            action.setEnabled(enabled)
            action.triggered.connect(act)
        return menu

    def replace(self, position: int, length: int, text: str) -> None:
        """Put ``text`` in place of the word (the note saves it like typing)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)

    def _cut(self) -> None:
        self._copy()
        self.editor.textCursor().removeSelectedText()

    def _copy(self) -> None:
        selected = self.editor.textCursor().selection().toPlainText()
        if selected:
            QApplication.clipboard().setText(selected)

    def _paste(self) -> None:
        self.editor.textCursor().insertText(QApplication.clipboard().text())  # plain text

    def _select_all(self) -> None:
        cursor = self.editor.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.editor.setTextCursor(cursor)
