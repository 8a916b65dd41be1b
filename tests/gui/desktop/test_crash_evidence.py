"""Crash evidence: a hard crash leaves ``logs/crash.log`` that the next start offers to
copy; Qt's warnings reach the log under ``run_gui`` (and stay pytest-qt's elsewhere);
worker threads' and unraisable errors are logged."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from labinov.app import build_context, build_main_window
from labinov.gui import crash
from labinov.gui.crash_report import CURRENT, FaultLog

ROOT = Path(__file__).resolve().parents[3]

# Runs the real run_gui; after its first-paint work, either crashes hard (faulthandler's
# own test crash) or reports the dialogs shown and exits.
_SCRIPT = textwrap.dedent(
    """
    import faulthandler, json, os, sys
    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication
    import labinov.app

    mode, folder = sys.argv[1], sys.argv[2]
    first_paint = labinov.app._after_first_paint

    def report():
        dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        shown = {w.objectName(): w for w in dialogs}
        box = shown.get("crashReportDialog")
        qWarning("a Qt warning under run_gui")
        print(json.dumps({
            "offered": box is not None,
            "details": box.details.toPlainText() if box else "",
            "modal": bool(box and box.isModal()),
        }), flush=True)
        QApplication.exit(0)

    def then_wrapped(window, then):
        def after():
            then()
            if mode == "crash":
                QTimer.singleShot(0, faulthandler._sigsegv)
            else:
                QTimer.singleShot(0, report)
        first_paint(window, after)

    labinov.app._after_first_paint = then_wrapped
    sys.exit(labinov.app.run_gui(folder, language="en"))
    """
)


def _start(mode: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_a_hard_crash_is_offered_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    crashed = _start("crash", folder)
    assert crashed.returncode != 0
    crash_log = folder / "logs" / CURRENT
    text = crash_log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "Current thread" in text or "Thread 0x" in text  # the stacks of the threads

    again = _start("report", folder)
    assert again.returncode == 0, again.stderr
    state = json.loads(again.stdout.strip().splitlines()[-1])
    assert state["offered"] is True
    assert "Fatal Python error: Segmentation fault" in state["details"]
    kept = list((folder / "logs").glob("crash-*.log"))
    assert len(kept) == 1  # kept for support under its own name
    assert not crash_log.exists()  # the clean second run left no crash of its own
    log = (folder / "logs" / "labinov.log").read_text(encoding="utf-8")
    assert "WARNING labinov.qt: a Qt warning under run_gui" in log

    third = _start("report", folder)
    assert json.loads(third.stdout.strip().splitlines()[-1])["offered"] is False


@pytest.mark.qt_log_level_fail("CRITICAL")  # the warning below is this test's own
def test_build_context_leaves_qt_messages_to_pytest_qt(qtlog, store, paths) -> None:
    build_main_window(build_context(store, paths, "en")).deleteLater()
    qWarning("still captured by pytest-qt")
    assert any("still captured" in record.message for record in qtlog.records)


def test_thread_and_unraisable_errors_are_logged(paths, caplog) -> None:
    before = (sys.excepthook, threading.excepthook, sys.unraisablehook)
    uninstall = crash.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0, name="bundle-reader")
        worker.start()
        worker.join()

        class Noisy:
            def __del__(self) -> None:
                raise ValueError("in __del__")

        Noisy()
    finally:
        uninstall()
    assert (sys.excepthook, threading.excepthook, sys.unraisablehook) == before
    messages = "\n".join(record.getMessage() for record in caplog.records)
    assert "unhandled exception in thread bundle-reader" in messages
    assert "ZeroDivisionError" in messages
    assert "ValueError: in __del__" in messages


def test_a_clean_run_leaves_no_crash_log(paths) -> None:
    fault_log = FaultLog(paths)
    assert fault_log.start() is None
    fault_log.stop()
    assert not (paths.log_dir / CURRENT).exists()
