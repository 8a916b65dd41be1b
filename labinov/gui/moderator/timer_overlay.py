"""The countdown as an overlay: a small frameless panel on top of the main window (over the
board) and of any presentation window, so the room sees the time while it works.

It shows the state of one ``CountdownTimer`` (which keeps the time and ticks even while its
own window is closed) and offers start/pause, one more minute, reset, the timer's own window
and hide. It can be dragged anywhere inside its window and keeps that place, relative to
the window's corners, when the window is resized. Its buttons take no keyboard focus: the
board and the presentation keep their keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labinov.gui.moderator.timer import CountdownTimer, format_seconds

STYLE = """
QFrame#timerOverlay {{ background: {background}; border-radius: 10px; }}
QLabel {{ color: white; background: transparent; }}
QPushButton {{ color: white; background: rgba(255, 255, 255, 40); border: 1px solid
    rgba(255, 255, 255, 90); border-radius: 4px; padding: 2px 12px; }}
QPushButton:hover {{ background: rgba(255, 255, 255, 80); }}
"""
CALM = "rgb(28, 40, 51)"  # dark and opaque: readable over any note colour
LAST_MINUTE = "rgb(176, 58, 46)"
ENDED = "rgb(192, 57, 43)"
DIGITS_SHARE = 0.06  # the digits' height over the window's
DIGITS_PIXELS = (32, 110)  # …within these bounds
INSET = 24  # pixels from the window's edge where the overlay first appears
STATUS_BAR = 24  # …and above the main window's status bar


def _tr(text: str) -> str:
    """The timer window's own words (one catalogue entry for both)."""
    return QCoreApplication.translate("CountdownTimer", text)


class TimerOverlay(QFrame):
    """The overlay of ``timer`` inside ``host`` (a child widget, raised above the rest).

    Signals:
        window_requested(): the user wants the timer in its own window.
    """

    window_requested = Signal()

    def __init__(self, timer: CountdownTimer, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("timerOverlay")
        self.timer = timer
        self.host = host
        self._grab: QPoint | None = None  # where the mouse holds the overlay while dragging
        self._anchor: tuple[float, float] | None = None  # place relative to the host
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(self.tr("Drag to move the timer"))
        self.title = QLabel()
        self.title.setObjectName("overlayTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = QLabel()
        self.digits.setObjectName("overlayDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_digits()
        self.start_button = self._button("overlayStart", timer.toggle)
        self.more_button = self._button("overlayMore", lambda: timer.add_seconds(60))
        self.more_button.setText(_tr("+1 min"))
        self.reset_button = self._button("overlayReset", timer.reset)
        self.reset_button.setText(_tr("Reset"))
        self.window_button = self._button("overlayWindow", self.window_requested.emit)
        self.window_button.setText(self.tr("Window"))
        self.window_button.setToolTip(self.tr("The timer in its own window (for a second screen)"))
        self.hide_button = self._button("overlayHide", self.hide)
        self.hide_button.setText("×")
        self.hide_button.setToolTip(self.tr("Hide the timer (it keeps running)"))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (
            self.start_button,
            self.more_button,
            self.reset_button,
            self.window_button,
            self.hide_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.digits)
        layout.addLayout(buttons)
        timer.updated.connect(self.refresh)
        host.installEventFilter(self)
        self.refresh()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton()
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(slot)
        return button

    # -- display ---------------------------------------------------------------------------

    def _fit_digits(self) -> None:
        """Digits in proportion to the window: ~65 px tall on a 1080-line projector."""
        font = QFont(self.host.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        low, high = DIGITS_PIXELS
        font.setPixelSize(max(low, min(high, round(self.host.height() * DIGITS_SHARE))))
        self.digits.setFont(font)

    def refresh(self) -> None:
        timer = self.timer
        left = timer.remaining()
        self.digits.setText(format_seconds(left))
        self.title.setText(timer.title_label.text())
        self.title.setVisible(bool(self.title.text()))
        self.start_button.setText(_tr("Pause") if timer.running else _tr("Start"))
        if timer.ended:
            background = ENDED
        elif timer.running and left <= 60:
            background = LAST_MINUTE
        else:
            background = CALM
        self.setStyleSheet(STYLE.format(background=background))
        self.adjustSize()
        self._place()

    def show_on_top(self) -> None:
        self.refresh()
        self.show()
        self.raise_()

    # -- place and drag ----------------------------------------------------------------------

    def _place(self) -> None:
        host = self.host.rect()
        if self._anchor is None:  # first: bottom left (the board's map is bottom right)
            x = INSET
            y = host.height() - self.height() - INSET - STATUS_BAR
        else:
            x = round(self._anchor[0] * max(1, host.width() - self.width()))
            y = round(self._anchor[1] * max(1, host.height() - self.height()))
        self.move(self._clamped(QPoint(x, y)))

    def _clamped(self, point: QPoint) -> QPoint:
        host = self.host.rect()
        x = max(0, min(point.x(), host.width() - self.width()))
        y = max(0, min(point.y(), host.height() - self.height()))
        return QPoint(x, y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._grab = event.position().toPoint()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.raise_()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            target = self.mapToParent(event.position().toPoint()) - self._grab
            self.move(self._clamped(target))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._grab is not None:
            self._grab = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            host = self.host.rect()
            self._anchor = (
                self.x() / max(1, host.width() - self.width()),
                self.y() / max(1, host.height() - self.height()),
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._fit_digits()
            self.adjustSize()
            self._place()
        elif watched is self.host and event.type() == QEvent.Type.ChildAdded and self.isVisible():
            self.raise_()  # a widget added later must not cover the time
        return False
