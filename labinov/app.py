"""The composition root of the GUI: store, services, settings, translations, main window.

Nothing here is global; ``build_context`` and ``build_main_window`` are what tests use.

Start-up shows the window first: importing SQLModel/SQLAlchemy takes most of a start, so
when the database is already at the current schema the navigator is filled from a plain
``sqlite3`` read (``labinov.store.overview``), the window is shown, and the store and
services load right after the first paint (``services_ready``). A new or older database
is opened (and migrated) before the window, as there is nothing to show yet.

Features plug in by name, so a missing optional piece never stops the app from starting:
- ``FEATURES``: modules with ``install(window: WindowHooks) -> None`` (``window_hooks.py``).
- ``STAGE_PANELS``: ``"module:attribute"`` of callables ``(context, project_id, stage) ->
  QWidget`` (or a list of them) shown as tabs of every stage page after the guidance
  (worksheets, canvases); a panel may define ``panel_title() -> str``.
"""

from __future__ import annotations

import gc
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from labinov import __version__
from labinov.errors import UserError
from labinov.gui import crash, refcount_guard
from labinov.gui import settings as prefs
from labinov.gui.app_icon import app_icon
from labinov.gui.context import AppContext
from labinov.gui.crash_report import FaultLog, offer_report, route_qt_messages
from labinov.gui.file_opener import FileOpener
from labinov.gui.fonts import install_symbol_fallback
from labinov.gui.language_switch import LanguageSwitch
from labinov.gui.main_window import MainWindow
from labinov.gui.single_instance import SingleInstance
from labinov.gui.translations import install as install_translations
from labinov.gui.translations import install_qt_own
from labinov.i18n import LANGUAGES, system_language
from labinov.paths import UserPaths, user_paths
from labinov.store.migrate import quick_head
from labinov.store.overview import quick_overview

if TYPE_CHECKING:
    from labinov.gui.stage_page import StagePanel
    from labinov.store.db import Store
    from labinov.store.overview import Overview

FEATURES: tuple[str, ...] = (
    "labinov.gui.moderator.tools",
    "labinov.gui.report.actions",
    "labinov.gui.exchange.actions",
    "labinov.gui.server.actions",
    "labinov.gui.conflicts.actions",
)
# Features whose actions are all in menus (no toolbar button, nothing on the first screen):
# ``run_gui`` installs them right after the first paint, when no menu can be open yet. Any
# other window built (a language switch, the tests) gets every feature at once.
# (the server's actions are not among them: "Sinkronkan" has a toolbar button)
MENU_ONLY_FEATURES: frozenset[str] = frozenset(
    {
        "labinov.gui.report.actions",
        "labinov.gui.exchange.actions",
        "labinov.gui.conflicts.actions",
    }
)
STAGE_PANELS: tuple[str, ...] = (
    "labinov.gui.canvas.panel:CanvasPanel",
    "labinov.gui.worksheets:worksheet_panel",
    "labinov.gui.worksheets:sheet_panels",  # a list: the stage's further sheets, maybe none
)

# the panels that work on the quick start's boot store (they say so: ``WORKS_EARLY``)
EARLY_PANELS: frozenset[str] = frozenset({"labinov.gui.canvas.panel:CanvasPanel"})

Notify = Callable[[str], None]


def _resolve(spec: str) -> object:
    module_name, _, attribute = spec.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


class _LazyPanel:
    """A stage panel imported when first made: on the quick start only the board is made
    before the services (``gui/boot.py``), so the worksheets' modules wait too."""

    def __init__(self, spec: str) -> None:
        self.spec = spec

    def __call__(self, context: AppContext, project_id: str, stage: str) -> object:
        return _resolve(self.spec)(context, project_id, stage)  # type: ignore[operator]


def stage_panels() -> list[StagePanel]:
    """The panels of ``STAGE_PANELS``; those that work on the boot store (``WORKS_EARLY``,
    named in ``EARLY_PANELS``) imported now, the others when first made."""
    return [
        _resolve(spec) if spec in EARLY_PANELS else _LazyPanel(spec)  # type: ignore[misc]
        for spec in STAGE_PANELS
    ]


def build_context(
    store: Store | None, paths: UserPaths, language: str, settings=None
) -> AppContext:
    """The context of one app; ``store`` may come later (``attach_store``)."""
    context = AppContext(
        services=None,
        paths=paths,
        settings=settings if settings is not None else prefs.open_settings(paths),
        language=language,
    )
    if store is not None:
        attach_store(context, store)
    return context


def attach_store(context: AppContext, store: Store) -> None:
    """The first store of a context (the undo steps of a quick start stay)."""
    context.use_store(store)


def build_main_window(
    context: AppContext, features: Sequence[str] = FEATURES, overview: Overview | None = None
) -> MainWindow:
    window = MainWindow(context, stage_panels, overview)  # panels load on first use
    install_features(window, features)
    return window


def install_features(window: MainWindow, features: Sequence[str]) -> None:
    for name in features:
        _resolve(name).install(window)  # type: ignore[attr-defined]


def application(on_no_platform: Callable[[], str | None] | None = None) -> QApplication:
    """The ``QApplication`` (made if needed). ``on_no_platform``: when Qt cannot load its
    platform plugin (no display, a missing xcb library) it aborts the process with a core
    dump and an English hint; this says why instead, in one line, and exits 1."""
    refcount_guard.apply()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        if on_no_platform is None:
            app = QApplication(sys.argv[:1])
        else:
            with _platform_failure_explained(on_no_platform):
                app = QApplication(sys.argv[:1])
    app.setApplicationName("Labinov")
    app.setOrganizationName("Labinov")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())  # every window and dialog inherits it
    app.setDesktopFileName("labinov")  # Wayland/X11 match the window to labinov.desktop
    install_symbol_fallback(app)  # emoji in notes and names: glyphs, not empty boxes
    return app


@contextmanager
def _platform_failure_explained(explain: Callable[[], str | None]) -> Iterator[None]:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts right after this: say it and go
            print(f"labinov: {explain() or message}", file=sys.stderr, flush=True)
            os._exit(1)
        print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _notify_fatal(message: str) -> None:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print(f"labinov: {message}", file=sys.stderr)  # nobody would see a dialog
        return
    from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

    QMessageBox.critical(None, "Labinov", message)


def run_gui(
    data_dir: str | None,
    language: str | None = None,
    self_test: bool = False,
    notify: Notify = _notify_fatal,
    files: Sequence[Path] = (),
    on_no_platform: Callable[[], str | None] | None = None,
) -> int:
    """Start the application; returns the process exit code. ``files`` (``.labinov``
    bundles) open in the import preview — in the instance already running on the folder,
    if there is one. ``on_no_platform``: see ``application``."""
    temp_dir = None
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        temp_dir = tempfile.mkdtemp(prefix="labinov-self-test-")
        data_dir = temp_dir
    app = application(on_no_platform)
    paths = user_paths(data_dir)
    chosen = language or system_language()
    translators = install_translations(app, chosen, qt_own=False)
    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        notify(_folder_error(paths, error))
        return 1
    settings = prefs.open_settings(paths)
    prefs.apply_font(app, settings)
    saved = prefs.LANGUAGE.get(settings)
    if language is None and saved in LANGUAGES and saved != chosen:
        for translator in translators:
            app.removeTranslator(translator)
        chosen = saved
        translators = install_translations(app, chosen, qt_own=False)
    instance = SingleInstance(paths)
    if not instance.acquire(files):
        print(
            QCoreApplication.translate(
                "App", "Labinov is already open on this data folder; it was brought to the front."
            ),
            file=sys.stderr,
        )
        return 0
    uninstall_hooks = crash.install()
    restore_qt_messages = route_qt_messages()
    fault_log = FaultLog(paths)
    previous_crash = fault_log.start()
    context = build_context(None, paths, chosen, settings)
    try:
        overview = quick_overview(paths.database, quick_head())
        if overview is None and not _open_store(context, notify):
            return 1
        first = [name for name in FEATURES if name not in MENU_ONLY_FEATURES]
        window = build_main_window(context, first, overview)
        switch = LanguageSwitch(app, context, window, translators, build_main_window)
        opener = FileOpener(lambda: switch.window, switch)  # the window of the moment
        instance.raise_requested.connect(opener.open_files)  # brings it forward, files or not
        if files:
            opener.open_files(files)  # waits for the store

        def settle() -> None:  # what neither the first paint nor the first note waits for
            from labinov.files import remove_stale_parts

            install_features(window, [name for name in FEATURES if name in MENU_ONLY_FEATURES])
            crash.setup_logging(paths)
            remove_stale_parts((paths.data_dir, paths.backup_dir))  # left by a killed backup
            instance.listen()
            opener.services_ready()
            if previous_crash is not None:
                offer_report(window, previous_crash)

        def after_paint() -> None:  # the store; on the quick start first the last board
            switch.translators += install_qt_own(app, context.language)  # no dialog yet
            if context.services is None:
                _finish_start(context, window, notify, settle)
            else:
                settle()

        _after_first_paint(window, _collecting(after_paint))
        window.show()
        if self_test:
            return _self_test(app, window)
        return app.exec()
    finally:
        fault_log.stop()
        restore_qt_messages()
        uninstall_hooks()
        instance.release()
        if context.boot is not None:  # quit while the store was loading
            context.boot.close()
        if context.services is not None:
            context.services.store.dispose()
        if context.language_switch is not None:  # translators installed by a switch
            translators = context.language_switch.translators
        for translator in translators:  # the QApplication may outlive this run (tests)
            app.removeTranslator(translator)
        if temp_dir:
            shutil.rmtree(temp_dir, ignore_errors=True)


def _folder_error(paths: UserPaths, error: OSError) -> str:
    from labinov.errors import QT_TRANSLATE_NOOP

    message = QT_TRANSLATE_NOOP("UserError", "Cannot use the data folder {path}: {reason}")
    return UserError(message, path=str(paths.data_dir), reason=error.strerror or str(error)).text(
        QCoreApplication.translate
    )


def _open_store(context: AppContext, notify: Notify) -> bool:
    from labinov.store.db import open_store

    try:
        attach_store(context, open_store(context.paths))
    except UserError as error:
        notify(error.text(QCoreApplication.translate))
        return False
    return True


class _FirstPaintWatcher(QObject):
    """Calls ``then`` once, on the event loop turn after the window's first paint."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _collecting(then: Callable[[], None]) -> Callable[[], None]:
    """``then`` with the garbage collector on again first (``cli._start_gui`` turns it off
    for the start, which makes only objects that live as long as the window)."""

    def collecting() -> None:
        gc.enable()
        then()

    return collecting


def _after_first_paint(window: MainWindow, then: Callable[[], None]) -> None:
    _FirstPaintWatcher(window, then)


def _finish_start(
    context: AppContext, window: MainWindow, notify: Notify, then: Callable[[], None]
) -> None:
    """After the first paint: the last project's board on the boot store at once and the
    store loading on a thread (``gui/boot.py``), or, when the boot store cannot be used,
    the store opened here (imports SQLModel); then editing everywhere and ``then()``."""
    from labinov.gui import boot

    last = prefs.LAST_PROJECT.get(context.settings)
    if not boot.start(context, window, quick_head(), last):
        if _open_store(context, notify):
            window.services_ready()
            then()
        else:
            QApplication.exit(1)
        return

    def ready(store: Store) -> None:
        attach_store(context, store)
        boot.hand_over(context)
        window.services_ready()
        QTimer.singleShot(1, window, then)  # a turn of its own (a timer: input comes first)

    def failed(error: UserError) -> None:
        boot.hand_over(context)
        notify(error.text(QCoreApplication.translate))
        QApplication.exit(1)

    boot.Loader(context, window, ready, failed)


def _spelling_works(context: AppContext) -> bool:
    """The bundled dictionary and the Hunspell library load (a bundle without them fails)."""
    from labinov.spelling import SpellChecker
    from labinov.spelling.checker import MY_WORDS_FILE

    checker = SpellChecker("id", context.paths.data_dir / MY_WORDS_FILE)
    return checker.check("inovasi") and not checker.check("pelayanaan")


def _server_driver_works() -> bool:
    """The server extras load: psycopg finds its libpq (the binary wheel's, in a bundle),
    SQLAlchemy's psycopg dialect is there, and keyring imports its backends (it may find no
    system keyring on a bare machine: that is a setting of the machine, not a defect)."""
    try:
        import keyring
        import psycopg
        from sqlalchemy import create_engine

        create_engine("postgresql+psycopg://self-test@localhost/labinov").dispose()
        libpq = psycopg.pq.version()
        keyring.get_keyring()
    except Exception as error:  # any failure is the bundle's defect: say which
        print(f"self-test: server driver: {error!r}", file=sys.stderr)
        return False
    print(f"self-test: psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq}")
    return libpq > 0


def _self_test(app: QApplication, window: MainWindow) -> int:
    """Create the sample workshop through the window and check it is shown."""
    deadline = time.monotonic() + 60
    while window.context.services is None and time.monotonic() < deadline:
        app.processEvents()  # a fast start still loading the store
    workshop_id = window.structure.open_sample()
    app.processEvents()
    ok = bool(workshop_id) and window.model.rowCount() > 0 and window.isVisible()
    ok = ok and _spelling_works(window.context)
    ok = ok and _server_driver_works()
    window.close()
    app.processEvents()
    print("self-test: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1
