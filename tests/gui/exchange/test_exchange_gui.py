"""Exchange in the main window: import preview and import, conflict copies, replication,
dashboard (model tester, sort, filter, exports), backup and restore."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.gui.exchange.dashboard import ConsolidationModel, DashboardDialog
from labinov.gui.exchange.import_dialog import ImportDialog
from labinov.gui.main_window import MainWindow
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store
from labinov.sync.names import label

SHOTS = Path("/tmp/shots/exchange")


def _bundle(tmp_path: Path) -> tuple[Path, str]:
    """The sample workshop exported from another laptop."""
    store = open_store(user_paths(tmp_path / "giver"))
    workshop, _ = Services(store).samples.create()
    path = tmp_path / "w.labinov"
    export_bundle(store, "workshop", workshop.id, path)
    store.dispose()
    return path, workshop.id


def test_welcome_import_shows_the_preview_then_imports(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path, workshop_id = _bundle(tmp_path)
    assert window.welcome.import_button.isEnabled()
    dialog = window.exchange_actions.import_bundle(path)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.table.rowCount() == 3
    assert "baru" in dialog.table.item(0, 1).text() or "new" in dialog.table.item(0, 1).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_preview.png"))
    with qtbot.waitSignal(dialog.imported):
        dialog.ok_button.click()
    assert window.select(workshop_id)
    assert len(window.context.services.projects.summaries(workshop_id)) == 3


def test_a_broken_bundle_explains_itself_and_cannot_be_imported(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.labinov"
    bad.write_text("no zip")
    dialog = window.exchange_actions.import_bundle(bad)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert not dialog.ok_button.isEnabled()
    assert "bundel" in dialog.summary.text().lower() or "bundle" in dialog.summary.text().lower()


def test_a_large_import_shows_progress_and_keeps_the_window_responsive(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """Reading and importing run in a worker: the progress bar moves, the GUI thread keeps
    handling events (a 10 ms timer keeps ticking), the dialog cannot be closed meanwhile."""
    from PySide6.QtCore import QTimer

    from tests.exchange.bigdata import big_workshop

    store = open_store(user_paths(tmp_path / "giver"))
    workshop_id = big_workshop(Services(store), projects=10, items=400)
    path = tmp_path / "big.labinov"
    export_bundle(store, "workshop", workshop_id, path)
    store.dispose()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    steps: list[tuple[int, int]] = []
    dialog = window.exchange_actions.import_bundle(path)
    dialog.progress.valueChanged.connect(
        lambda value: steps.append((value, dialog.progress.maximum()))
    )
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.reject()  # ignored while working
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    assert not dialog.progress.isVisibleTo(dialog) and dialog.ok_button.isEnabled()
    assert len(steps) > 5 and steps[-1][0] == steps[-1][1]
    steps.clear()
    ticks.clear()
    dialog.ok_button.click()
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    timer.stop()
    assert dialog.result is not None and dialog.result.inserted > 4000
    done = [value for value, _ in steps if value >= 0]
    assert done == sorted(done) and len(done) > 5 and done[-1] == steps[-1][1]
    assert len(ticks) >= 3, "the GUI thread was blocked during the import"
    assert len(services.projects.summaries(workshop_id)) == 10


def _preview(qtbot, window: MainWindow, path: Path) -> tuple[ImportDialog, list[tuple[str, str]]]:
    """The import dialog of ``path`` once its preview is read, and its rows' two texts."""
    window.refresh()
    dialog = window.exchange_actions.import_bundle(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    rows = [
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    ]
    return dialog, rows


def test_conflicts_outside_projects_are_listed_in_the_preview(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    path, workshop_id = _bundle(tmp_path)
    import_bundle(services.store, path)
    other = open_store(user_paths(tmp_path / "giver"))
    giver = Services(other)
    team = giver.teams.list(workshop_id)[0]
    giver.teams.update(team.id, name="Nama tim di laptop lain")
    member = giver.members.list(team.id)[0]
    giver.members.update(member.id, name="Anggota <&> 🌱 di laptop lain")
    export_bundle(other, "workshop", workshop_id, path)
    other.dispose()
    services.teams.update(team.id, name="Nama tim di sini")
    services.members.update(member.id, name="Anggota di sini")
    dialog, rows = _preview(qtbot, window, path)
    beside = "diubah di kedua sisi: versi di sini tetap, versi mereka disimpan di sampingnya"
    version = (
        "diubah di kedua sisi: versi di sini tetap, "
        "versi mereka disimpan sebagai versi bertentangan untuk dibuka"
    )
    assert ("Tim: Nama tim di laptop lain", version) in rows
    assert ("Anggota tim: Anggota <&> 🌱 di laptop lain", beside) in rows
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_conflicts.png"))
    with qtbot.waitSignal(dialog.imported):
        dialog.ok_button.click()
    assert services.teams.get(team.id).name == "Nama tim di sini"
    assert dialog.result.conflicts == 2
    assert [table for table, _ in dialog.result.copies] == ["member"]


def test_the_preview_names_deletions_by_project_and_item(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """A note deleted on the other laptop and one deleted here: the preview names both
    with their project, says what happens, and the import carries the deletion out."""
    path, workshop_id = _bundle(tmp_path)
    import_bundle(services.store, path)
    other = open_store(user_paths(tmp_path / "giver"))
    giver = Services(other)
    project = giver.projects.summaries(workshop_id)[0]
    canvas = giver.canvases.list(project.id, "diagnose")[0]
    there, here = [i for i in giver.canvases.load(canvas.id)[0] if i["text"]][:2]
    giver.canvases.delete_items([there["id"]])
    export_bundle(other, "workshop", workshop_id, path)
    other.dispose()
    services.canvases.delete_items([here["id"]])
    dialog, rows = _preview(qtbot, window, path)
    first = label(there)
    assert (
        f"Catatan: {first} — di {project.title[:60]}",
        "dihapus di sana, tidak diubah di sini: akan dihapus",
    ) in rows
    first = label(here)
    assert (
        f"Catatan: {first} — di {project.title[:60]}",
        "dihapus di sini: tetap terhapus",
    ) in rows
    assert "Penghapusan: 1 dihapus di sini, 1 tetap terhapus" in dialog.summary.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "import_deletions.png"))
    with qtbot.waitSignal(dialog.imported):
        dialog.ok_button.click()
    texts = [i["text"] for i in services.canvases.load(canvas.id)[0]]
    assert there["text"] not in texts and here["text"] not in texts


def test_replication_adds_a_project_to_my_team(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    path, _ = _bundle(tmp_path)
    workshop = services.workshops.create("Labinov Maros")
    team = services.teams.create(workshop.id, "Dinas Kesehatan Maros")
    mine = services.projects.create(team.id, "Inovasi kami")
    window.refresh()
    assert window.select(mine.id)
    dialog = window.exchange_actions.replicate(path)
    qtbot.waitUntil(lambda: not dialog.busy)
    dialog.note.setPlainText("Pasien desa, bukan kota")
    dialog.table.selectRow(1)
    chosen_title = dialog.table.item(1, 0).text()
    dialog.grab().save(str(SHOTS / "replicate.png"))
    with qtbot.waitSignal(dialog.imported):
        dialog.ok_button.click()
    new = services.projects.get(dialog.result_ids[0])
    assert new.team_id == team.id and new.profile["adaptation_note"] == "Pasien desa, bukan kota"
    assert new.profile["source_agency"]
    assert new.profile["source_name"] == chosen_title == new.title


def test_dashboard_model_sort_filter_and_exports(
    qtbot, qtmodeltester, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    workshop, _ = services.samples.create()
    window.refresh()
    assert window.select(workshop.id)
    dialog = window.exchange_actions.dashboard()
    assert isinstance(dialog, DashboardDialog)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(ConsolidationModel(["a"], [], None))
    proxy = dialog.proxy
    assert proxy.rowCount() == 3
    dialog.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # stages done, as numbers
    done = [proxy.index(r, 6).data(Qt.ItemDataRole.EditRole) for r in range(3)]
    assert done == sorted(done, reverse=True)
    qtbot.keyClicks(dialog.filter, "antre sehat")
    assert proxy.rowCount() == 1
    assert "Design" in dialog.counts.text() or dialog.counts.text()
    dialog.filter.clear()
    dialog.grab().save(str(SHOTS / "dashboard.png"))
    dialog.export(".csv", str(tmp_path / "t.csv"))
    dialog.export(".xlsx", str(tmp_path / "t.xlsx"))
    dialog.export(".pdf", str(tmp_path / "d.pdf"))
    with (tmp_path / "t.csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 4
    assert load_workbook(tmp_path / "t.xlsx").active.max_row == 4
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


def test_backup_now_and_restore(window: MainWindow, services: Services, tmp_path: Path) -> None:
    workshop, _ = services.samples.create()
    saved = window.exchange_actions.backup_now(tmp_path / "saved.sqlite")
    assert saved is not None and saved.exists()
    project = services.projects.summaries(workshop.id)[0]
    services.projects.rename(project.id, "setelah cadangan")
    window.context.versions.record(("project", project.id), "an old version")
    safety = window.exchange_actions.restore(saved, confirm=False)
    assert safety is not None and safety.exists()
    restored = window.context.services
    assert restored.projects.get(project.id).title == project.title
    # the restored data has the gate and language of the old services; old versions go
    assert restored.stages.gate is not None
    assert restored.worksheets.language == window.context.language
    assert window.context.versions.get(("project", project.id)) is None
    restored.store.dispose()


def test_restore_shows_the_wait_cursor_while_it_works(
    window: MainWindow, services: Services, tmp_path: Path, monkeypatch
) -> None:
    """Checking and copying a backup blocks the window for a moment: the cursor says so,
    and is the normal one again afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from labinov.exchange import backup

    services.samples.create()
    saved = window.exchange_actions.backup_now(tmp_path / "saved.sqlite")
    seen = []
    for name in ("check_backup", "restore"):
        real = getattr(backup, name)

        def spy(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            cursor = QGuiApplication.overrideCursor()
            seen.append(cursor.shape() if cursor is not None else None)
            return _real(*args, **kwargs)

        monkeypatch.setattr(backup, name, spy)
    assert window.exchange_actions.restore(saved, confirm=False) is not None
    assert seen == [Qt.CursorShape.WaitCursor] * 2
    assert QGuiApplication.overrideCursor() is None
    window.context.services.store.dispose()


def test_start_takes_the_daily_backup(qtbot, window: MainWindow) -> None:
    from labinov.exchange import backup
    from labinov.gui.exchange.actions import auto_backup

    paths = window.context.paths
    qtbot.waitUntil(lambda: len(backup.backups(paths)) == 1, timeout=6000)  # AFTER_SHOW_MS
    assert auto_backup(window) is None  # at most daily
    assert len(backup.backups(paths)) == 1


def test_restore_asks_first_and_no_changes_nothing(
    qtbot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from labinov.exchange import backup

    workshop, _ = services.samples.create()
    saved = window.exchange_actions.backup_now(tmp_path / "saved.sqlite")
    project = services.projects.summaries(workshop.id)[0]
    services.projects.rename(project.id, "setelah cadangan")
    asked: list[str] = []
    kept = backup.backups(window.context.paths)

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    assert window.exchange_actions.restore(saved) is None
    assert asked and "saved.sqlite" in asked[0] and "dicadangkan" in asked[0]
    assert window.context.services.projects.get(project.id).title == "setelah cadangan"
    assert backup.backups(window.context.paths) == kept  # not even a safety backup

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    safety = window.exchange_actions.restore(saved)
    assert safety is not None and safety.exists() and len(asked) == 2
    restored = window.context.services
    assert restored.projects.get(project.id).title == project.title
    restored.store.dispose()


def test_export_of_a_team_carries_only_its_projects(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    workshop, _ = services.samples.create()
    window.refresh()
    project = services.projects.summaries(workshop.id)[0]
    assert window.select(project.id)
    action = window.action_map["exportTeamBundle"]
    assert action.isEnabled() and action.text().startswith("Ekspor")
    path = window.exchange_actions.export_team(tmp_path / "tim")
    assert path == tmp_path / "tim.labinov"
    other = open_store(user_paths(tmp_path / "other"))
    try:
        plan, _ = import_bundle(other, path)
        assert plan.bundle.manifest.scope.kind == "team"
        mine = {
            s.id for s in services.projects.summaries(workshop.id) if s.team_id == project.team_id
        }
        assert {p[0] for p in plan.projects} == mine and len(mine) < 3
    finally:
        other.dispose()
