"""Every preference declared once — name, type, default — over a ``QSettings`` INI file.

The file lives in the data folder (``settings.ini``), so ``--data-dir`` moves preferences
with the data and every test gets its own.
"""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication

from labinov.paths import UserPaths

T = TypeVar("T")

SETTINGS_VERSION = 1


# A NamedTuple, not a frozen dataclass: a dataclass compiles its generated methods when
# its module loads (~1 ms each before the first paint of the window)
class Setting(NamedTuple, Generic[T]):
    """One preference: its key in the INI file, its type and its default."""

    key: str
    type: type[T]
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if self.type is bool and isinstance(value, str):  # INI files store "true"/"false"
            return value.lower() == "true"  # type: ignore[return-value]
        try:
            return self.type(value) if value is not None else self.default  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return self.default

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


LANGUAGE = Setting("ui/language", str, "")  # "" follows the system
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
# the navigator's width as the user dragged it; 0: as its names need (navigator_width.py)
NAVIGATOR_WIDTH = Setting("window/navigator_width", int, 0)
LAST_PROJECT = Setting("session/last_project", str, "")
PROJECTOR = Setting("ui/projector", bool, False)  # larger overview and worksheet text
FONT_POINT_SIZE = Setting("ui/font_point_size", int, 0)  # 0: the system size, at least 11
PROJECTOR_POINT_SIZE = 11  # desktop defaults (9 pt) are hard to read from the back of a room
NAVIGATOR_VISIBLE = Setting("view/navigator", bool, True)  # View ▸ Navigator
SHOW_ARCHIVED = Setting("view/show_archived", bool, True)  # View ▸ Archived projects
# the regional server of the last connection that worked: its URL without a password
SERVER_ADDRESS = Setting("server/address", str, "")


def open_settings(paths: UserPaths) -> QSettings:
    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    if int(settings.value("meta/version", 0) or 0) < SETTINGS_VERSION:
        settings.setValue("meta/version", SETTINGS_VERSION)
    return settings


def apply_font(app: QGuiApplication, settings: QSettings) -> None:
    """Use the chosen font size, else the system's, but never below a projector-readable one."""
    font = app.font()
    size = FONT_POINT_SIZE.get(settings) or max(PROJECTOR_POINT_SIZE, font.pointSize())
    if size != font.pointSize():
        font.setPointSize(size)
        app.setFont(font)


def value(settings: QSettings, setting: Setting[Any]) -> Any:
    return setting.get(settings)
