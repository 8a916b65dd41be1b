"""Opening ``.labinov`` files: the request a second start sends over the single-instance
socket, and ``labinov FILE.labinov`` with an instance running (two real processes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from labinov.exchange.export import export_bundle
from labinov.gui.exchange.import_dialog import ImportDialog
from labinov.gui.file_opener import FileOpener
from labinov.gui.single_instance import (
    PROTOCOL_VERSION,
    SingleInstance,
    decode_request,
    encode_request,
)
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store

ROOT = Path(__file__).resolve().parents[3]


def _bundle(tmp_path: Path) -> Path:
    """The sample workshop exported from another laptop."""
    store = open_store(user_paths(tmp_path / "giver"))
    workshop, _ = Services(store).samples.create()
    path = tmp_path / "Kota Makassar.labinov"
    export_bundle(store, "workshop", workshop.id, path)
    store.dispose()
    return path


def test_the_request_is_versioned_json(tmp_path: Path) -> None:
    data = encode_request([tmp_path / "a.labinov"])
    assert data.endswith(b"\n")
    message = json.loads(data)
    assert message["protocol_version"] == PROTOCOL_VERSION
    assert message["files"] == [str((tmp_path / "a.labinov").resolve())]
    assert decode_request(data.strip()) == [(tmp_path / "a.labinov").resolve()]
    newer = json.dumps({"protocol_version": PROTOCOL_VERSION + 1, "files": ["/x"]}).encode()
    for ignored in (newer, b"raise", b"\xff\xfe", b"[]", b'{"protocol_version": 1, "files": 3}'):
        assert decode_request(ignored) is None


def test_a_second_start_hands_its_files_to_the_first(qtbot, paths, tmp_path: Path) -> None:
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    first = SingleInstance(paths)
    assert first.acquire()
    first.listen()
    wanted = tmp_path / "Tim B.labinov"
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=3000) as blocker:
            assert not SingleInstance(paths).acquire([wanted])
        assert blocker.args == [[wanted.resolve()]]
    finally:
        first.release()


def test_files_open_in_the_import_preview_after_the_store(
    qtbot, make_window, tmp_path: Path
) -> None:
    path = _bundle(tmp_path)
    window = make_window()
    opener = FileOpener(lambda: window, window, file_open_events=True)  # as on macOS
    QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(path)))
    (dialog,) = opener.dialogs  # the macOS Finder's "open with" path
    assert isinstance(dialog, ImportDialog)
    assert dialog.path == path
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.table.rowCount() == 3
    assert dialog.isVisible()


def _run_first(data: Path, output) -> subprocess.Popen[str]:  # type: ignore[no-untyped-def]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="en_US.UTF-8")
    return subprocess.Popen(
        [sys.executable, "-m", "labinov", "--data-dir", str(data), "--lang", "en"],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for(predicate, seconds: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def test_labinov_file_with_an_instance_running_opens_its_preview(tmp_path: Path) -> None:
    """Two processes on one data folder and a real socket: the second start with FILE
    exits at once, and the first comes forward with FILE's import preview."""
    path = _bundle(tmp_path)
    data = tmp_path / "data"
    with (tmp_path / "first.out").open("w") as output:
        first = _run_first(data, output)
        try:
            _second_start_opens_the_preview(first, data, path)
        finally:
            first.terminate()
            first.wait(30)


def _second_start_opens_the_preview(first, data: Path, path: Path) -> None:  # type: ignore[no-untyped-def]
    log = data / "logs" / "labinov.log"
    _wait_for(lambda: log.is_file() or first.poll() is not None, 90, "the first window")
    assert first.poll() is None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.run(
        [sys.executable, "-m", "labinov", "--data-dir", str(data), "--lang", "en", str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stderr
    shown = f"import preview of {path} shown: 3 rows"
    _wait_for(lambda: shown in log.read_text(encoding="utf-8"), 60, "the preview")
    assert f"asked to open {path}" in log.read_text(encoding="utf-8")
    assert first.poll() is None  # still running: the second did not take over
