"""File ▸ Sync…: its place (menu, toolbar, shortcut, icon), the word when no server is
remembered, disabled while working on the server itself, the preview of a plan, and a
server that refuses: one line, nothing changed."""

from __future__ import annotations

import socket

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from labinov.gui import settings as prefs
from labinov.gui.server.sync_dialog import SyncDialog
from labinov.gui.server.sync_preview import SyncPreview
from labinov.store.server_address import ServerAddress
from labinov.sync import Named
from labinov.sync import SyncPlan as Plan


def test_the_action_sits_with_the_server_actions(make_window) -> None:
    window = make_window()
    action = window.action_map["syncServer"]
    assert action.text() == "Si&nkronkan…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+Y")
    assert not action.icon().isNull() and action.isEnabled()
    assert action in window.menu("file").actions()
    assert action in window.toolbar.actions()
    assert "server" in action.toolTip()


def test_without_a_remembered_server_it_says_how_to_get_one(make_window, qtbot) -> None:
    window = make_window()
    assert prefs.SERVER_ADDRESS.get(window.context.settings) == ""
    window.action_map["syncServer"].trigger()
    box = window.findChild(QMessageBox, "noServerBox")
    assert box is not None and box.isVisible()
    assert "Sambungkan ke server daerah" in box.text()
    assert window.findChild(SyncDialog) is None
    box.close()


def test_on_the_server_itself_there_is_nothing_to_sync(make_window, server_store) -> None:
    window = make_window()
    assert window.action_map["syncServer"].isEnabled()
    window.server_actions.use_store(server_store)
    action = window.action_map["syncServer"]
    assert not action.isEnabled()
    assert "tidak perlu saat bekerja langsung di server" in action.toolTip()
    assert window.server_actions.sync_server() is None
    assert "tidak ada yang perlu disinkronkan" in window.statusBar().currentMessage()


def test_the_preview_names_deletions_and_conflicts(qtbot, language: str) -> None:
    preview = SyncPreview("id")
    qtbot.addWidget(preview)
    plan = Plan(
        pull={"canvasitem": 3, "project": 1},
        push={"canvasitem": 1250, "member": 2},
        deleted_here=[Named("canvasitem", "Bank Sampah Digital", "Warga enggan memilah")],
        deleted_there=[],
        kept=[Named("member", "Posyandu Keliling", "Siti Rahma")],
        conflicts=[Named("stagework", "Bank Sampah Digital", "diagnose: problem_statement")],
    )
    preview.show_plan(plan)
    assert preview.summary.text() == (
        "Dari server ke laptop ini: 4 baris. Dari laptop ini ke server: 1.252 baris. "
        "Bertentangan: 1."
    )
    counts = [
        [preview.counts.item(r, c).text() for c in range(3)]
        for r in range(preview.counts.rowCount())
    ]
    assert counts == [
        ["Anggota tim", "0", "2"],
        ["Inovasi", "1", "0"],
        ["Catatan dan item kanvas", "3", "1.250"],
    ]
    assert preview.lines() == [
        "Diubah di kedua sisi: kedua versi disimpan (1)",
        "  Bank Sampah Digital — Diagnose — Rumusan masalah (Kerja tahap dan jawaban)",
        "Dihapus di server: dihapus juga di sini (1)",
        "  Bank Sampah Digital — Warga enggan memilah (Catatan dan item kanvas)",
        "Dihapus di satu sisi, diubah di sisi lain: dipertahankan (1)",
        "  Posyandu Keliling — Siti Rahma (Anggota tim)",
    ]
    preview.show_plan(Plan())
    assert "tidak ada yang perlu disinkronkan" in preview.summary.text().lower()
    assert preview.lines() == [] and not preview.counts.isVisibleTo(preview)


def test_a_server_that_refuses_is_one_line_and_nothing_runs(make_window, qtbot) -> None:
    window = make_window()
    window.structure.open_sample()
    with socket.socket() as probe:  # a port nobody listens on: refused at once
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    address = ServerAddress("127.0.0.1", "labinov", "labinov_app", port)
    dialog = SyncDialog(window.context, address, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.state == "connecting" and "Menyambung" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.state == "failed", timeout=15000)
    text = dialog.status.text()
    assert "tidak menjawab" in text and "\n" not in text
    assert not dialog.sync_button.isVisible() and dialog.cancel_button.text() == "Tutup"
    assert dialog.remote is None and dialog.plan is None
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    QApplication.processEvents()
