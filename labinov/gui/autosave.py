"""Autosave for typed text: write after a short idle pause or on focus-out, never per key.

DESIGN.md: at most ~1 s of typing at risk. The pause is 700 ms; leaving the field saves
at once. A save the store refused (full disk) keeps the text on screen, marks the field
"not saved" and is retried on the next edit or focus-out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

IDLE_MS = 700
UNSAVED_STYLE = "border: 2px solid #c0392b;"


class TextSaver(QObject):
    """Watches one text widget and calls ``save(text) -> bool`` when typing pauses.

    Signals: ``saved_state(bool)`` — False while the latest text is not in the store.
    """

    saved_state = Signal(bool)

    def __init__(self, widget: QLineEdit | QPlainTextEdit, save: Callable[[str], bool]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._save = save
        self._saved_text = self.text()
        self._failed_text: str | None = None  # the text the store last refused
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.flush)
        widget.textChanged.connect(self._edited)
        widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            # Return saves; focus-out is the event filter's (editingFinished would be a
            # second, unfiltered flush on every focus-out)
            widget.returnPressed.connect(self.flush)

    def text(self) -> str:
        if isinstance(self._widget, QLineEdit):
            return self._widget.text()
        return self._widget.toPlainText()

    def load(self, text: str) -> None:
        """Show the stored ``text`` (after undo, or another view's edit) without saving it.

        Leaves the widget alone when it already shows that text, so the caret stays put."""
        self._saved_text = text
        if self.text() == text:
            self._mark(True)
            return
        self._timer.stop()  # the store's value (after undo) replaces typing not yet saved
        self._loading = True
        try:
            if isinstance(self._widget, QLineEdit):
                self._widget.setText(text)
            else:
                self._widget.setPlainText(text)
        finally:
            self._loading = False
        self._mark(True)

    @property
    def stored_text(self) -> str:
        """The text the store holds, as last loaded or saved."""
        return self._saved_text

    @property
    def pending(self) -> bool:
        return self.text() != self._saved_text

    def flush(self) -> None:
        """Save now if the text differs from what the store holds."""
        self._timer.stop()
        text = self.text()
        if text == self._saved_text:
            return
        if self._save(text):
            self._saved_text = text
            self._failed_text = None
            self._mark(True)
        elif self.text() == text:  # (a stale write reloads the field: nothing left unsaved)
            self._failed_text = text
            self._mark(False)

    def _edited(self) -> None:
        if not self._loading:
            self._timer.start()

    def _mark(self, saved: bool) -> None:
        self._widget.setStyleSheet("" if saved else UNSAVED_STYLE)
        self._widget.setProperty("unsaved", not saved)
        self.saved_state.emit(saved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.FocusOut:
            from PySide6.QtCore import Qt  # not at import time: see gui/models/navigator.py

            # The error box of a refused save takes the focus from the window: retrying the
            # same text then would only stack a second box. The next edit, or moving to
            # another field, retries.
            window_left = event.reason() == Qt.FocusReason.ActiveWindowFocusReason  # type: ignore[attr-defined]
            if not (window_left and self.text() == self._failed_text):
                self.flush()
        return False


def word_count(text: str) -> int:
    """Words as the competitions count them: split on whitespace."""
    return len(text.split())


def flush_all(root: QWidget) -> None:
    """Save every pending field under ``root`` (before closing or switching project)."""
    for saver in root.findChildren(TextSaver):
        saver.flush()
