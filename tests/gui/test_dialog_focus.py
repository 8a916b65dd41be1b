"""Every dialog of the app opens with the keyboard in its first field; typing is never lost
to a stray key (Space types, Esc asks first), Enter accepts when the form is valid."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

import labinov.gui
from labinov.gui.dialog_focus import fields, first_field
from labinov.gui.main_window import MainWindow

Factory = Callable[[MainWindow, Path], QDialog]


def _sample(window: MainWindow) -> tuple[str, str, str]:
    workshop_id = window.structure.open_sample()
    project = window.context.services.projects.overview().projects[0]
    return workshop_id, project.team_id, project.id


def _board(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    from labinov.gui.canvas.panel import CanvasPanel

    _w, _t, project_id = _sample(window)
    panel = CanvasPanel(window.context, project_id, "design")
    qtbot.addWidget(panel)
    panel.show()
    panel.create_canvas("ideation_voting")
    return panel.current().view


def _bundle(window: MainWindow, folder: Path) -> Path:
    from labinov.exchange.export import export_bundle

    _w, _t, project_id = _sample(window)
    path = folder / "p.labinov"
    export_bundle(window.context.services.store, "project", project_id, path)
    return path


def factories(qtbot) -> dict[str, tuple[Factory, str | None]]:  # type: ignore[no-untyped-def]
    """Each dialog class → (how to open it on a window, the attribute of its first field;
    None: it has no field, the focus goes to a button)."""
    from labinov.gui import dialogs
    from labinov.gui.canvas.picker import TemplatePicker
    from labinov.gui.canvas.voting import ResultsDialog, StartVotingDialog
    from labinov.gui.conflicts.dialog import ConflictsDialog
    from labinov.gui.crash_dialog import CrashDialog
    from labinov.gui.exchange.dashboard import DashboardDialog
    from labinov.gui.exchange.import_dialog import ImportDialog
    from labinov.gui.members_dialog import MembersDialog
    from labinov.gui.report.dialog import ExportDialog
    from labinov.gui.server.connect_dialog import ConnectDialog
    from labinov.gui.server.dashboard import RegionDashboard
    from labinov.gui.server.sync_dialog import SyncDialog
    from labinov.gui.worksheets.canvas_pick import CanvasPickDialog
    from labinov.store.server_address import ServerAddress

    member = {"id": "", "name": "Andi", "nip": "", "position": "", "role": ""}
    return {
        "WorkshopDialog": (lambda w, _p: dialogs.WorkshopDialog(w), "name"),
        "TeamDialog": (lambda w, _p: dialogs.TeamDialog(w), "name"),
        "NameDialog": (lambda w, _p: dialogs.NameDialog("Baru", "&Nama:", "", w), "name"),
        "OverrideDialog": (lambda w, _p: dialogs.OverrideDialog("Drum up", ["Isu"], w), "reason"),
        "AboutDialog": (lambda w, _p: dialogs.AboutDialog(w.context.paths, w), None),
        "CrashDialog": (lambda w, _p: CrashDialog("Galat", "Traceback…", w), None),
        "MembersDialog": (lambda w, _p: MembersDialog("Dinas", [member], w), "table"),
        "DashboardDialog": (
            lambda w, _p: DashboardDialog(w.context, _sample(w)[0], w),
            "filter",
        ),
        "ImportDialog": (lambda w, p: ImportDialog(w.context, _bundle(w, p), w), None),
        "ExportDialog": (
            lambda w, _p: ExportDialog(w.context, project_id=_sample(w)[2], parent=w),
            "path_edit",
        ),
        "CanvasPickDialog": (lambda w, _p: CanvasPickDialog([("Antrean", 2)], w), "list"),
        "StartVotingDialog": (lambda w, _p: StartVotingDialog(w), "participants"),
        "ResultsDialog": (lambda w, _p: ResultsDialog(_board(w, qtbot), w), None),  # a chart
        "TemplatePicker": (lambda w, _p: TemplatePicker("design", "id", w), "list"),
        "ConnectDialog": (lambda w, _p: ConnectDialog(w.context.settings, w), "host"),
        "RegionDashboard": (lambda w, _p: RegionDashboard(w.context, w), "year"),
        # nothing to type: Cancel while it connects (to a port nobody listens on)
        "ConflictsDialog": (lambda w, _p: ConflictsDialog(w.context, _sample(w)[2], w), "list"),
        "SyncDialog": (
            lambda w, _p: SyncDialog(w.context, ServerAddress("127.0.0.1", "d", "u", 9), w),
            None,
        ),
    }


def _dialog_classes() -> set[str]:
    for module in pkgutil.walk_packages(labinov.gui.__path__, "labinov.gui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending = list(QDialog.__subclasses__())
    while pending:
        klass = pending.pop()
        pending += klass.__subclasses__()
        if klass.__module__.startswith("labinov.") and not klass.__name__.startswith("_"):
            found.add(klass.__name__)
    return found


def test_every_dialog_is_checked(qtbot) -> None:
    assert _dialog_classes() <= set(factories(qtbot)), "add the new dialog to factories()"


@pytest.mark.parametrize(
    "name",
    sorted(
        [
            "WorkshopDialog",
            "TeamDialog",
            "NameDialog",
            "OverrideDialog",
            "AboutDialog",
            "CrashDialog",
            "MembersDialog",
            "DashboardDialog",
            "ImportDialog",
            "ExportDialog",
            "CanvasPickDialog",
            "StartVotingDialog",
            "ResultsDialog",
            "TemplatePicker",
            "ConnectDialog",
            "RegionDashboard",
            "SyncDialog",
            "ConflictsDialog",
        ]
    ),
)
def test_dialog_opens_with_focus_on_its_first_field(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    make, field = factories(qtbot)[name]
    dialog = make(window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    focused = QApplication.focusWidget()
    if field is None:
        assert first_field(dialog) is None or name == "ImportDialog"
        assert isinstance(focused, QWidget) and dialog.isAncestorOf(focused)
        if name != "ImportDialog":  # nothing to type: a button or read-only text
            assert isinstance(focused, QPushButton) or focused.isReadOnly()
    else:
        assert focused is getattr(dialog, field), f"{name}: focus on {focused!r}"
        assert focused is first_field(dialog)
    dialog.close()


def test_typing_in_new_workshop_is_kept_and_enter_accepts(qtbot, window: MainWindow) -> None:
    from labinov.gui.dialogs import WorkshopDialog

    dialog = WorkshopDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
    QTest.keyClicks(QApplication.focusWidget(), "Lab Inovasi")  # the Space types a space
    assert dialog.name.text() == "Lab Inovasi" and dialog.isVisible()

    def keep_typing(box: QMessageBox) -> None:
        assert box.objectName() == "discardTypingBox"
        box.button(QMessageBox.StandardButton.Cancel).click()

    _answer_box(qtbot, keep_typing)
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)  # a stray Esc asks first
    assert dialog.isVisible() and dialog.name.text() == "Lab Inovasi"
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_enter_does_nothing_while_the_name_is_empty_and_esc_cancels(
    qtbot, window: MainWindow
) -> None:
    from labinov.gui.dialogs import TeamDialog

    dialog = TeamDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name, timeout=3000)
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not valid yet: nothing happens
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed: cancels at once
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def _answer_box(qtbot, answer: Callable[[QMessageBox], None]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def handle() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answer(box)
        else:
            QTimer.singleShot(20, handle)

    QTimer.singleShot(0, handle)


@pytest.mark.parametrize(
    "name",
    ["WorkshopDialog", "TeamDialog", "ExportDialog", "ConnectDialog"],
)
def test_tab_visits_every_field_once_in_reading_order(
    qtbot, window: MainWindow, tmp_path: Path, name: str
) -> None:
    """Tab, pressed as a user does, goes field to field down the form. Two date fields in a
    row (a workshop's start and end) sent Tab from the second back to the first: their
    calendar popup, a window of its own, cut the chain, and the rest could not be reached."""
    make, _field = factories(qtbot)[name]
    dialog = make(window, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    expected = fields(dialog)
    assert len(expected) >= 2, name
    visited = [QApplication.focusWidget()]
    for _ in expected[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == expected, f"{name}: {[type(w).__name__ for w in visited]}"
    dialog.close()
