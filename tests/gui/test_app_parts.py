"""The navigator model, language, single instance, crash dialog and self-test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from labinov.app import build_context, build_main_window
from labinov.gui import crash
from labinov.gui.models.navigator import NavigatorModel
from labinov.gui.single_instance import SingleInstance
from labinov.gui.translations import install
from tests.gui.conftest import find_box


def test_navigator_model_passes_qt_model_tester(qtmodeltester, services) -> None:
    services.samples.create()
    model = NavigatorModel("id")
    model.reload(services.projects.overview())
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_english_when_switched(qtbot, qapp, store, paths) -> None:
    translators = install(qapp, "en")
    try:
        context = build_context(store, paths, "en")
        window = build_main_window(context)
        qtbot.addWidget(window)
        assert window.menu("file").title() == "&File"
        assert window.welcome.sample_button.text() == "Open the &sample workshop"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_indonesian_by_default(qtbot, window) -> None:
    assert window.menu("file").title() == "&Berkas"
    assert window.welcome.sample_button.text() == "Buka lokakarya &contoh"


def test_second_instance_on_the_same_folder_raises_the_first(qtbot, paths) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    first = SingleInstance(paths)
    assert first.acquire()
    first.listen()
    second = SingleInstance(paths)
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert not second.acquire()
    finally:
        first.release()
    third = SingleInstance(paths)
    assert third.acquire()  # released: the folder is free again
    third.release()


def test_unhandled_error_is_logged_and_shown_and_the_app_keeps_running(qtbot, window, paths):
    crash.setup_logging(paths)
    try:
        raise RuntimeError("kapal oleng <b>")
    except RuntimeError as error:
        crash.handle_exception(type(error), error, error.__traceback__)
    dialog = find_box("crashDialog")
    assert dialog is not None
    assert "kapal oleng <b>" in dialog.details.toPlainText()
    dialog.findChild(QPushButton, "copyDetails").click()
    assert "RuntimeError: kapal oleng <b>" in QApplication.clipboard().text()
    log = (paths.log_dir / "labinov.log").read_text(encoding="utf-8")
    assert "RuntimeError: kapal oleng <b>" in log
    assert window.isVisible()
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


@pytest.mark.slow
def test_self_test_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "labinov", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "self-test: ok" in result.stdout


def test_no_lock_file_possible_starts_unguarded_rather_than_not(qtbot, paths, caplog) -> None:
    """A runtime folder where no lock file can be made must not look like "already open"."""
    from labinov.instance_lock import InstanceLock

    instance = SingleInstance(paths)
    instance._lock = InstanceLock(paths.data_dir / "missing" / "x.lock")
    assert instance.acquire()
    assert "no lock" in caplog.text
    instance.release()
