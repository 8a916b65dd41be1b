"""The application icon: shipped in every size, set on the application by its start, so
the main window and every dialog carry it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from labinov.app import application
from labinov.gui.app_icon import SIZES, app_icon, document_icon
from labinov.paths import resource


@pytest.fixture
def started_app(qapp: QApplication) -> Iterator[QApplication]:
    before = qapp.windowIcon()
    yield application()  # what run_gui calls: the existing QApplication, set up
    qapp.setWindowIcon(before)


def test_every_size_is_shipped_with_its_sources() -> None:
    folder = resource("icons", "app")
    for name in ("labinov", "labinov-document"):
        assert (folder / f"{name}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
        for size in SIZES:
            assert (folder / f"{name}-{size}.png").stat().st_size > 200
        assert (folder / f"{name}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
        assert (folder / f"{name}.icns").read_bytes()[:4] == b"icns"
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(SIZES)
    assert not document_icon().isNull()


def test_main_window_and_dialogs_carry_the_icon(started_app, make_window) -> None:
    assert not started_app.windowIcon().isNull()
    window = make_window()
    dialog = QDialog(window)
    for widget in (window, dialog):
        icon = widget.windowIcon()
        assert not icon.isNull()
        # the application's icon, not some default: same pixels at 32 px
        assert icon.pixmap(32).toImage() == app_icon().pixmap(32).toImage()
    dialog.deleteLater()
