"""Screenshots of the layout at the screen sizes Labinov is designed for.

    python3 -m tests.gui.layout.shots OUTDIR

Each size runs in its own process on Qt's offscreen platform with a screen of that size
(Qt picks the screen when the application starts): 1366×768, 1024×600, 1920×1080 and
1920×1080 at 150 % (1280×720 logical). A first start on the sample workshop, as a user
sees it: the window fitted to the screen, a project's board, the same in focus mode, the
timer overlay; at 1920×1080 also the workshop overview with the projector preset (the
sample's three teams, and eight teams of ``tests/gui/moderator/cohort.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = {"1366x768": 1.0, "1024x600": 1.0, "1920x1080": 1.0, "1920x1080@150": 1.5}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/layout")
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 2:
        shoot(out, sys.argv[2])
        return 0
    for name, scale in SIZES.items():
        width, height = (int(n) for n in name.split("@")[0].split("x"))
        config = Path(tempfile.mkdtemp()) / "screen.json"
        screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        if scale != 1.0:
            env["QT_SCALE_FACTOR"] = str(scale)
        subprocess.run([sys.executable, "-m", "tests.gui.layout.shots", str(out), name], env=env)
    return 0


def shoot(out: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    from labinov.app import application, build_context, build_main_window
    from labinov.gui import settings as prefs
    from labinov.gui.translations import install
    from labinov.paths import user_paths
    from labinov.store.db import open_store
    from tests.gui.layout.helpers import open_tab, sample_project, share_of_window, work_area

    app = application()
    install(app, "id")
    paths = user_paths(Path(tempfile.mkdtemp()) / "data")
    store = open_store(paths)
    context = build_context(store, paths, "id")
    prefs.apply_font(app, context.settings)
    window = build_main_window(context)
    window.show()
    app.processEvents()
    project_id = sample_project(window)
    open_tab(window, "Kanvas")
    app.processEvents()

    def save(label: str, widget) -> None:  # type: ignore[no-untyped-def]
        app.processEvents()
        widget.grab().save(str(out / f"{name}-{label}.png"))
        area = work_area(window)
        print(
            f"{name}-{label}: window {window.width()}×{window.height()}, work area "
            f"{area.width()}×{area.height()} = {share_of_window(window, area):.0%}"
        )

    save("project", window)
    window.set_focus_mode(True)
    save("focus", window)
    window.set_focus_mode(False)
    open_tab(window, "Lembar kerja")
    save("worksheet", window)
    open_tab(window, "Kanvas")
    tools = window.moderator_tools
    tools.show_timer("Diskusi kelompok", 15)
    save("timer-overlay", window)
    if name.startswith("1920x1080"):
        window.set_projector_mode(True)
        overview = tools.show_overview()
        save_overview = out / f"{name}-overview.png"
        overview.showMaximized()
        app.processEvents()
        overview.grab().save(str(save_overview))
        print(f"{name}-overview: {overview.width()}×{overview.height()}")
        # the overview of a full workshop: eight teams named as agencies write them
        from tests.gui.moderator.cohort import create_cohort

        cohort_id = create_cohort(context.services)
        context.structure_changed()  # the navigator learns of the new workshop
        assert window.select(cohort_id)
        cohort = tools.show_overview()
        cohort.showMaximized()
        app.processEvents()
        cohort.grab().save(str(out / f"{name}-overview-cohort.png"))
        assert window.select(project_id)
        open_tab(window, "Kanvas")
        panel = window.project_page.stage_pages[window.project_page.current_stage()]
        show = panel.tabs.currentWidget().tools.present()
        app.processEvents()
        tools.timer().tick()
        app.processEvents()
        show.grab().save(str(out / f"{name}-presentation-timer.png"))
        show.close()
    store.dispose()
    QApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
