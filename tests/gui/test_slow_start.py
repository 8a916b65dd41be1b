"""What a slow start looks like (a large data folder, a slow disk): the window shows
before the store is open (``app.py``); until it is, the page says it is opening the data
folder. A greyed welcome page, or an empty grey page beside the navigator, read as a
broken program for the seconds it took."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from labinov.app import attach_store, build_context, build_main_window
from labinov.store.migrate import quick_head
from labinov.store.overview import quick_overview

OPENING = "Membuka folder data…"


def _early_window(qtbot, store, paths, language):  # type: ignore[no-untyped-def]
    """The window as the fast start shows it: the navigator from the quick read, no
    services yet."""
    context = build_context(None, paths, language)
    overview = quick_overview(paths.database, quick_head())
    window = build_main_window(context, overview=overview)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    return window


def test_the_welcome_says_it_is_opening_not_greyed(qtbot, store, paths, language) -> None:
    window = _early_window(qtbot, store, paths, language)  # a data folder with no workshop
    welcome = window.welcome
    assert window.pages.currentWidget() is welcome
    assert welcome.isEnabled()  # its title and text read as usual, not greyed
    assert welcome.loading.isVisible() and welcome.busy.isVisible()
    assert welcome.loading.text().startswith(OPENING)
    assert not welcome.new_button.isEnabled() and not welcome.sample_button.isEnabled()
    assert window.save_status.text() == OPENING
    attach_store(window.context, store)
    window.services_ready()
    QApplication.processEvents()
    assert not welcome.loading.isVisible() and not welcome.busy.isVisible()
    assert welcome.new_button.isEnabled() and welcome.sample_button.isEnabled()
    assert window.save_status.text() == "Semua perubahan tersimpan otomatis."


def test_a_listed_cohort_shows_opening_beside_the_navigator(
    qtbot, services, store, paths, language
) -> None:
    services.samples.create()
    window = _early_window(qtbot, store, paths, language)
    assert window.model.rowCount() == 1  # listed from the quick read
    page = window.pages.currentWidget()
    assert isinstance(page, QLabel) and page.isVisible()  # not an empty grey page
    assert OPENING in page.text() and page.width() > 400
    assert window.save_status.text() == OPENING
    attach_store(window.context, store)
    window.services_ready()
    QApplication.processEvents()
    assert window.findChild(QLabel, "loadingPage") is None or not page.isVisible()
    assert window.pages.currentWidget() is not page
    assert window.save_status.text() == "Semua perubahan tersimpan otomatis."
