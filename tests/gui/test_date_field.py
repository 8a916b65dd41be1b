"""The date field: Indonesian forms typed or picked from a calendar, months kept as months,
bad text refused in place; the profile form and the workshop dialog use it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from labinov.gui.date_field import DateField
from labinov.gui.dialogs import WorkshopDialog
from labinov.gui.main_window import MainWindow
from labinov.gui.profile_form import ProfileForm
from labinov.method.locale import Month


def typed(field: DateField, text: str) -> None:
    field.edit.setFocus()
    field.edit.setText(text)
    QTest.keyClick(field.edit, Qt.Key.Key_Return)  # Enter finishes the edit


def test_indonesian_forms_are_read_and_shown_the_same_way(qtbot, language: str) -> None:
    field = DateField("id")
    qtbot.addWidget(field)
    field.show()
    assert field.edit.placeholderText() == "mis. 15 Juli 2019 atau April 2017"
    seen = []
    field.value_changed.connect(seen.append)
    for text, value, shown in [
        ("15/7/2019", dt.date(2019, 7, 15), "15 Juli 2019"),
        ("15 juli 2019", dt.date(2019, 7, 15), "15 Juli 2019"),
        ("2019-07-16", dt.date(2019, 7, 16), "16 Juli 2019"),
        ("Juli 2019", Month(2019, 7), "Juli 2019"),
        ("April 2017", Month(2017, 4), "April 2017"),
        ("2017-04", Month(2017, 4), "April 2017"),
        ("4 Agustus 2020", dt.date(2020, 8, 4), "4 Agustus 2020"),
    ]:
        typed(field, text)
        assert (field.value(), field.edit.text(), field.error) == (value, shown, None), text
    assert field.iso() == "2020-08-04"
    # one signal per change: "15 juli 2019" after "15/7/2019" and "2017-04" after
    # "April 2017" are the same values
    assert seen == [
        dt.date(2019, 7, 15),
        dt.date(2019, 7, 16),
        Month(2019, 7),
        Month(2017, 4),
        dt.date(2020, 8, 4),
    ]
    typed(field, "")
    assert field.value() is None and seen[-1] is None


def test_bad_text_is_refused_in_place(qtbot, language: str) -> None:
    field = DateField("id")
    qtbot.addWidget(field)
    field.show()
    field.set_value(dt.date(2019, 7, 15))
    typed(field, "kemarin")
    assert field.value() == dt.date(2019, 7, 15)  # unchanged
    assert field.edit.property("invalid") is True
    assert "bukan tanggal" in field.edit.toolTip() and "15 Juli 2019" in field.edit.toolTip()
    assert field.edit.text() == "kemarin"  # what was typed stays, to be corrected
    typed(field, "16/7/2019")
    assert field.edit.property("invalid") is False and field.edit.toolTip() == ""

    days_only = DateField("id", allow_month=False)
    qtbot.addWidget(days_only)
    days_only.show()
    assert days_only.edit.placeholderText() == "mis. 15 Juli 2019"
    typed(days_only, "Juli 2019")
    assert days_only.value() is None
    assert "perlu tanggalnya juga" in days_only.error and "1 Juli 2019" in days_only.error


def test_calendar_popup_picks_a_day_or_only_the_month(qtbot, language: str, tmp_path) -> None:
    field = DateField("id")
    qtbot.addWidget(field)
    field.show()
    field.set_value(Month(2017, 4))
    QTest.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup.isVisible()
    calendar = popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2017, 4)  # opens on the value
    assert calendar.locale().language() == QLocale.Language.Indonesian
    assert popup.month_button.text() == "Bulannya saja"
    calendar.setSelectedDate(QDate(2017, 4, 21))
    calendar.clicked.emit(QDate(2017, 4, 21))
    assert not popup.isVisible()
    assert (field.value(), field.edit.text()) == (dt.date(2017, 4, 21), "21 April 2017")

    QTest.mouseClick(field.button, Qt.MouseButton.LeftButton)
    assert popup.isVisible()
    calendar.setCurrentPage(2019, 7)
    QTest.mouseClick(popup.month_button, Qt.MouseButton.LeftButton)
    assert (field.value(), field.edit.text()) == (Month(2019, 7), "Juli 2019")


def test_building_a_date_field_opens_no_window(qtbot, language: str) -> None:
    """A date field built while the app runs (the profile form on its first showing) shows
    nothing of its own: its popup's month button once flashed up as a window of its own and
    took the keyboard from the window the user works in."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    host = QLineEdit()
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    host.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is host)
    before = set(QApplication.topLevelWidgets())
    field = DateField("id", allow_month=True)
    qtbot.addWidget(field)
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert shown == []
    assert QApplication.focusWidget() is host
    assert field.popup.month_button.parent() is field.popup  # shown with the popup
    assert not field.popup.month_button.isHidden()


def test_profile_dates_keep_months_and_undo(qtbot, window: MainWindow, tmp_path: Path) -> None:
    context = window.context
    services = context.services
    workshop = services.workshops.create("Labinov Makassar 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari")
    form = ProfileForm(context, project.id)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    trial = form.findChild(DateField, "profile_trial_date")
    assert trial is not None
    typed(trial, "April 2017")
    assert services.projects.get(project.id).profile["trial_date"] == "2017-04"
    rollout = form.findChild(DateField, "profile_rollout_date")
    typed(rollout, "2/1/2018")
    assert services.projects.get(project.id).profile["rollout_date"] == "2018-01-02"
    again = ProfileForm(context, project.id)
    qtbot.addWidget(again)
    shown = again.findChild(DateField, "profile_trial_date").edit.text()
    assert shown == "April 2017"
    assert again.findChild(DateField, "profile_rollout_date").edit.text() == "2 Januari 2018"
    context.stack_for(project.id).undo()
    assert "rollout_date" not in services.projects.get(project.id).profile
    assert rollout.edit.text() == ""
    if os.environ.get("LABINOV_SHOTS"):
        folder = Path(os.environ["LABINOV_SHOTS"])
        form.ensureWidgetVisible(trial)
        QTest.mouseClick(trial.button, Qt.MouseButton.LeftButton)
        form.grab().save(str(folder / "profile_form_id.png"))
        trial.popup.grab().save(str(folder / "profile_calendar_id.png"))
        trial.popup.hide()


def test_workshop_dialog_takes_indonesian_dates(qtbot, window: MainWindow) -> None:
    dialog = WorkshopDialog(window, {"name": "Labinov 2019", "start_date": dt.date(2019, 7, 15)})
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.edit.text() == "15 Juli 2019" and dialog.end.edit.text() == ""
    dialog.end.edit.setText("17 juli")  # no year: not a date
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.end.error  # refused, the dialog stays open
    dialog.end.edit.setText("17/7/2019")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    values = dialog.values()
    assert values["start_date"] == dt.date(2019, 7, 15)
    assert values["end_date"] == dt.date(2019, 7, 17)


def test_the_end_dates_calendar_opens_at_the_start(qtbot, window: MainWindow) -> None:
    """Picking a workshop of next month by mouse: the end date's calendar opened on today's
    month, one page before the start just picked."""
    dialog = WorkshopDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    typed(dialog.start, "3/12/2031")
    QTest.mouseClick(dialog.end.button, Qt.MouseButton.LeftButton)
    calendar = dialog.end.popup.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2031, 12)
    calendar.clicked.emit(QDate(2031, 12, 5))
    assert dialog.end.value() == dt.date(2031, 12, 5)
    dialog.end.popup.hide()
    typed(dialog.start, "7/1/2032")  # a later start moves where the empty calendar opens
    typed(dialog.end, "")
    QTest.mouseClick(dialog.end.button, Qt.MouseButton.LeftButton)
    assert (calendar.yearShown(), calendar.monthShown()) == (2032, 1)
    dialog.end.popup.hide()
    dialog.done(0)


def test_long_choices_of_the_profile_wrap_in_a_narrow_window(qtbot, window: MainWindow) -> None:
    """At 1024×600 "Ketenteraman, ketertiban umum dan pelindungan masyarakat" ran out of
    the related affairs' box behind a sideways scroll bar."""
    from PySide6.QtWidgets import QApplication, QListWidget

    services = window.context.services
    workshop = services.workshops.create("Labinov Beken 2026")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "AKTA KILAT")
    form = ProfileForm(window.context, project.id)
    qtbot.addWidget(form)
    form.resize(700, 600)
    form.show()
    QApplication.processEvents()
    listing = next(w for w in form.findChildren(QListWidget) if w.isVisible())
    assert listing.horizontalScrollBar().maximum() == 0
    rows = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    assert all(rect.right() <= listing.viewport().width() for rect in rows)
    longest = max(range(listing.count()), key=lambda i: len(listing.item(i).text()))
    assert rows[longest].height() > min(rect.height() for rect in rows)  # two lines
