"""The second start of the day paints the main window before loading the heavy libraries."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

# Runs the real ``run_gui``; at the first paint it reports what is loaded and exits.
_SCRIPT = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    import labinov.app

    class Report(QObject):
        def __init__(self, window):
            super().__init__(window)
            self.window = window
            window.installEventFilter(self)

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            heavy = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pydantic")
            print(json.dumps({
                "rows": self.window.model.rowCount(),
                "services": self.window.context.services is not None,
                "heavy": sorted({m.split(".")[0] for m in sys.modules if m.startswith(heavy)}),
            }), flush=True)
            os._exit(0)

    labinov.app._after_first_paint = lambda window, then: Report(window)
    sys.exit(labinov.app.run_gui(sys.argv[1], language="id"))
    """
)


def test_first_paint_shows_the_workshop_without_loading_sqlmodel(services, data_dir) -> None:
    services.samples.create()
    services.store.dispose()  # the next process opens the file as on a real second start
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    state = json.loads(result.stdout.strip().splitlines()[-1])
    assert state["rows"] == 1  # the sample workshop is listed at the first paint…
    assert state["services"] is False  # …from the quick read, before the store opens
    assert state["heavy"] == []
