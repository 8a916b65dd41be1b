"""Emoji and symbols in the UI: the bundled Symbola as the fallback font.

Government laptops (and Linux without ``fonts-noto-color-emoji``) often have no emoji font,
so a 🙂 in a note or a team name showed as an empty box, while the PDF already used the
bundled Symbola. Qt ≥ 6.9 has an application emoji font family, consulted for every
emoji sequence whatever the widget's font; substitutions for the UI's font families also
cover the symbols that are not emoji (★ ✓ ⚑) and Qt versions without that call.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from labinov.paths import resource

SYMBOLA = "Symbola"
REGISTERED = "labinovSymbolaRegistered"  # a property of the QApplication


def install_symbol_fallback(app: QGuiApplication) -> str | None:
    """Register Symbola and make it the fallback of the UI's fonts; returns its family
    (``None`` when the file is missing or unreadable: the UI then shows boxes, nothing
    breaks). Calling it again (a second window, the tests) changes nothing.

    Cheap at start (~1 ms): ``QFontDatabase.families()`` is not asked, as listing every
    system font would cost ~50 ms before the first paint."""
    if not app.property(REGISTERED):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "Symbola.ttf")))
        if SYMBOLA not in QFontDatabase.applicationFontFamilies(font_id):
            return None
        app.setProperty(REGISTERED, True)
    emoji = hasattr(QFontDatabase, "addApplicationEmojiFontFamily")  # Qt 6.9
    if emoji and SYMBOLA not in QFontDatabase.applicationEmojiFontFamilies():
        QFontDatabase.addApplicationEmojiFontFamily(SYMBOLA)
    for base in _real_families(app):
        if SYMBOLA.lower() not in QFont.substitutes(base):  # Qt keeps them lower-case
            QFont.insertSubstitution(base, SYMBOLA)
    return SYMBOLA


def _real_families(app: QGuiApplication) -> set[str]:
    """The families the UI's fonts resolve to ("Sans Serif" → "DejaVu Sans"). A substitute
    of a generic name that is no installed family is used *instead of* it: the whole UI
    was drawn in Symbola's serif letters. A real family keeps its own letters and falls
    back to its substitute only for the glyphs it lacks."""
    names = {app.font().family(), QFont().defaultFamily(), "Sans Serif", "DejaVu Sans"}
    found = {QFontInfo(QFont(name)).family() for name in names}
    return {name for name in found if name and name != SYMBOLA}
