"""A date field that reads dates as people in Indonesia write them, with a calendar popup.

Typed text goes through the one locale module (``labinov.method.locale``): "15 Juli 2019",
"15/7/2019", "2019-07-15", and, where a month is enough, "Juli 2019", "April 2017",
"7/2019", "2017-04" kept as a ``Month``. The field shows the value formatted the same way
("15 Juli 2019"), never ISO. Text that is not a date turns the field red with the reason
as tooltip and status, and the value stays what it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.locale import DateValue, Month, format_date, parse_date

INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; }"
DAY_NEEDED = QT_TRANSLATE_NOOP("UserError", "“{value}” needs a day too, e.g. {day}.")


def placeholder(language: str, allow_month: bool) -> str:
    """The hint in an empty date field: "mis. 15 Juli 2019 atau April 2017"."""
    day = format_date(dt.date(2019, 7, 15), language)
    if not allow_month:
        return QCoreApplication.translate("DateField", "e.g. {day}").format(day=day)
    month = format_date(Month(2017, 4), language)
    text = QCoreApplication.translate("DateField", "e.g. {day} or {month}")
    return text.format(day=day, month=month)


class CalendarPopup(QFrame):
    """The calendar under a ``DateField``: a click picks a day; "Only the month" keeps
    the month shown (for dates known only to the month)."""

    picked = Signal(object)  # date or Month

    def __init__(self, language: str, allow_month: bool, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        # the grid's day and month names in the UI language (Qt's own picker: the value
        # itself is formatted by labinov.method.locale)
        self.calendar.setLocale(QLocale(language))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(lambda day: self._pick(day.toPython()))
        self.calendar.activated.connect(lambda day: self._pick(day.toPython()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        self.month_button = QPushButton(self.tr("Only the month"))
        self.month_button.setObjectName("onlyMonth")
        self.month_button.setToolTip(self.tr("Keep only the month shown, without a day"))
        self.month_button.clicked.connect(
            lambda: self._pick(Month(self.calendar.yearShown(), self.calendar.monthShown()))
        )
        layout.addWidget(self.month_button)  # parented first: shown without a parent it
        self.month_button.setVisible(allow_month)  # would be a window and take the focus

    def show_at(self, anchor: QWidget, value: DateValue | None) -> None:
        day = value.first_day() if isinstance(value, Month) else value or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        self.move(anchor.mapToGlobal(QPoint(0, anchor.height())))
        self.show()
        self.calendar.setFocus()

    def _pick(self, value: DateValue) -> None:
        self.hide()
        self.picked.emit(value)


class DateField(QWidget):
    """A line edit for a date or a month, and a button that opens a calendar.

    Signals:
        value_changed(object): a new valid value (``date``, ``Month`` or ``None``), from
            typing (on Enter or leaving the field) or from the calendar.
    """

    value_changed = Signal(object)

    def __init__(
        self,
        language: str,
        allow_month: bool = True,
        parent: QWidget | None = None,
        compact: bool = False,
    ) -> None:
        """``compact``: no wider than its example text needs at its font (a worksheet's
        date beside a long field), which grows with the projector preset."""
        super().__init__(parent)
        self.compact = compact
        self.language = language
        self.allow_month = allow_month
        self._value: DateValue | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("dateText")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(placeholder(language, allow_month))
        self.edit.editingFinished.connect(self.commit_text)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("calendarButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.near: DateValue | None = None  # where an empty field's calendar opens
        # the popup (a window of its own) after the focus proxy: made before it, it cut the
        # form's Tab chain, so Tab from the second of two date fields went back to the first
        self.popup = CalendarPopup(language, allow_month, self)
        self.popup.picked.connect(self._picked)
        self.error: str | None = None
        self._fit()

    def _fit(self) -> None:
        if not self.compact:
            return
        text = self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText())
        # the clear button, the frame's and text's margins, the calendar button beside
        room = text + self.edit.fontMetrics().height() + 24 + self.button.sizeHint().width()
        self.setMaximumWidth(room)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the projector preset
            self._fit()

    # -- value ---------------------------------------------------------------------

    def value(self) -> DateValue | None:
        return self._value

    def set_value(self, value: DateValue | None) -> None:
        """Show ``value`` (no signal): a date, a Month, or ``None`` for empty."""
        self._value = value
        self._show_error(None)
        self.edit.setText("" if value is None else format_date(value, self.language))

    def adopt_text(self) -> None:
        """Take the text shown (set by the caller, e.g. a stored answer) as the value when
        it is a date; other text stays as it is, unmarked (no signal)."""
        try:
            self._value = self._parse(self.edit.text().strip())
        except UserError:
            self._value = None
        self._show_error(None)

    def set_near(self, value: DateValue | None) -> None:
        """Open the calendar of an empty field at ``value`` (e.g. the start date)."""
        self.near = value

    def iso(self) -> str | None:
        """The value as stored: "2019-07-15", "2017-04", or ``None``."""
        return None if self._value is None else self._value.isoformat()

    def commit_text(self) -> bool:
        """Read what was typed; ``False`` (and the field marked) when it is not a date."""
        text = self.edit.text().strip()
        try:
            value = self._parse(text)
        except UserError as error:
            self._show_error(error.text(QCoreApplication.translate))
            return False
        self._set(value)
        return True

    def _parse(self, text: str) -> DateValue | None:
        if not text:
            return None
        value = parse_date(text, self.language)
        if isinstance(value, Month) and not self.allow_month:
            raise UserError(
                DAY_NEEDED, value=text, day=format_date(value.first_day(), self.language)
            )
        return value

    def _set(self, value: DateValue | None) -> None:
        changed = value != self._value
        self.set_value(value)  # shown in the standard form: "15/7/2019" → "15 Juli 2019"
        if changed:
            self.value_changed.emit(value)

    def _picked(self, value: DateValue) -> None:
        self._set(value)
        self.edit.setFocus()

    def _show_error(self, message: str | None) -> None:
        self.error = message
        self.edit.setStyleSheet(INVALID_STYLE if message else "")
        self.edit.setToolTip(message or "")
        self.edit.setStatusTip(message or "")
        self.edit.setProperty("invalid", bool(message))

    # -- calendar --------------------------------------------------------------------

    def open_calendar(self) -> None:
        """Opens on the typed date, or on the last good value when the text is not one."""
        if self.edit.text().strip() != self._shown():
            self.commit_text()
        self.popup.show_at(self.edit, self._value or self.near)

    def _shown(self) -> str:
        return "" if self._value is None else format_date(self._value, self.language)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down or F4 opens the calendar, as in a combo box."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()  # type: ignore[attr-defined]
            alt_down = key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier
            if alt_down or key == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)
