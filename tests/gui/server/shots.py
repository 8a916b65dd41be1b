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
            dashboard(app, window, folder, url)
            window.close()
            app.processEvents()
    finally:
        drop_database(server, name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
