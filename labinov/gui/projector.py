"""The projector preset: larger text where a room reads along (overview, worksheets, guidance).

Only the content grows, not menus, toolbars or the window's chrome, so the window still fits
a 1024×600 projector or laptop. The choice is a preference (``ui/projector``) and applies at
once to every widget that follows it.

Signals (``ProjectorPreset``):
    changed(bool): the preset was switched on or off.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from labinov.gui import settings as prefs
from labinov.gui.context import AppContext

PROJECTOR_SCALE = 1.5  # text of the overview and worksheets with the preset on
_FONT_SET = "labinovProjectorFont"  # a styled child's font set by a follower (see apply)


class ProjectorPreset(QObject):
    """The preset of one app (its context's ``projector``), made on first use."""

    changed = Signal(bool)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context.events)  # goes with the context
        self._settings = context.settings
        self._on = prefs.PROJECTOR.get(context.settings)

    @staticmethod
    def of(context: AppContext) -> ProjectorPreset:
        if context.projector is None:
            context.projector = ProjectorPreset(context)
        return context.projector

    def enabled(self) -> bool:
        return self._on

    def set_enabled(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        prefs.PROJECTOR.set(self._settings, on)
        self.changed.emit(on)

    def scale(self) -> float:
        return PROJECTOR_SCALE if self._on else 1.0

    def follow(self, widget: QWidget, factor: float = 1.0) -> None:
        """Give ``widget`` (and the children that inherit its font) the application's font
        times ``factor``, times the preset's scale while it is on."""
        _Follower(self, widget, factor)


class _Follower(QObject):
    """Sets one widget's font; a child of the widget, so it goes when the widget goes."""

    def __init__(self, preset: ProjectorPreset, widget: QWidget, factor: float) -> None:
        super().__init__(widget)
        self._preset = preset
        self._widget = widget
        self._factor = factor
        self.apply()
        preset.changed.connect(self.apply)

    def apply(self) -> None:
        font = QApplication.font(self._widget)
        font.setPointSizeF(font.pointSizeF() * self._factor * self._preset.scale())
        self._widget.setFont(font)
        # Qt passes a font on to no child that has a style sheet of its own (a field's red
        # border of an unsaved or impossible value): it kept the small letters on the
        # projector. Such a child gets its parent's font set; once its sheet is gone it
        # inherits again (parents come before their children in the list). A font of its
        # own would be replaced: none of the styled fields and labels sets one.
        for child in self._widget.findChildren(QWidget):
            if child.styleSheet():
                child.setFont(child.parentWidget().font())
                child.setProperty(_FONT_SET, True)
            elif child.property(_FONT_SET):
                child.setFont(QFont())  # nothing set: its parent's font
                child.setProperty(_FONT_SET, None)
