"""Screenshots of conflicts with real Indonesian values (``conflict_scene``), offscreen:
the sync preview and its result, the conflicting-versions dialog at 1366×768 and
1024×600, and the board with the note's marked copy beside it:

    python3 -m tests.gui.server.shots_conflicts DIR
"""

from __future__ import annotations

import os
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
    for _ in range(10):
        app.processEvents()
        time.sleep(0.02)


def _shot(widget: Any, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(folder: Path) -> int:
    from labinov.app import application, build_context, build_main_window
    from labinov.gui.canvas.panel import CanvasPanel
    from labinov.gui.server.sync_dialog import SyncDialog
    from labinov.gui.translations import install
    from labinov.paths import user_paths
    from labinov.store.db import open_store
    from tests.gui.server import conflict_scene

    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    install(app, "id")
    with tempfile.TemporaryDirectory() as data:
        paths = user_paths(Path(data) / "laptop")
        context = build_context(open_store(paths), paths, "id")
        window = build_main_window(context)
        window.resize(1366, 768)
        window.show()
        window.structure.open_sample()
        _wait(app, window.isVisible, 5)
        scene = conflict_scene.build(context.services, Path(data))
        window.reload_pages()
        dialog = SyncDialog(context, scene.address(), window, opener=scene.opener)
        dialog.show()
        _wait(app, lambda: dialog.state in ("preview", "failed"))
        _shot(dialog, folder / "sync-preview.png")
        dialog.sync_button.click()
        _wait(app, lambda: dialog.state in ("done", "failed"))
        _shot(dialog, folder / "sync-result.png")
        dialog.done(0)
        for size in ((1366, 768), (1024, 600)):
            window.resize(*size)
            conflicts = window.conflict_actions.open_conflicts(scene.project)
            conflicts.resize(min(900, size[0] - 40), min(600, size[1] - 60))  # as it fits
            _wait(app, conflicts.isVisible, 5)
            for row in range(conflicts.list.count()):
                conflicts.list.setCurrentRow(row)
                _wait(app, lambda: False, 0.2)
                _shot(conflicts, folder / f"conflicts-{size[0]}x{size[1]}-{row}.png")
            conflicts.done(0)
        window.resize(1366, 768)
        window.select(scene.project)
        _wait(app, lambda: window.project_page is not None, 10)
        stage = context.services.canvases.get(scene.note["canvas_id"]).stage
        window.project_page.show_stage(stage)
        page = window.project_page.stage_pages[stage]
        panel = page.findChild(CanvasPanel)
        page.tabs.setCurrentWidget(panel)
        _wait(app, lambda: False, 2)
        _shot(window, folder / "board-conflict-copy.png")
        view = panel.current().view
        copy = next(n for n in view.board_scene.notes.values() if n.row["id"] != scene.note["id"]
                    and n.row["text"].startswith(scene.note["text"]))  # fmt: skip
        view.centerOn(copy)
        _wait(app, lambda: False, 1)
        _shot(view, folder / "board-conflict-copy-view.png")
        scene.dispose()
        window.close()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
