"""The CLI and the store under hostile conditions: a newer database, a closed pipe, a full
output device, stale temporary files, errors said in the user's words, durable writes."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from labinov import files
from labinov.cli import main
from labinov.errors import UserError
from labinov.i18n import translator
from labinov.paths import user_paths
from labinov.reasons import reason
from labinov.store.db import open_store
from labinov.store.migrate import NewerDatabaseError, quick_head

ROOT = Path(__file__).resolve().parents[2]


def _labinov(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "labinov", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["sample", "--data-dir", str(folder), "--lang", "en"]) == 0
    return folder


def _digest(folder: Path) -> str:
    """Of the database files (the GUI keeps its settings in the folder too)."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("labinov.sqlite*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _make_newer(folder: Path) -> None:
    connection = sqlite3.connect(folder / "labinov.sqlite")
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["sample"]])
def test_newer_database_is_one_message_and_nothing_changes(
    sample_dir: Path, command: list[str]
) -> None:
    _make_newer(sample_dir)
    before = _digest(sample_dir)
    result = _labinov(*command, "--data-dir", str(sample_dir), "--lang", "id")
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Labinov yang lebih baru" in lines[0]
    assert "f00dfeed9999" in lines[0] and str(quick_head()) in lines[0]
    assert _digest(sample_dir) == before


def test_newer_database_in_the_gui_is_one_dialog(qapp, sample_dir: Path, monkeypatch) -> None:
    import labinov.app

    installed = []
    real_install = labinov.app.install_translations

    def recording_install(app, language: str, qt_own: bool = True) -> list:
        translators = real_install(app, language, qt_own)
        installed.extend(translators)
        return translators

    monkeypatch.setattr(labinov.app, "install_translations", recording_install)
    _make_newer(sample_dir)
    before = _digest(sample_dir)
    messages: list[str] = []
    font = qapp.font()  # run_gui sets the app's font size: later tests expect the default
    try:
        code = labinov.app.run_gui(str(sample_dir), language="en", notify=messages.append)
    finally:
        qapp.setFont(font)
        for translator_ in installed:
            qapp.removeTranslator(translator_)
    assert code == 1
    assert len(messages) == 1 and "newer Labinov" in messages[0]
    assert "f00dfeed9999" in messages[0]
    assert _digest(sample_dir) == before


def test_newer_database_error_from_open_store(sample_dir: Path) -> None:
    _make_newer(sample_dir)
    with pytest.raises(NewerDatabaseError):
        open_store(user_paths(sample_dir))


def test_broken_pipe_is_silent_and_exit_0(sample_dir: Path) -> None:
    script = (
        f"{sys.executable} -m labinov list --json --data-dir '{sample_dir}' | true; "
        'echo "code=${PIPESTATUS[0]}"'
    )
    for _ in range(3):  # the reader may close before or during the write
        result = subprocess.run(
            ["bash", "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert result.stdout.strip() == "code=0"
        assert result.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("language", ["id", "en"])
def test_full_output_device_is_one_line(sample_dir: Path, language: str) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            (sys.executable, "-m", "labinov", "list", "--lang", language, "--data-dir", sample_dir),
            cwd=ROOT,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0] == (
        "labinov: Perintah gagal: disk penuh"
        if language == "id"
        else "labinov: The command failed: the disk is full"
    )


def test_stale_part_files_are_removed_at_the_next_start(sample_dir: Path) -> None:
    paths = user_paths(sample_dir)
    paths.backup_dir.mkdir(exist_ok=True)
    old = time.time() - files.STALE_AFTER_S - 60
    stale = [sample_dir / ".labinov-abc.sqlite.part", paths.backup_dir / ".labinov-x.part"]
    for path in stale:
        path.write_bytes(b"half a backup")
        os.utime(path, (old, old))
    live = paths.backup_dir / ".labinov-live.sqlite.part"  # another process writing now
    live.write_bytes(b"being written")
    mine = paths.backup_dir / "notes.part"  # not ours
    mine.write_bytes(b"x")
    os.utime(mine, (old, old))
    assert main(["list", "--data-dir", str(sample_dir)]) == 0
    assert not any(path.exists() for path in stale)
    assert live.exists() and mine.exists()


def test_a_killed_backup_leaves_no_part_after_the_next_start(sample_dir: Path) -> None:
    """A real backup killed mid-write, then a start an hour later."""
    target = sample_dir / "backups" / "b.sqlite"
    code = (
        "import os, sys, sqlite3\n"
        "from labinov import files\n"
        "def write(temp):\n"
        "    open(temp, 'wb').write(b'partial')\n"
        "    os._exit(9)\n"
        "files.write_atomically(__import__('pathlib').Path(sys.argv[1]), write)\n"
    )
    target.parent.mkdir(exist_ok=True)
    killed = subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, timeout=60)
    assert killed.returncode == 9
    parts = list(target.parent.glob(".labinov-*.part"))
    assert parts and not target.exists()
    files.remove_stale_parts([target.parent])  # too fresh: it might be a live write
    assert all(path.exists() for path in parts)
    later = time.time() + files.STALE_AFTER_S + 1
    assert files.remove_stale_parts([target.parent], now=later) == parts


def test_write_atomically_syncs_the_file_and_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    def replace(source, target) -> None:
        synced.append("replace")
        real_replace(source, target)

    real_replace = os.replace
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "out.txt"
    files.write_atomically(target, lambda temp: temp.write_text("saved"))
    assert target.read_text() == "saved"
    assert len(synced) == 3 and synced[1] == "replace"
    assert Path(synced[0]).name.startswith(".labinov-")  # the file, before the move
    assert synced[2] == str(tmp_path)  # then its folder


def _full_database_error(tmp_path: Path) -> sqlite3.Error:
    connection = sqlite3.connect(tmp_path / "full.sqlite")
    connection.execute("CREATE TABLE t (x)")
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count={pages}")
    try:
        with connection:
            connection.executemany("INSERT INTO t VALUES (?)", [("x" * 5000,)] * 50)
    except sqlite3.Error as error:
        return error
    finally:
        connection.close()
    raise AssertionError("the database did not fill")


def test_sqlite_and_os_errors_in_the_users_words(tmp_path: Path) -> None:
    indonesian = translator("id")
    full = UserError(files.CANNOT_WRITE, path="x", reason=reason(_full_database_error(tmp_path)))
    assert full.text(indonesian).endswith("disk penuh")
    denied = UserError(files.CANNOT_WRITE, path="x", reason=reason(PermissionError(13, "no")))
    assert "izin" in denied.text(indonesian)
    odd = reason(OSError(9999, "something else"))
    assert odd == "something else"  # unknown errors keep the system's text
