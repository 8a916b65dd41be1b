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


def test_after_a_quick_start_a_sheet_that_does_not_apply_stays_hidden(
    qtbot, tmp_path, language
) -> None:
    """The reuse sheet (only for a replication) showed as a tab after a quick start, the
    worksheets being built after the page's reload, then vanished at the first edit."""
    from labinov.cli import main
    from labinov.gui import boot
    from labinov.gui.worksheets.panel import WorksheetPanel
    from labinov.paths import user_paths
    from labinov.store.db import open_store

    folder = tmp_path / "data"
    assert main(["sample", "--data-dir", str(folder), "--lang", "id"]) == 0
    paths = user_paths(folder)
    context = build_context(None, paths, language)
    window = build_main_window(context, overview=quick_overview(paths.database, quick_head()))
    qtbot.addWidget(window)
    window.show()
    project = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first: at Delivery
    assert boot.start(context, window, quick_head(), project)
    attach_store(context, open_store(paths))
    boot.hand_over(context)
    window.services_ready()
    stage_page = window.project_page.stages.currentWidget()
    qtbot.waitUntil(lambda: not stage_page.loading(), timeout=10_000)
    tabs = stage_page.tabs
    sheets = [i for i in range(tabs.count()) if isinstance(tabs.widget(i), WorksheetPanel)]
    reuse = [i for i in sheets if not tabs.widget(i).applies()]
    assert reuse, "the sample's first innovation is no replication"
    assert not any(tabs.isTabVisible(i) for i in reuse)
    assert all(tabs.isTabVisible(i) for i in sheets if i not in reuse)
    context.services.store.dispose()
