"""Screenshots of the connect dialog, the sync preview and the region dashboard, in
Indonesian, on a 1366×768 screen:

    LABINOV_TEST_PG_URL=… /work/shared/tools/xshot /tmp/x 1366x768 60 \\
        python3 -m tests.gui.server.shots DIR

Under a real X server (xcb) each shot is the whole screen, the main window maximised with
the dialog over it; offscreen (``QT_QPA_PLATFORM=offscreen``) each is the dialog's own grab.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait(app: Any, until: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):  # a few more turns: layouts and paints settle
        app.processEvents()
        time.sleep(0.02)


def _shot(app: Any, widget: Any, path: Path) -> None:
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        widget.grab().save(str(path))
    else:
        app.primaryScreen().grabWindow(0).save(str(path))
    print(path)


def connect_dialog(app: Any, window: Any, folder: Path, server: str) -> None:
    from sqlalchemy.engine import make_url

    parsed = make_url(server)
    with socket.socket() as silent:  # a server that does not answer: the busy state
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        dialog = window.server_actions.connect_server()
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(int(silent.getsockname()[1]))
        dialog.user.setText("labinov_app")
        dialog.password.setText("rahasia")
        dialog.try_connect()
        _wait(app, lambda: False, 1.5)
        _shot(app, dialog, folder / "connect-busy.png")
        dialog.stop()
    dialog.host.setText(parsed.host or "")
    dialog.port.setValue(parsed.port or 5432)
    dialog.user.setText(parsed.username or "")
    dialog.password.setText("salah")  # a wrong password: the one-line refusal
    dialog.try_connect()
    _wait(app, lambda: not dialog.connecting())
    _shot(app, dialog, folder / "connect-refused.png")
    dialog.done(0)


def sync_preview(app: Any, window: Any, folder: Path, url: str) -> None:
    """A laptop and the server after one sync: the server deletes a note and edits
    another, the laptop edits that one too; the preview names both, then the result, then
    the conflicting versions."""
    import keyring
    from sqlalchemy.engine import make_url

    from labinov.gui import settings as prefs
    from labinov.services import Services
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine
    from labinov.store.server_address import ServerAddress, save_password
    from labinov.sync import run_sync
    from tests.gui.server.conftest import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # Xvfb has no system keyring
    parsed = make_url(url)
    address = ServerAddress(parsed.host or "", parsed.database or "", parsed.username or "",
                            parsed.port or 5432)  # fmt: skip
    save_password(address, parsed.password or "")
    prefs.SERVER_ADDRESS.set(window.context.settings, address.shown())
    local = window.context.services
    server = Services(Store(open_server_engine(url)))
    run_sync(local.store, server.store)
    project = local.projects.summaries()[0]
    notes = []
    for stage in ("drum_up", "diagnose", "design"):
        for canvas in local.canvases.list(project.id, stage):
            items, _links = local.canvases.load(canvas.id)
            notes += [row for row in items if row.get("kind") == "note" and row["text"]]
    edited, deleted = notes[0], notes[1]
    server.canvases.update_items({edited["id"]: {"text": edited["text"] + " (kata kantor)"}})
    server.canvases.delete_items([deleted["id"]])
    server.store.dispose()
    local.canvases.update_items({edited["id"]: {"text": edited["text"] + " (kata laptop)"}})
    window.reload_pages()
    dialog = window.server_actions.sync_server()
    _wait(app, lambda: dialog.state in ("preview", "failed"))
    _shot(app, dialog, folder / "sync-preview.png")
    dialog.sync_button.click()
    _wait(app, lambda: dialog.state in ("done", "failed"))
    _shot(app, dialog, folder / "sync-result.png")
    dialog.done(0)
    conflicts = window.conflict_actions.open_conflicts(project.id)
    _wait(app, conflicts.isVisible, 5)
    _shot(app, conflicts, folder / "conflicting-versions.png")
    conflicts.done(0)
    window.select(project.id)  # the board: the copy beside the note, badged
    _wait(app, lambda: window.project_page is not None, 10)
    stage = local.canvases.get(edited["canvas_id"]).stage
    window.project_page.show_stage(stage)
    page = window.project_page.stage_pages[stage]
    page.tabs.setCurrentIndex(1)  # the canvases
    _wait(app, lambda: False, 2)
    _shot(app, window, folder / "board-conflict-copy.png")


def dashboard(app: Any, window: Any, folder: Path, url: str) -> None:
    from labinov.gui.server.dashboard import RegionDashboard
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine
    from tests.bench.bench_server import populate

    store = Store(open_server_engine(url))
    populate(store, 480)
    window.server_actions.use_store(store)
    dialog = RegionDashboard(window.context, window)  # its own size, as a user sees it
    dialog.show()
    _wait(app, lambda: False, 1)
    _shot(app, dialog, folder / "region-dashboard.png")
    dialog.close()
    window.server_actions.disconnect_server()


def main(folder: Path) -> int:
    from labinov.app import application, build_context, build_main_window
    from labinov.gui.translations import install
    from labinov.paths import user_paths
    from labinov.store.db import open_store
    from labinov.store.engines import upgrade_server
    from tests.pg.fixtures import create_database, drop_database

    server = os.environ["LABINOV_TEST_PG_URL"]
    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    install(app, "id")
    name = f"shots_{secrets.token_hex(4)}"
    url = create_database(server, name)
    try:
        upgrade_server(url)
        with tempfile.TemporaryDirectory() as data:
            paths = user_paths(Path(data))
            context = build_context(open_store(paths), paths, "id")
            window = build_main_window(context)
            window.resize(1366, 768)
            window.showMaximized()
            window.structure.open_sample()
            _wait(app, window.isVisible, 5)
            connect_dialog(app, window, folder, url)
            sync_preview(app, window, folder, url)
            dashboard(app, window, folder, url)
            window.close()
            app.processEvents()
    finally:
        drop_database(server, name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
