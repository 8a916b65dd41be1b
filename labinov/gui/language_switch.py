"""View ▸ Language without a restart: new catalogues, then the main window built again.

Every text of Labinov's widgets is set by ``tr()`` when the widget is built; retranslating
each of them on ``QEvent.LanguageChange`` would mean a ``retranslateUi`` in every widget and
every feature, and any text missed would stay in the old language. Building the main
window again from the composition root's factory gives every menu, page and form the new
language at once (Qt's own dialogs retranslate themselves on ``LanguageChange``). The data
stays where it is: typing not yet saved is flushed first, the undo history lives in the
context, and the window keeps its place, size and selection.

Windows of their own (the undo history, a board's presentation, the timer) close with the
old window and speak the new language when opened again; the status bar says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from labinov.gui.context import AppContext
from labinov.gui.main_window import MainWindow
from labinov.gui.translations import install

WindowFactory = Callable[[AppContext], MainWindow]


class LanguageSwitch(QObject):
    """Owns the installed translators and the current main window of one app.

    ``window`` is always the live main window (a new one after each switch)."""

    def __init__(
        self,
        app: QApplication,
        context: AppContext,
        window: MainWindow,
        translators: list,
        make_window: WindowFactory,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.window = window
        self.translators = list(translators)
        self._make_window = make_window
        context.language_switch = self

    def request(self, language: str) -> bool:
        """Switch soon (the menu action that asked must finish first); ``False`` when it
        cannot happen now (the data is still loading): the setting applies at next start."""
        if language == self.context.language:
            return True
        if self.context.services is None:
            return False
        QTimer.singleShot(0, lambda: self.switch(language))
        return True

    def switch(self, language: str) -> MainWindow:
        """Install ``language``'s catalogues and replace the main window; returns it."""
        if language == self.context.language:
            return self.window
        old = self.window
        from labinov.gui.autosave import flush_all  # not needed for the first paint

        flush_all(old)  # typing not yet saved goes to the store before the new window reads
        old.save_state()  # its place and size, for the new window to take
        _kind, row_id = old.navigator.current()
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install(self.app, language)
        self.context.language = language
        if self.context.services is not None:
            self.context.services.worksheets.install_gate(language)
        window = self._make_window(self.context)
        window.setWindowState(old.windowState())
        if row_id:
            window.select(row_id)
        window.show()  # before the old one closes: the app quits when its last window does
        window.raise_()
        window.activateWindow()
        old.close()
        old.deleteLater()
        self.window = window
        window.statusBar().showMessage(
            self.tr(
                "Language changed. Windows of their own (timer, presentation, undo history) "
                "use it when opened again."
            ),
            15000,
        )
        self.context.events.language_changed.emit(language)
        return window
