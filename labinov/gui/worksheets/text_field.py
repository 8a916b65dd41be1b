"""One text question of a worksheet: the editor, a live word count and an over-limit warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.autosave import TextSaver
from labinov.gui.date_field import DateField
from labinov.gui.worksheets.steady_label import set_text_colour
from labinov.method.locale import format_date
from labinov.method.worksheets import DATE, Field, word_count

OVER_COLOUR = "#c0392b"
TEXT_ROWS = 5


class TextFieldEditor(QWidget):
    """A line or multi-line editor saved by ``TextSaver`` (``save(text) -> bool``).

    The count below reads "12 / 150 words" and turns red with a warning past the limit;
    text over the limit is still saved (the team shortens it later), never cut off.
    """

    def __init__(
        self, item: Field, save, parent: QWidget | None = None, language: str = "id"
    ) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.item = item
        self.language = language
        self.setObjectName(f"field_{item.key}")
        self.date: DateField | None = None
        if item.kind == DATE:  # "15 Juli 2019", "Juli 2019", …: read by the locale module
            self.date = DateField(language, allow_month=True, compact=True)
            self.date.button.setObjectName(f"calendar_{item.key}")
            self.editor: QLineEdit | QPlainTextEdit = self.date.edit
        elif item.lines == 1:
            self.editor = QLineEdit()
        else:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            height = self.editor.fontMetrics().lineSpacing() * TEXT_ROWS + 16
            self.editor.setMinimumHeight(height)
            self.editor.setMaximumHeight(height * 2)
        self.editor.setObjectName(f"edit_{item.key}")
        self.saver = TextSaver(self.editor, save)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"count_{item.key}")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.date is not None:
            # typed text is saved as typed (the store reads it); a date read or picked is
            # shown in words and saved at once (a pick is a finished edit)
            self.date.value_changed.connect(lambda _value: self.saver.flush())
            layout.addWidget(self.date)
        else:
            layout.addWidget(self.editor)
        layout.addWidget(self.count_label)
        self.count_label.setVisible(item.max_words is not None)
        self.editor.textChanged.connect(self.update_count)
        self.update_count()

    def text(self) -> str:
        return self.saver.text()

    def load(self, text: str) -> None:
        if self.date is not None:
            text = format_date(text, self.language)  # stored ISO; other text as it is
        self.saver.load(text)
        if self.date is not None:
            self.date.adopt_text()
        self.update_count()

    @property
    def over_limit(self) -> bool:
        limit = self.item.max_words
        return limit is not None and word_count(self.text()) > limit

    def update_count(self) -> None:
        if self.item.max_words is None:
            return
        words, limit = word_count(self.text()), self.item.max_words
        text = self.tr("{words} / {limit} words").format(words=words, limit=limit)
        if words > limit:
            text = self.tr("Over the limit: {words} / {limit} words — please shorten").format(
                words=words, limit=limit
            )
        over = words > limit
        if over != self.count_label.property("over"):
            # red and bold through palette and weight: a style sheet froze the label's
            # size, so the warning stayed small with the projector preset on (or large
            # after it went off)
            weight = QFont()  # only the weight: the size follows the sheet
            weight.setBold(over)
            self.count_label.setFont(weight)
            if over:
                set_text_colour(self.count_label, OVER_COLOUR)
            else:
                self.count_label.setPalette(QPalette())  # the sheet's colours again
        self.count_label.setText(text)
        self.count_label.setProperty("over", over)
