"""The exchange subcommands end to end through ``labinov.cli.main``."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from labinov.cli import main

SAMPLE = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b00001"
ROOT = Path(__file__).resolve().parents[2]  # the checkout: ``-m labinov`` runs its code


def test_export_import_table_directory_backup_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert main(["sample", "--data-dir", a]) == 0
    bundle = tmp_path / "w.labinov"
    assert main(["export", "bundle", "--workshop", SAMPLE, "-o", str(bundle), "--data-dir", a]) == 0
    assert main(["import", str(bundle), "--dry-run", "--data-dir", b, "--lang", "en"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert main(["import", str(bundle), "--data-dir", b, "--lang", "en"]) == 0
    assert "3 new" in capsys.readouterr().out
    assert main(["import", str(bundle), "--data-dir", b, "--lang", "en"]) == 0
    assert "3 same" in capsys.readouterr().out
    table = tmp_path / "t.csv"
    assert main(["export", "table", "--workshop", SAMPLE, "-o", str(table), "--data-dir", b]) == 0
    with table.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 4
    pdf = tmp_path / "d.pdf"
    assert main(["export", "directory", "--workshop", SAMPLE, "-o", str(pdf), "--data-dir", b]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    saved = tmp_path / "saved.sqlite"
    assert main(["backup", "-o", str(saved), "--data-dir", b]) == 0
    assert main(["restore", str(saved), "--yes", "--data-dir", a]) == 0


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.labinov"
    bad.write_text("nope")
    assert main(["import", str(bad), "--data-dir", str(tmp_path / "d"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("labinov: ") and "not a Labinov bundle" in err and err.count("\n") == 1
    code = main(
        [
            "export",
            "bundle",
            "--workshop",
            "nope",
            "-o",
            str(tmp_path / "x"),
            "--data-dir",
            str(tmp_path / "d"),
            "--lang",
            "en",
        ]
    )
    assert code == 1 and "no workshop" in capsys.readouterr().err
    with pytest.raises(SystemExit) as caught:
        main(["export", "bundle", "-o", str(tmp_path / "x")])
    assert caught.value.code == 2


def test_import_names_conflicts_outside_projects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from labinov.paths import user_paths
    from labinov.services import Services
    from labinov.store.db import open_store

    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["sample", "--data-dir", str(a)]) == 0
    bundle = tmp_path / "w.labinov"
    assert (
        main(["export", "bundle", "--workshop", SAMPLE, "-o", str(bundle), "--data-dir", str(a)])
        == 0
    )
    assert main(["import", str(bundle), "--data-dir", str(b)]) == 0
    for folder, name in ((a, "Tim A"), (b, "Tim B")):
        store = open_store(user_paths(folder))
        services = Services(store)
        services.teams.update(services.teams.list(SAMPLE)[0].id, name=name)
        store.dispose()
    assert (
        main(["export", "bundle", "--workshop", SAMPLE, "-o", str(bundle), "--data-dir", str(a)])
        == 0
    )
    capsys.readouterr()
    assert main(["import", str(bundle), "--data-dir", str(b)]) == 0  # Indonesian by default
    out = capsys.readouterr().out
    assert 'Diubah di kedua sisi: tim "Tim A" — versi di sini tetap, versi mereka disimpan' in out
    assert "sebagai versi bertentangan untuk dibuka" in out
    assert "1 konflik dicatat" in out


def test_import_names_deletions_by_project_and_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note deleted on laptop B: the dry run says which note of which project will be
    deleted, never its id; the import deletes it."""
    from labinov.paths import user_paths
    from labinov.services import Services
    from labinov.store.db import open_store
    from labinov.sync.names import label

    a, b = tmp_path / "a", tmp_path / "b"
    bundle = tmp_path / "b.labinov"
    assert main(["sample", "--data-dir", str(a)]) == 0
    assert (
        main(["export", "bundle", "--workshop", SAMPLE, "-o", str(bundle), "--data-dir", str(a)])
        == 0
    )
    assert main(["import", str(bundle), "--data-dir", str(b)]) == 0
    store = open_store(user_paths(b))
    services = Services(store)
    project = services.projects.summaries(SAMPLE)[0]
    canvas = services.canvases.list(project.id, "diagnose")[0]
    note = next(i for i in services.canvases.load(canvas.id)[0] if i["text"])
    services.canvases.delete_items([note["id"]])
    store.dispose()
    bundle = tmp_path / "b.labinov"
    assert (
        main(["export", "bundle", "--workshop", SAMPLE, "-o", str(bundle), "--data-dir", str(b)])
        == 0
    )
    capsys.readouterr()
    assert main(["import", str(bundle), "--dry-run", "--data-dir", str(a), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    text = label(note)[:57]
    assert f'Deleted there, unchanged here: note "{text}' in out
    assert f'of "{project.title[:60]}" — deleted.' in out and note["id"] not in out
    assert "Deletions: 1 deleted here, 0 stay deleted, 0 deleted on one side" in out
    assert main(["import", str(bundle), "--data-dir", str(a), "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "Dihapus di sana, tidak diubah di sini: catatan" in out and "1 dihapus" in out


def test_restore_without_yes_asks_and_no_cancels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    a = str(tmp_path / "a")
    assert main(["sample", "--data-dir", a]) == 0
    saved = tmp_path / "saved.sqlite"
    assert main(["backup", "-o", str(saved), "--data-dir", a]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["restore", str(saved), "--data-dir", a]) == 1
    out = capsys.readouterr().out
    assert "Ganti SELURUH data" in out and "dibatalkan" in out.lower()
    monkeypatch.setattr("sys.stdin", io.StringIO("ya\n"))
    assert main(["restore", str(saved), "--data-dir", a]) == 0
    assert "Cadangan dipulihkan. Data sebelumnya disimpan di" in capsys.readouterr().out


def test_writing_into_a_missing_folder_says_so_in_indonesian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = str(tmp_path / "a")
    assert main(["sample", "--data-dir", a]) == 0
    capsys.readouterr()
    missing = tmp_path / "missing"
    for command in (
        ["export", "bundle", "--workshop", SAMPLE, "-o", str(missing / "w.labinov")],
        ["export", "table", "--workshop", SAMPLE, "-o", str(missing / "t.xlsx")],
        ["export", "directory", "--workshop", SAMPLE, "-o", str(missing / "d.pdf")],
    ):
        assert main([*command, "--data-dir", a]) == 1
        err = capsys.readouterr().err
        assert err.startswith("labinov: Tidak dapat menulis") and "foldernya tidak ada" in err
    assert not missing.exists()


def test_restoring_another_programs_database_is_refused(tmp_path: Path) -> None:
    """A real ``labinov restore`` run: the file has a Labinov revision but not its tables;
    it says so in Indonesian, exits 1, and the data is as it was (no safety backup)."""
    import os
    import sqlite3
    import subprocess
    import sys

    data = tmp_path / "data"
    assert main(["sample", "--data-dir", str(data)]) == 0
    other = tmp_path / "lain.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('0010_exchange_rev')")
    connection.commit()
    connection.close()
    env = {**os.environ, "LANG": "id_ID.UTF-8"}
    run = [sys.executable, "-m", "labinov", "--data-dir", str(data)]
    done = subprocess.run(
        [*run, "restore", str(other), "--yes"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 1
    assert "tidak dapat dipulihkan: berkas itu bukan basis data Labinov" in done.stderr
    assert done.stderr.count("\n") == 1
    listed = subprocess.run([*run, "list"], capture_output=True, text=True, env=env, cwd=ROOT)
    assert listed.returncode == 0 and "Makassar 2019" in listed.stdout
    assert not (data / "backups").exists() or not list((data / "backups").iterdir())
