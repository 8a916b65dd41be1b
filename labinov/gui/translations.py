"""Qt translations at run time: load Labinov's catalogue, and Qt's own, for a language.

The catalogues are ``resources/translations/labinov_<lang>.qm``, built from the ``.ts``
sources by the developer tool ``tools/translations.py`` (update, fill, release, missing).
Qt ships no Indonesian catalogue (no ``qtbase_id.qm``): the Qt texts our windows show (file
dialog, message boxes, text-field menus…) are in ``labinov_id.ts`` under Qt's own contexts,
marked in ``qt_texts.py``; a ``qtbase_<lang>.qm`` is still loaded when Qt has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from labinov.paths import resource


def install(app: QCoreApplication, language: str, qt_own: bool = True) -> list[QTranslator]:
    """Load Labinov's catalogue for ``language``, and Qt's own unless ``qt_own`` is false
    (the start loads it after the first paint: ``install_qt_own``); keep the result alive."""
    translators: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"labinov_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    if qt_own:
        translators += install_qt_own(app, language)
    return translators


def install_qt_own(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own catalogue for ``language``, when Qt ships one. Its texts are in dialogs and
    menus, so a start loads it after the first paint: looking up Qt's folder costs ~2 ms."""
    from PySide6.QtCore import QLibraryInfo

    if language == "en":
        return []  # Qt's own texts are English already
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt_base.load(QLocale(language), "qtbase", "_", qt_dir):
        return []
    app.installTranslator(qt_base)
    return [qt_base]
