"""Screenshots of the connect dialog and the region dashboard, in Indonesian:
``LABINOV_TEST_PG_URL=… python3 -m tests.gui.server.shots DIR`` (offscreen grabs)."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from labinov.app import application, build_context
    from labinov.gui.server.connect_dialog import ConnectDialog
    from labinov.gui.server.dashboard import RegionDashboard
    from labinov.gui.translations import install
    from labinov.paths import user_paths
    from labinov.store.db import Store
    from labinov.store.engines import open_server_engine, upgrade_server
    from labinov.store.server_address import ServerAddress
    from tests.bench.bench_server import populate
    from tests.pg.fixtures import create_database, drop_database

    server = os.environ["LABINOV_TEST_PG_URL"]
    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    install(app, "id")
    name = f"shots_{secrets.token_hex(4)}"
    url = create_database(server, name)
    try:
        upgrade_server(url)
        store = Store(open_server_engine(url))
        populate(store, 480)
        with tempfile.TemporaryDirectory() as data:
            context = build_context(store, user_paths(Path(data)), "id")
            dialog = ConnectDialog(context.settings)
            dialog.host.setText("db.balitbangda.sulselprov.go.id")
            dialog.user.setText("labinov_app")
            dialog.password.setText("salah")
            dialog.error.setText(
                QApplication.translate(
                    "UserError",
                    "The server {url} refused the login: check the user and password.",
                ).format(url=ServerAddress("db.balitbangda.sulselprov.go.id", "labinov",
                                           "labinov_app").shown())
            )  # fmt: skip
            dialog.error.show()
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(folder / "connect-dialog.png"))
            dashboard = RegionDashboard(context)
            dashboard.resize(1366, 900)
            dashboard.show()
            app.processEvents()
            dashboard.grab().save(str(folder / "region-dashboard.png"))
            dashboard.tabs.setCurrentIndex(1)
            dashboard.query.setText("sampah posyandu")
            dashboard.search()
            app.processEvents()
            dashboard.grab().save(str(folder / "region-search.png"))
            dashboard.close()
            dialog.close()
        store.dispose()
    finally:
        drop_database(server, name)
    print("\n".join(str(p) for p in sorted(folder.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
