"""File ▸ Sync… with the real sync core against the test server: the preview, the run with
its progress, the window reloaded, nothing left the second time; a deletion and a conflict
named in the preview, the conflict copy badged on the board and resolved with undo; and
Cancel, which changes nothing on either side."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.engine import make_url

from labinov.gui import settings as prefs
from labinov.gui.main_window import MainWindow
from labinov.services import Services
from labinov.store.db import Store
from labinov.store.server_address import ServerAddress, save_password
from tests.gui.server.conftest import MemoryKeyring

pytest.importorskip("labinov.sync", reason="the sync core (branch sync) is not merged yet")

TIMEOUT = 60000


@pytest.fixture
def remote(server_db: str, memory_keyring: MemoryKeyring) -> Iterator[tuple[ServerAddress, str]]:
    """The test server's database, its password in the (memory) keyring."""
    parsed = make_url(server_db)
    address = ServerAddress(
        parsed.host or "", parsed.database or "", parsed.username or "", parsed.port or 5432
    )
    assert save_password(address, parsed.password or "")
    yield address, server_db


def _server_services(url: str) -> Services:
    from labinov.store.engines import open_server_engine, schema_guard

    return Services(Store(open_server_engine(url), guard=schema_guard(url)))


def _remembering(window: MainWindow, address: ServerAddress) -> None:
    prefs.SERVER_ADDRESS.set(window.context.settings, address.shown())


def _sync(qtbot, window: MainWindow) -> Any:
    """Open File ▸ Sync…, wait for the preview, sync, wait for the result."""
    dialog = window.server_actions.sync_server()
    qtbot.waitUntil(lambda: dialog.state in ("preview", "failed"), timeout=TIMEOUT)
    assert dialog.state == "preview", dialog.status.text()
    return dialog


def _notes(services: Services, project_id: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for stage in ("drum_up", "diagnose", "design", "delivery", "display"):
        for canvas in services.canvases.list(project_id, stage):
            items, _links = services.canvases.load(canvas.id)
            found.update({row["id"]: row for row in items if row.get("kind") == "note"})
    return found


def digest(store: Store) -> str:
    """Every data table's rows (without the local ``change_seq``), hashed."""
    import hashlib

    from sqlalchemy import select

    from labinov.store.models import ALL_TABLES

    hashed = hashlib.sha256()
    with store.engine.connect() as connection:
        for model in ALL_TABLES:
            table = model.__table__
            columns = [c for c in table.columns if c.name != "change_seq"]
            for row in connection.execute(select(*columns).order_by(table.c.id)):
                hashed.update(repr(tuple(row)).encode())
    return hashed.hexdigest()


def test_first_sync_sends_the_laptop_and_the_second_finds_nothing(
    make_window, qtbot, remote
) -> None:
    address, url = remote
    window = make_window()
    workshop_id = window.structure.open_sample()
    _remembering(window, address)
    dialog = _sync(qtbot, window)
    plan = dialog.plan
    assert sum(plan.pull.values()) == 0 and sum(plan.push.values()) > 0
    assert dialog.sync_button.isVisible() and dialog.sync_button.isEnabled()
    assert "Dari laptop ini ke server" in dialog.preview.summary.text()
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    dialog.sync_button.click()
    assert dialog.state == "syncing" and not dialog.sync_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.state in ("done", "failed"), timeout=TIMEOUT)
    assert dialog.state == "done", dialog.status.text()
    assert "baris diterima" in dialog.status.text() and dialog.cancel_button.text() == "Tutup"
    assert progress  # the bar moved
    assert "Sudah disinkronkan" in window.statusBar().currentMessage()
    dialog.cancel_button.click()
    server = _server_services(url)
    try:
        assert [w.id for w in server.workshops.list()] == [workshop_id]
    finally:
        server.store.dispose()

    again = _sync(qtbot, window)
    assert again.plan.empty() and not again.sync_button.isVisible()
    assert "Tidak ada yang perlu disinkronkan" in again.preview.summary.text()
    again.done(0)


def test_a_deletion_and_a_conflict_are_named_then_resolved_with_undo(
    make_window, qtbot, remote
) -> None:
    address, url = remote
    window = make_window()
    window.structure.open_sample()
    _remembering(window, address)
    first = _sync(qtbot, window)
    first.sync_button.click()
    qtbot.waitUntil(lambda: first.state == "done", timeout=TIMEOUT)
    first.done(0)

    local = window.context.services
    project = local.projects.summaries()[0]
    notes = _notes(local, project.id)
    edited, deleted = sorted(notes)[:2]
    server = _server_services(url)
    try:
        server.canvases.update_items({edited: {"text": "Versi kantor: antrean 3 jam"}})
        server.canvases.delete_items([deleted])
    finally:
        server.store.dispose()
    local.canvases.update_items({edited: {"text": "Versi laptop: antrean 2 jam"}})

    dialog = _sync(qtbot, window)
    lines = dialog.preview.lines()
    assert any(line.startswith("Diubah di kedua sisi") for line in lines), lines
    assert any(project.title in line and "antrean" in line for line in lines), lines
    assert any(line.startswith("Dihapus di server") for line in lines), lines
    assert any(notes[deleted]["text"][:20] in line for line in lines), lines
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=TIMEOUT)
    assert "1 bertentangan" in dialog.status.text()
    dialog.done(0)

    after = _notes(local, project.id)
    assert deleted not in after
    copies = [row for row in after.values() if row["id"] not in notes]
    assert len(copies) == 1  # the other version, a marked copy beside the note

    # the board badges the copy and says whose version it is
    from labinov.gui.canvas.board_widget import BoardWidget

    board = BoardWidget(window.context, copies[0]["canvas_id"])
    qtbot.addWidget(board)
    copy_item = board.view.board_scene.notes[copies[0]["id"]]
    assert copy_item.conflict_of == after[edited]["text"]
    assert "Salinan konflik dari “" in copy_item.tooltip_html()
    assert board.view.board_scene.notes[edited].conflict_of is None

    conflicts = window.conflict_actions.open_conflicts(project.id)
    assert conflicts.list.count() == 1
    assert "Versi kantor" in conflicts.theirs.toPlainText() + conflicts.ours.toPlainText()
    assert conflicts.choose(use_other=True)
    mine = _notes(local, project.id)
    assert copies[0]["id"] not in mine
    assert mine[edited]["text"] != after[edited]["text"]  # the other version's text now
    assert conflicts.versions == []  # resolved: the list says there is none left
    window.context.stack_for(project.id).undo()
    restored = _notes(local, project.id)
    assert restored[edited]["text"] == after[edited]["text"]
    assert copies[0]["id"] in restored and conflicts.list.count() == 1
    conflicts.done(0)


def test_cancel_changes_nothing_on_either_side(make_window, qtbot, remote) -> None:
    address, url = remote
    window = make_window()
    window.structure.open_sample()
    _remembering(window, address)
    server = _server_services(url)
    before = (digest(window.context.services.store), digest(server.store))
    dialog = _sync(qtbot, window)
    dialog.sync_button.click()
    dialog.cancel_button.click()  # before the core's first look at cancel()
    qtbot.waitUntil(lambda: dialog.state in ("cancelled", "done"), timeout=TIMEOUT)
    assert dialog.state == "cancelled"
    assert "dibatalkan" in dialog.status.text()
    assert (digest(window.context.services.store), digest(server.store)) == before
    server.store.dispose()
    dialog.done(0)


def test_a_title_changed_on_both_sides_is_ignored_or_taken_with_undo(
    make_window, qtbot, remote
) -> None:
    address, url = remote
    window = make_window()
    window.structure.open_sample()
    _remembering(window, address)
    first = _sync(qtbot, window)
    first.sync_button.click()
    qtbot.waitUntil(lambda: first.state == "done", timeout=TIMEOUT)
    first.done(0)
    local = window.context.services
    project = local.projects.summaries()[0]
    server = _server_services(url)
    try:
        server.projects.rename(project.id, "Versi kantor")
    finally:
        server.store.dispose()
    local.projects.rename(project.id, "Versi laptop")
    dialog = _sync(qtbot, window)
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.state == "done", timeout=TIMEOUT)
    dialog.done(0)
    assert local.projects.get(project.id).title == "Versi kantor"  # it reached the server first

    conflicts = window.conflict_actions.open_conflicts(project.id)
    assert [v.item for v in conflicts.versions] == ["Versi kantor"]
    assert conflicts.list.item(0).text() == "Inovasi: Versi kantor"
    assert conflicts.ours.toPlainText() == "Judul:\nVersi kantor"
    assert conflicts.theirs.toPlainText() == "Judul:\nVersi laptop"
    stack = window.context.stack_for(project.id)
    assert conflicts.choose(use_other=False)  # Abaikan: the title stays
    assert local.projects.get(project.id).title == "Versi kantor" and conflicts.versions == []
    assert stack.undoText() == "Abaikan versi lain dari Versi kantor"
    stack.undo()
    assert len(conflicts.versions) == 1
    conflicts.use_button.click()  # Pakai versi ini
    assert local.projects.get(project.id).title == "Versi laptop" and conflicts.versions == []
    stack.undo()
    assert local.projects.get(project.id).title == "Versi kantor"
    conflicts.done(0)
    stack.redo()  # after the dialog closed: the window still hears of it
    assert local.projects.get(project.id).title == "Versi laptop"
