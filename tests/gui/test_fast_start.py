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
    import os, sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    import labinov.app

    class Report(QObject):
        def __init__(self, window, then):
            super().__init__(window)
            self.window = window
            self.then = then
            window.installEventFilter(self)

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            heavy = ("sqlalchemy", "sqlmodel", "alembic", "reportlab", "pydantic")
            state = {
                "rows": self.window.model.rowCount(),
                "services": self.window.context.services is not None,
                "heavy": sorted({m.split(".")[0] for m in sys.modules if m.startswith(heavy)}),
                # PySide builds its `Qt` namespace (~0.1 s) on first use: not for the paint
                "qt_namespace": "Qt" in sys.modules["PySide6.QtCore"].__dict__,
                # Qt types that only later work needs (each costs its making, ~1 ms)
                "qt_types": sorted(
                    name for name in ("QLockFile", "QLibraryInfo")
                    if name in sys.modules["PySide6.QtCore"].__dict__
                ),
                "menu_features": self.menu_features(),
                "deferred": sorted(DEFERRED & set(sys.modules)),
                "dataclasses": self.dataclasses(),
            }
            import json  # the report's own (json is one of the modules checked)

            print(json.dumps(state), flush=True)
            self.then()  # the app's own after-paint work
            print(json.dumps({"menu_features": self.menu_features()}), flush=True)
            os._exit(0)

        def dataclasses(self):
            # each compiles its generated methods when its module loads (~1 ms apiece)
            return sorted(
                f"{name}.{value.__name__}"
                for name, module in list(sys.modules.items())
                if name.startswith("labinov")
                for value in list(vars(module).values())
                if isinstance(value, type) and value.__module__ == name
                and "__dataclass_fields__" in vars(value)
            )

        def menu_features(self):
            return sorted(
                name
                for name in (
                    "report_actions", "exchange_actions", "server_actions", "conflict_actions"
                )
                if hasattr(self.window, name)
            )

    DEFERRED = set(sys.argv[2].split(","))
    labinov.app._after_first_paint = Report
    sys.exit(labinov.app.run_gui(sys.argv[1], language="id"))
    """
)


# What the first paint does not need (imported when first used), so the start cannot grow
# back silently: the welcome page and its stage colours (a cohort is listed: the last
# project comes next), typing's autosave, stage texts (json) and the system locale, the
# CLI's catalogue reader, the command modules, the reports, exchange and spelling.
DEFERRED = (
    "json",
    "locale",
    "xml.etree.ElementTree",
    "babel",
    "labinov.gui.welcome",
    "labinov.gui.stage_colours",
    "labinov.gui.autosave",
    "labinov.gui.project_page",
    "labinov.gui.summary_page",
    "labinov.cli_help",
    "labinov.report",
    "labinov.exchange",
    "labinov.spelling",
    "labinov.competition_cli",
    "labinov.display_check",
)
# the one dataclass left before the first paint (others are NamedTuples or plain classes)
DATACLASSES_BEFORE_PAINT = ["labinov.gui.context.AppContext"]


def test_first_paint_shows_the_workshop_without_loading_sqlmodel(services, data_dir) -> None:
    services.samples.create()
    services.store.dispose()  # the next process opens the file as on a real second start
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(data_dir), ",".join(DEFERRED)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    state, after = (json.loads(line) for line in result.stdout.strip().splitlines()[-2:])
    assert state["rows"] == 1  # the sample workshop is listed at the first paint…
    assert state["services"] is False  # …from the quick read, before the store opens
    assert state["heavy"] == []
    assert state["qt_namespace"] is False
    assert state["qt_types"] == []  # the instance lock is the OS's; Qt's catalogue comes later
    assert state["deferred"] == []
    assert state["dataclasses"] == DATACLASSES_BEFORE_PAINT
    # menu-only features are installed right after the first paint; the server's actions
    # come with the window ("Sinkronkan" has a toolbar button)
    assert state["menu_features"] == ["server_actions"]
    assert after["menu_features"] == [
        "conflict_actions",
        "exchange_actions",
        "report_actions",
        "server_actions",
    ]


def test_features_installed_after_the_first_paint_show_nothing_on_it(qtbot, window) -> None:
    """What ``run_gui`` installs after the first paint is only in menus: no toolbar button
    appears (or moves the others) a moment after the window shows."""
    from labinov.app import MENU_ONLY_FEATURES

    late = [
        made for made in window._action_sets if type(made.owner).__module__ in MENU_ONLY_FEATURES
    ]
    assert {type(made.owner).__module__ for made in late} == MENU_ONLY_FEATURES
    assert all(item.toolbar is None for made in late for item, _action in made)


def test_the_store_arriving_opens_the_last_project_without_a_detour(
    qtbot, services, store, paths, language
) -> None:
    """The fast start's second step: the navigator shown from the quick read reselects its
    row when the store arrives; the last project opens straight away (no workshop summary
    built and dropped on the way) with only its current stage page built."""
    from labinov.app import attach_store, build_context, build_main_window
    from labinov.gui import settings as prefs
    from labinov.store.migrate import quick_head
    from labinov.store.overview import quick_overview

    workshop_id = services.samples.create()[0].id
    project_id = services.projects.overview().projects[0].id
    context = build_context(None, paths, language)
    prefs.LAST_PROJECT.set(context.settings, project_id)
    window = build_main_window(context, overview=quick_overview(paths.database, quick_head()))
    qtbot.addWidget(window)
    window.show()
    window.select(workshop_id)  # what the early navigator had (it takes focus at the start)
    assert window.project_page is None and window.info is None  # nothing without the store
    attach_store(context, store)
    window.services_ready()
    page = window.project_page
    assert page is not None and page.project_id == project_id
    assert window.current_project_id() == project_id
    assert window.info is None  # no summary page built for the workshop on the way
    assert [p.stage for p in page.stage_pages.built()] == [page.current_stage()]
    assert page._profile is None  # the profile form waits for its button
    page.show_profile()
    assert page.profile.isVisible() and page.profile_button.isChecked()
