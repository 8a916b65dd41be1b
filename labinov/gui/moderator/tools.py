"""The moderator's tools in the main window's Tools menu: timer, agenda, overview, parking lot,
and the readiness of the selected innovation (also in the Project menu).

``install(window)`` is listed in ``FEATURES`` of ``labinov/app.py``. The tool windows are
separate top-level windows; the timer shows as an overlay over the board and any
presentation (F9), and in a window of its own on request (Shift+F9), e.g. full screen on a
second screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.action_registry import add_action
from labinov.gui.moderator.overlays import TimerOverlays
from labinov.gui.window_hooks import PROJECT, READY, WORKSHOP

# The tool windows load when first opened: importing them (and PySide's lazy enum types they
# touch, the ``Qt`` namespace among them) would add ~20 ms before the main window's first paint.
if TYPE_CHECKING:
    from labinov.gui.moderator.agenda import AgendaEditor
    from labinov.gui.moderator.overview import OverviewWidget
    from labinov.gui.moderator.parking import ParkingLot
    from labinov.gui.moderator.timer import CountdownTimer
    from labinov.gui.window_hooks import WindowHooks
    from labinov.gui.worksheets.readiness import ReadinessView


def tr(text: str) -> str:
    """Translate a message marked with ``QT_TRANSLATE_NOOP("ModeratorTools", ...)``."""
    return QCoreApplication.translate("ModeratorTools", text)


class ModeratorTools:
    """Opens and keeps the tool windows of one main window (one of each per workshop)."""

    def __init__(self, window: WindowHooks) -> None:
        self.window = window
        self.windows: dict[tuple[str, str], QWidget] = {}
        self.overlays = TimerOverlays(window, self.timer, self.show_timer_window)  # type: ignore[arg-type]
        self.action_set = window.add_actions(self)

    def _show(self, key: tuple[str, str], make) -> QWidget:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        widget = self.windows.get(key)
        if widget is None:
            widget = make()
            widget.setWindowFlag(Qt.WindowType.Window, True)
            widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self.windows[key] = widget
        widget.show()
        widget.raise_()
        widget.activateWindow()
        return widget

    def _workshop(self) -> str | None:
        workshop_id = self.window.current_workshop_id()
        if workshop_id is None or self.window.context.services is None:
            from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

            box = QMessageBox(
                QMessageBox.Icon.Information,
                tr(QT_TRANSLATE_NOOP("ModeratorTools", "Choose a workshop")),
                tr(
                    QT_TRANSLATE_NOOP(
                        "ModeratorTools",
                        "Choose a workshop (or a team or innovation in it) in the list first.",
                    )
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("chooseWorkshopBox")
            box.open()
            return None
        return workshop_id

    def timer(self) -> CountdownTimer:
        """The one countdown of this window (made hidden on first use; it keeps the time)."""
        from PySide6.QtCore import Qt

        from labinov.gui.moderator.timer import CountdownTimer

        timer = self.windows.get(("timer", ""))
        if timer is None:
            timer = CountdownTimer(10, parent=self.window)
            timer.setWindowFlag(Qt.WindowType.Window, True)
            self.windows[("timer", "")] = timer
        assert isinstance(timer, CountdownTimer)
        return timer

    def show_timer(self, title: str = "", minutes: int | None = None) -> CountdownTimer:
        """The timer as an overlay over the board and any presentation (``overlays``)."""
        timer = self.timer()
        if minutes is not None:
            timer.minutes.setValue(minutes)
            timer.set_title(title)
        self.overlays.show()
        return timer

    @add_action(
        "tools_timer",
        QT_TRANSLATE_NOOP("ModeratorTools", "&Timer"),
        shortcut="F9",
        icon="timer-outline",
        enabled=READY,
        menu="tools",
        group=10,
        toolbar=40,
    )
    def toggle_timer(self) -> None:
        """F9: the countdown over the board (and any presentation), or hidden again."""
        if self.overlays.visible():
            self.overlays.hide()
        else:
            self.show_timer()

    @add_action(
        "tools_timer_window",
        QT_TRANSLATE_NOOP("ModeratorTools", "Timer in its own &window…"),
        shortcut="Shift+F9",
        icon="timer-outline",
        enabled=READY,
        menu="tools",
        group=10,
    )
    def show_timer_window(self) -> CountdownTimer:
        """The timer in a window of its own (to put full screen on a second screen)."""
        return self._show(("timer", ""), self.timer)  # type: ignore[return-value]

    @add_action(
        "tools_agenda",
        QT_TRANSLATE_NOOP("ModeratorTools", "Workshop &agenda…"),
        icon="calendar-clock",
        enabled=WORKSHOP,
        menu="tools",
        group=10,
    )
    def show_agenda(self) -> AgendaEditor | None:
        from labinov.gui.moderator.agenda import AgendaEditor

        workshop_id = self._workshop()
        if workshop_id is None:
            return None

        def make() -> AgendaEditor:
            editor = AgendaEditor(self.window.context, workshop_id, self.window)
            editor.timer_requested.connect(lambda title, minutes: self.show_timer(title, minutes))
            return editor

        return self._show(("agenda", workshop_id), make)  # type: ignore[return-value]

    @add_action(
        "tools_overview",
        QT_TRANSLATE_NOOP("ModeratorTools", "Workshop &overview…"),
        shortcut="F8",
        icon="table-eye",
        enabled=WORKSHOP,
        menu="tools",
        group=10,
        toolbar=41,
    )
    def show_overview(self) -> OverviewWidget | None:
        from labinov.gui.moderator.overview import OverviewWidget

        workshop_id = self._workshop()
        if workshop_id is None:
            return None

        def make() -> OverviewWidget:
            overview = OverviewWidget(self.window.context, workshop_id, self.window)
            overview.project_chosen.connect(self.open_project)
            return overview

        return self._show(("overview", workshop_id), make)  # type: ignore[return-value]

    @add_action(
        "tools_parking",
        QT_TRANSLATE_NOOP("ModeratorTools", "&Parking lot…"),
        icon="parking",
        enabled=WORKSHOP,
        menu="tools",
        group=10,
    )
    def show_parking(self) -> ParkingLot | None:
        from labinov.gui.moderator.parking import ParkingLot

        workshop_id = self._workshop()
        if workshop_id is None:
            return None
        return self._show(  # type: ignore[return-value]
            ("parking", workshop_id),
            lambda: ParkingLot(self.window.context, workshop_id, self.window),
        )

    @add_action(
        "tools_readiness",
        QT_TRANSLATE_NOOP("ModeratorTools", "&Readiness of the innovation…"),
        icon="clipboard-check-outline",
        enabled=PROJECT,
        menu=("tools", "project"),
        group=20,
    )
    def show_readiness(self) -> ReadinessView | None:
        from labinov.gui.worksheets.readiness import ReadinessView

        project_id = self.window.current_project_id()
        if project_id is None or self.window.context.services is None:
            from PySide6.QtWidgets import QMessageBox  # not needed for the first paint

            box = QMessageBox(
                QMessageBox.Icon.Information,
                tr(QT_TRANSLATE_NOOP("ModeratorTools", "Choose an innovation")),
                tr(QT_TRANSLATE_NOOP("ModeratorTools", "Choose an innovation in the list first.")),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("chooseProjectBox")
            box.open()
            return None
        return self._show(  # type: ignore[return-value]
            ("readiness", project_id),
            lambda: ReadinessView(self.window.context, project_id, self.window),
        )

    def open_project(self, project_id: str) -> None:
        """One click from the overview: the main window shows that team's innovation."""
        self.window.select(project_id)
        self.window.bring_to_front()


def install(window: WindowHooks) -> ModeratorTools:
    tools = ModeratorTools(window)
    window.moderator_tools = tools  # type: ignore[attr-defined]  # kept alive with the window
    return tools
