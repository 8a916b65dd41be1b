"""A data folder that cannot be written opens read-only: the CLI lists, exports and backs
up elsewhere; the GUI opens with the "Hanya baca" banner and its edit actions off; an older
database is read through a migrated temporary copy.

Root ignores file permissions, so these run Labinov as an unprivileged user (``nobody``, or
one created for the tests) through ``setpriv`` with only the capability to *read* any file
(``CAP_DAC_READ_SEARCH``: the interpreter may live under root's home); writing needs the
permissions. A read-only bind mount is tried too where mounting is allowed.
"""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from labinov.cli import main
from labinov.paths import user_paths
from labinov.store.db import open_store
from labinov.store.migrate import quick_head

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # the sample's first project
TEST_USER = "labinov-test"


def _unprivileged_user() -> pwd.struct_passwd | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    for name in ("nobody", TEST_USER):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    if shutil.which("useradd") is None:
        return None
    created = subprocess.run(["useradd", "--system", "--no-create-home", TEST_USER])
    return pwd.getpwnam(TEST_USER) if created.returncode == 0 else None


USER = _unprivileged_user()
needs_user = pytest.mark.skipif(USER is None, reason="needs root, setpriv and a user to become")


def _as_user(args: list[str], home: Path, **kwargs) -> subprocess.CompletedProcess[str]:
    """Run ``args`` as the unprivileged user, able to read anything and write only what that
    user may (``home``, owned by it)."""
    from PySide6.QtCore import QLibraryInfo

    assert USER is not None
    runtime = home / "runtime"
    runtime.mkdir(exist_ok=True, mode=0o700)
    os.chown(runtime, USER.pw_uid, USER.pw_gid)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("XDG_")},
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        # Qt does not find its plugins by itself under another user (it does when told)
        "QT_PLUGIN_PATH": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
    }
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={USER.pw_uid}",
            f"--regid={USER.pw_gid}",
            "--clear-groups",
            "--inh-caps=+dac_read_search",
            "--ambient-caps=+dac_read_search",
            *args,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        **kwargs,
    )


def _labinov(home: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return _as_user([sys.executable, "-m", "labinov", *map(str, args)], home)


def _digest(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A folder the unprivileged user owns: where it may write ("elsewhere")."""
    folder = tmp_path / "home"
    folder.mkdir()
    if USER is not None:
        os.chown(folder, USER.pw_uid, USER.pw_gid)
    for parent in (tmp_path, *tmp_path.parents):  # let it reach its folder
        if parent == Path("/"):
            break
        if parent.stat().st_uid == 0:
            os.chmod(parent, parent.stat().st_mode | 0o011)
    return folder


@pytest.fixture
def locked_sample(tmp_path: Path) -> Path:
    """The sample in a folder owned by root that others may read, not write."""
    folder = tmp_path / "locked"
    assert main(["sample", "--data-dir", str(folder), "--lang", "en"]) == 0
    for path in folder.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    os.chmod(folder, 0o755)
    return folder


def _reads_and_exports(home: Path, folder: Path) -> None:
    listing = _labinov(home, "list", "--json", "--data-dir", str(folder))
    assert listing.returncode == 0, listing.stderr
    assert PROJECT in listing.stdout
    pdf = home / "p.pdf"
    exported = _labinov(home, "export", "pdf", PROJECT, "-o", str(pdf), "--data-dir", str(folder))
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    backup = home / "b.sqlite"
    backed = _labinov(home, "backup", "-o", str(backup), "--data-dir", str(folder))
    assert backed.returncode == 0, backed.stderr
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT count(*) FROM project").fetchone()[0] >= 3
    copy.close()


@needs_user
def test_a_folder_the_user_cannot_write_is_read(home: Path, locked_sample: Path) -> None:
    before = _digest(locked_sample)
    probe = _as_user(["touch", str(locked_sample / "x")], home)
    assert probe.returncode != 0  # really cannot write there
    _reads_and_exports(home, locked_sample)
    refused = _labinov(home, "sample", "--data-dir", str(locked_sample), "--lang", "id")
    assert refused.returncode in (0, 1)  # "already exists" reads only; nothing written
    bundle = home / "x.labinov"
    exported = _labinov(
        home, "export", "bundle", PROJECT, "-o", str(bundle), "--data-dir", str(locked_sample)
    )
    assert exported.returncode == 0, exported.stderr
    imported = _labinov(home, "import", str(bundle), "--lang", "id", "--data-dir", locked_sample)
    assert imported.returncode == 1
    assert imported.stderr.count("\n") == 1 and "hanya-baca" in imported.stderr.lower()
    assert _digest(locked_sample) == before


@needs_user
def test_an_older_database_is_read_through_a_migrated_copy(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir(mode=0o755)
    shutil.copy(FIXTURES / "schema_0001.sqlite", folder / "labinov.sqlite")
    os.chmod(folder / "labinov.sqlite", 0o644)
    before = _digest(folder)
    script = (
        "import json, sys\n"
        "from labinov.paths import user_paths\n"
        "from labinov.store.db import open_store\n"
        "from labinov.store.migrate import current_revision\n"
        "store = open_store(user_paths(sys.argv[1]))\n"
        "found = {'read_only': store.read_only, 'copy': store.migrated_copy,\n"
        "    'revision': current_revision(store.engine)}\n"
        "folder = store._cleanup\n"
        "store.dispose()\n"
        "found['copy_removed'] = folder is not None and not folder.exists()\n"
        "print(json.dumps(found))\n"
    )
    result = _as_user([sys.executable, "-c", script, str(folder)], home)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found == {
        "read_only": True,
        "copy": True,
        "revision": quick_head(),
        "copy_removed": True,
    }
    listing = _labinov(home, "list", "--data-dir", str(folder))
    assert listing.returncode == 0, listing.stderr
    assert _digest(folder) == before  # the original stays at its old schema, untouched
    old = sqlite3.connect(f"file:{folder / 'labinov.sqlite'}?mode=ro", uri=True)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] != quick_head()
    old.close()


_GUI = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from labinov.app import run_gui
from labinov.gui.main_window import MainWindow
found = {}
def look():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].context.services is None or not windows[0].isVisible():
        QTimer.singleShot(50, look)
        return
    w = windows[0]
    banner = getattr(w, "read_only_banner", None)
    found.update(
        read_only=w.context.read_only,
        banner=banner.label.text() if banner is not None else "",
        banner_visible=bool(banner is not None and banner.isVisible()),
        new_workshop=w.action_map["newWorkshop"].isEnabled(),
        rename=w.action_map["rename"].isEnabled(),
        import_bundle=w.action_map["importBundle"].isEnabled(),
        welcome=w.welcome.new_button.isEnabled(),
    )
    w.close()
QTimer.singleShot(0, look)
code = run_gui(sys.argv[1], language="id", notify=lambda m: found.update(error=m))
print(json.dumps({"code": code, **found}))
"""


@needs_user
def test_the_gui_opens_read_only_with_the_banner(home: Path, locked_sample: Path) -> None:
    before = _digest(locked_sample)
    result = _as_user([sys.executable, "-c", _GUI, str(locked_sample)], home)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["code"] == 0 and "error" not in found, found
    assert found["read_only"] and found["banner_visible"], found
    assert found["banner"].startswith("<b>Hanya baca</b>")
    assert not (found["new_workshop"] or found["rename"] or found["welcome"])
    assert not found["import_bundle"]
    assert _digest(locked_sample) == before


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """The sample on a read-only bind mount (skipped where mounting is not allowed)."""
    source = tmp_path / "source"
    assert main(["sample", "--data-dir", str(source), "--lang", "en"]) == 0
    target = tmp_path / "mounted"
    target.mkdir()
    bind = subprocess.run(["mount", "--bind", str(source), str(target)], capture_output=True)
    if bind.returncode != 0:
        pytest.skip("mounting is not allowed here")
    try:
        remount = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(target)], capture_output=True
        )
        if remount.returncode != 0:
            pytest.skip("a read-only remount is not allowed here")
        yield target
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_a_read_only_mount_is_read_even_by_root(
    read_only_mount: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(read_only_mount)
    assert not os.access(read_only_mount, os.W_OK)
    folder = str(read_only_mount)
    assert main(["list", "--data-dir", folder]) == 0
    assert PROJECT in capsys.readouterr().out
    pdf, backup = tmp_path / "p.pdf", tmp_path / "b.sqlite"
    assert main(["export", "pdf", PROJECT, "-o", str(pdf), "--data-dir", folder]) == 0
    assert main(["backup", "-o", str(backup), "--data-dir", folder]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and backup.stat().st_size > 0
    store = open_store(user_paths(read_only_mount))
    assert store.read_only and not store.migrated_copy
    store.dispose()
    bundle = tmp_path / "p.labinov"
    assert main(["export", "bundle", PROJECT, "-o", str(bundle), "--data-dir", folder]) == 0
    assert main(["import", str(bundle), "--data-dir", folder, "--lang", "en"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert _digest(read_only_mount) == before
