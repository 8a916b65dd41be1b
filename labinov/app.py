"""The composition root of the GUI: store, services, settings, translations, main window.

Nothing here is global; ``build_context`` and ``build_main_window`` are what tests use.

Features plug in by name, so a missing optional piece never stops the app from starting:
- ``FEATURES``: modules with ``install(window: MainWindow) -> None`` (menus, dialogs).
- ``STAGE_PANELS``: ``"module:attribute"`` of callables ``(context, project_id, stage) ->
  QWidget`` shown as tabs of every stage page after the guidance (worksheets, canvases); a
  panel may define ``panel_title() -> str``.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from labinov import __version__
from labinov.errors import UserError
from labinov.gui import crash
from labinov.gui import settings as prefs
from labinov.gui.context import AppContext
from labinov.gui.main_window import MainWindow
from labinov.gui.single_instance import SingleInstance
from labinov.gui.stage_page import StagePanel
from labinov.gui.translations import install as install_translations
from labinov.i18n import LANGUAGES, system_language
from labinov.paths import UserPaths, user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store

FEATURES: tuple[str, ...] = ()
STAGE_PANELS: tuple[str, ...] = ()

Notify = Callable[[str], None]


def _resolve(spec: str) -> object:
    module_name, _, attribute = spec.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


def stage_panels() -> list[StagePanel]:
    return [_resolve(spec) for spec in STAGE_PANELS]  # type: ignore[misc]


def build_context(store: Store, paths: UserPaths, language: str, settings=None) -> AppContext:
    return AppContext(
        services=Services(store),
        paths=paths,
        settings=settings if settings is not None else prefs.open_settings(paths),
        language=language,
    )


def build_main_window(context: AppContext, features: Sequence[str] = FEATURES) -> MainWindow:
    window = MainWindow(context, stage_panels())
    for name in features:
        _resolve(name).install(window)  # type: ignore[attr-defined]
    return window


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Labinov")
    app.setOrganizationName("Labinov")
    app.setApplicationVersion(__version__)
    return app


def _notify_fatal(message: str) -> None:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print(f"labinov: {message}", file=sys.stderr)  # nobody would see a dialog
        return
    QMessageBox.critical(None, "Labinov", message)


def run_gui(
    data_dir: str | None,
    language: str | None = None,
    self_test: bool = False,
    notify: Notify = _notify_fatal,
) -> int:
    """Start the application; returns the process exit code."""
    temp_dir = None
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        temp_dir = tempfile.mkdtemp(prefix="labinov-self-test-")
        data_dir = temp_dir
    app = application()
    paths = user_paths(data_dir)
    chosen = language or system_language()
    translators = install_translations(app, chosen)
    try:
        store = open_store(paths)
    except UserError as error:
        notify(error.text(QCoreApplication.translate))
        return 1
    settings = prefs.open_settings(paths)
    saved = prefs.LANGUAGE.get(settings)
    if language is None and saved in LANGUAGES and saved != chosen:
        for translator in translators:
            app.removeTranslator(translator)
        chosen = saved
        translators = install_translations(app, chosen)
    instance = SingleInstance(paths)
    if not instance.acquire():
        print(
            QCoreApplication.translate(
                "App", "Labinov is already open on this data folder; it was brought to the front."
            ),
            file=sys.stderr,
        )
        store.dispose()
        return 0
    crash.setup_logging(paths)
    crash.install()
    try:
        context = build_context(store, paths, chosen, settings)
        window = build_main_window(context)
        instance.raise_requested.connect(
            lambda: (window.showNormal(), window.raise_(), window.activateWindow())
        )
        window.show()
        if self_test:
            return _self_test(app, window)
        return app.exec()
    finally:
        instance.release()
        store.dispose()
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)


def _self_test(app: QApplication, window: MainWindow) -> int:
    """Create the sample workshop through the window and check it is shown."""
    workshop_id = window.actions.open_sample()
    app.processEvents()
    ok = bool(workshop_id) and window.model.rowCount() > 0 and window.isVisible()
    window.close()
    app.processEvents()
    print("self-test: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1
