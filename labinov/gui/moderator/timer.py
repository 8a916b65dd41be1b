"""A projector-friendly countdown: very large digits, a red "time is up" and a chime.

The clock is injected (``clock() -> seconds``, ``time.monotonic`` by default) and the
display is refreshed by ``tick()``; a QTimer calls it a few times a second, tests call it
after moving a fake clock — no sleeping.

Signals:
    finished(): the countdown reached zero (once per run).
    updated(): the display changed (a tick, start, pause, more time…): overlays follow it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.moderator.chime import play_chime

TICK_MS = 200
ENDED_STYLE = "background: #c0392b; color: white;"
LAST_MINUTE_STYLE = "color: #c0392b;"


def format_seconds(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 59.2 s left still shows 01:00 → 00:59 → … → 00:00
    return f"{whole // 60:02d}:{whole % 60:02d}"


class CountdownTimer(QWidget):
    """Start / pause / reset a time box of ``minutes``; ``title`` names the session."""

    finished = Signal()
    updated = Signal()

    def __init__(
        self,
        minutes: int = 10,
        title: str = "",
        clock: Callable[[], float] = time.monotonic,
        beep: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("countdownTimer")
        self.setWindowTitle(self.tr("Timer"))
        self._clock = clock
        self._beep = beep or (lambda: play_chime(QApplication.beep))
        self._duration = minutes * 60.0
        self._left = self._duration  # seconds left when paused
        self._started: float | None = None  # clock value of the last start
        self.ended = False
        self._title = title

        self.title_label = QLabel(title)
        self.title_label.setObjectName("timerTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title_label.font()
        font.setPointSize(max(font.pointSize() * 2, 20))
        self.title_label.setFont(font)
        self.digits = QLabel()
        self.digits.setObjectName("timerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setAutoFillBackground(True)
        digits_font = QFont(self.digits.font())
        digits_font.setBold(True)
        digits_font.setStyleHint(QFont.StyleHint.Monospace)
        self.digits.setFont(digits_font)

        self.minutes = QSpinBox()
        self.minutes.setObjectName("timerMinutes")
        self.minutes.setRange(1, 600)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self.set_minutes)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("timerStart")
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("timerReset")
        self.reset_button.clicked.connect(self.reset)
        self.more_button = QPushButton(self.tr("+1 min"))
        self.more_button.setObjectName("timerMore")
        self.more_button.clicked.connect(lambda: self.add_seconds(60))
        bar = QHBoxLayout()
        for widget in (self.minutes, self.start_button, self.more_button, self.reset_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.digits, 1)
        layout.addLayout(bar)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self.resize(900, 560)
        self.tick()

    # -- state -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started is not None

    def remaining(self) -> float:
        if self._started is None:
            return max(0.0, self._left)
        return max(0.0, self._left - (self._clock() - self._started))

    def set_minutes(self, minutes: int) -> None:
        """A new time box; restarts from the full time (paused)."""
        self._duration = minutes * 60.0
        self.reset()

    def start(self) -> None:
        if self.running or self.remaining() <= 0:
            return
        self._started = self._clock()
        self._ticker.start()
        self.tick()

    def pause(self) -> None:
        if not self.running:
            return
        self._left = self.remaining()
        self._started = None
        self._ticker.stop()
        self.tick()

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        self._ticker.stop()
        self._started = None
        self._left = self._duration
        self.ended = False
        self.tick()

    def add_seconds(self, seconds: float) -> None:
        """More time; after the end the timer waits, paused, for Start."""
        self._left += seconds
        self.ended = False
        self.tick()

    # -- display -----------------------------------------------------------------------

    def tick(self) -> None:
        left = self.remaining()
        if left <= 0 and self.running:
            self._ticker.stop()
            self._started, self._left, self.ended = None, 0.0, True
            self._beep()
            self.finished.emit()
        self.digits.setText(format_seconds(left))
        if self.ended:
            self.digits.setStyleSheet(ENDED_STYLE)
            self.title_label.setText(self.tr("Time is up!"))
        else:
            self.digits.setStyleSheet(LAST_MINUTE_STYLE if left <= 60 and self.running else "")
            self.title_label.setText(self._title)
        self.start_button.setText(self.tr("Pause") if self.running else self.tr("Start"))
        self.updated.emit()

    def set_title(self, title: str) -> None:
        self._title = title
        self.tick()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Digits as large as the window allows: readable from the back of the room."""
        super().resizeEvent(event)
        font = self.digits.font()
        size = max(24, min(self.digits.height() * 0.6, self.width() / 4.2))
        font.setPixelSize(int(size))
        self.digits.setFont(font)
