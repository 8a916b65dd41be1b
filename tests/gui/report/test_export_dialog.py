"""The export dialog driven with qtbot: progress moves, Cancel stops without a file, the
PDF is written with the chosen options, errors are shown, the workshop goes to a folder."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from labinov.app import build_context, build_main_window
from labinov.gui.report.dialog import ExportDialog
from labinov.method.stages import STAGES
from labinov.paths import UserPaths
from labinov.services import Services
from labinov.store.db import Store
from tests.gui.conftest import answer_dialog, find_box
from tests.report.conftest import pdf_text
from tests.report.filler import SAMPLE_PROJECT, full_project

SAMPLE_WORKSHOP = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b00001"


@pytest.fixture
def context(store: Store, paths: UserPaths, language: str):
    return build_context(store, paths, language)


@pytest.fixture
def dialog(qtbot, context, services: Services, tmp_path: Path) -> ExportDialog:
    full_project(services, canvases=2, notes=30)
    widget = ExportDialog(context, project_id=SAMPLE_PROJECT)
    qtbot.addWidget(widget)
    widget.show()
    widget.path_edit.setText(str(tmp_path / "out" / "proposal.pdf"))
    (tmp_path / "out").mkdir()
    return widget


def test_canvases_listed_and_checked(dialog: ExportDialog, services: Services) -> None:
    assert "AKTA LAHIR SEHARI" in dialog.windowTitle()
    expected = {c.id for stage in STAGES for c in services.canvases.list(SAMPLE_PROJECT, stage)}
    assert dialog.canvas_list.count() == len(expected) >= 2
    assert dialog.options().canvas_ids == expected


def test_export_writes_the_pdf_with_progress(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:
    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    dialog.stage_boxes["delivery"].setChecked(False)
    for index in range(dialog.canvas_list.count()):
        item = dialog.canvas_list.item(index)
        if item.text().startswith("Kanvas 2"):
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.language_combo.setCurrentIndex(1)  # English document
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isEnabled()
    target = tmp_path / "out" / "proposal.pdf"
    assert target.is_file()
    assert len({v for v in values if v > 0}) > 5  # the bar moved through many values
    text = pdf_text(target)
    assert "Table of contents" in text
    assert "K1 catatan 0" in text and "K2 catatan 0" not in text  # unchecked canvas
    assert "4. Delivery" not in text  # unchecked stage
    assert dialog.open_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_cancel_stops_and_leaves_no_file(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.worker.progress.connect(
        lambda done, _total: dialog.worker.cancel() if done > 12 else None
    )
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "out").iterdir()) == []
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert "dibatalkan" in dialog.status.text()


def test_cancel_button_cancels(
    qtbot, dialog: ExportDialog, tmp_path: Path, paused_export: None
) -> None:
    started: list[int] = []
    dialog.worker.progress.connect(lambda done, _total: started.append(done))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started) and max(started) >= 15, timeout=10_000)
    assert dialog.cancel_button.isEnabled() and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.worker.cancelled, timeout=5_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "out").iterdir()) == []
    assert "dibatalkan" in dialog.status.text() and not dialog.open_button.isVisible()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()


def test_unwritable_folder_shows_a_message(qtbot, dialog: ExportDialog, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    dialog.path_edit.setText(str(blocker / "p.pdf"))
    with qtbot.waitSignal(dialog.worker.failed, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    box = find_box()
    assert box is not None and "tidak dapat ditulis" in box.text()
    assert dialog.export_button.isEnabled()


def test_workshop_export_to_a_folder(qtbot, context, services: Services, tmp_path: Path) -> None:
    services.samples.create()
    widget = ExportDialog(context, workshop_id=SAMPLE_WORKSHOP)
    qtbot.addWidget(widget)
    folder = tmp_path / "all"
    widget.path_edit.setText(str(folder))
    values: list[int] = []
    widget.worker.progress.connect(lambda done, _total: values.append(done))
    with qtbot.waitSignal(widget.exported, timeout=60_000):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    assert values == [0, 1, 2, 3]
    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(len(pypdf.PdfReader(str(f)).pages) > 3 for f in files)


def test_menu_actions_open_the_dialog(
    qtbot, store: Store, paths: UserPaths, language: str, services: Services
) -> None:
    services.samples.create()
    context = build_context(store, paths, language)
    window = build_main_window(context, features=("labinov.gui.report.actions",))
    qtbot.addWidget(window)
    window.show()
    actions = window.report_actions
    assert window.select(SAMPLE_PROJECT)
    QApplication.processEvents()
    assert actions.project_action.isEnabled() and actions.workshop_action.isEnabled()
    assert actions.project_action in window.menu("project").actions()
    dialog = actions.export_project()
    assert dialog.project_id == SAMPLE_PROJECT and dialog.isVisible()
    assert dialog.path_edit.text().endswith(
        "AKTA-LAHIR-SEHARI-Akta-Kelahiran-Terbit-di-Rumah-Sakit-proposal.pdf"
    )
    dialog.close()
    dialog = actions.export_workshop()
    assert dialog.workshop_id == SAMPLE_WORKSHOP
    dialog.close()
    window.close()


def test_export_runs_off_the_ui_thread_and_the_ui_stays_live(
    qtbot, dialog: ExportDialog, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QThread, QTimer

    import labinov.gui.report.dialog as dialog_module

    threads: list[bool] = []
    real = dialog_module.export_project

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(QThread.currentThread() is QApplication.instance().thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "export_project", spy)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert threads == [False]  # the export ran on the worker thread
    assert ticks  # the UI thread kept handling events meanwhile (gaps measured: < 0.2 s)
    assert (tmp_path / "out" / "proposal.pdf").is_file()


@pytest.fixture
def paused_export(monkeypatch) -> None:
    """The dialog's export is the real one, but holds still after 20 steps until it is
    cancelled (at most 10 s), so a cancel or close surely lands while it runs."""
    import time

    import labinov.gui.report.dialog as dialog_module

    real = dialog_module.export_project

    def paused(services, project_id, path, options, progress, cancelled):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done > 20:
                deadline = time.monotonic() + 10
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.005)

        return real(services, project_id, path, options, report, cancelled)

    monkeypatch.setattr(dialog_module, "export_project", paused)


def test_closing_while_exporting_cancels_and_leaves_no_file(
    qtbot, dialog: ExportDialog, tmp_path: Path, paused_export: None
) -> None:
    import time

    started: list[int] = []
    dialog.worker.progress.connect(lambda done, _total: started.append(done))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(started) and max(started) >= 15, timeout=10_000)
    exported: list[str] = []
    dialog.exported.connect(exported.append)
    said: list[str] = []

    def stop(box) -> None:  # type: ignore[no-untyped-def]
        said.append(box.text())
        answer_dialog(qtbot, lambda info: said.append(info.text()) or info.accept())
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_dialog(qtbot, stop)  # closing mid-way asks first, then says what was written
    began = time.monotonic()
    dialog.reject()  # returns once the worker has stopped
    assert time.monotonic() - began < 5  # stopped by the cancel, not by the 10 s limit
    thread = dialog.worker._thread
    assert thread is None or thread.isFinished()
    QApplication.processEvents()
    assert list((tmp_path / "out").iterdir()) == []  # neither the PDF nor its .part file
    assert exported == [] and not dialog.isVisible()
    assert said == [
        "Ekspor masih berjalan. Hentikan dan tutup?",
        "Ekspor dibatalkan; tidak ada berkas yang ditulis.",
    ]


def test_thirty_project_workshop_moves_the_bar_and_offers_the_folder(
    qtbot, context, services: Services, tmp_path: Path, monkeypatch
) -> None:
    workshop = services.workshops.create("Lab 30")
    for index in range(30):
        team = services.teams.create(workshop.id, f"Dinas {index}")
        project = services.projects.create(team.id, f"Inovasi {index}")
        services.worksheets.set_answer(project.id, "design", "novelty", f"Kebaruan {index}")
    widget = ExportDialog(context, workshop_id=workshop.id)
    qtbot.addWidget(widget)
    widget.show()
    folder = tmp_path / "all"
    widget.path_edit.setText(str(folder))
    bar: list[tuple[int, int]] = []
    widget.progress_bar.valueChanged.connect(
        lambda value: bar.append((value, widget.progress_bar.maximum()))
    )
    with qtbot.waitSignal(widget.exported, timeout=120_000):
        qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    moving = [value for value, maximum in bar if maximum == 30]
    assert moving == list(range(1, 31))  # one step per project, in order, to the end
    assert len(list(folder.glob("*.pdf"))) == 30
    assert str(folder) in widget.status.text() and widget.open_button.isVisible()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]


@pytest.mark.parametrize("code", ["id", "en"])
def test_screens_in_both_languages(qtbot, qapp, store: Store, paths: UserPaths, services, code):
    """Screenshots for review; in Indonesian no English text of the dialog shows."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    from labinov.gui.translations import install

    full_project(services, canvases=2, notes=10)
    translators = install(qapp, code)
    try:
        widget = ExportDialog(build_context(store, paths, code), project_id=SAMPLE_PROJECT)
        qtbot.addWidget(widget)
        widget.show()
        folder = Path("/tmp/shots/report")
        folder.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(folder / f"export_dialog_{code}.png"))
        texts = [
            w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
        ]
        texts += [w.title() for w in widget.findChildren(QGroupBox)]
        stage_names = {box.text() for box in widget.stage_boxes.values()}
        texts = [t.replace("&", "") for t in texts if t and t not in stage_names]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    english = {
        "File:", "Browse…", "Document language:", "Include", "Innovation profile",
        "The 5D record", "Canvases as figures", "Lists of the canvas notes", "Canvases:",
        "Export", "Cancel export", "Close", "Open",
        "Appendix: readiness (sections to write or shorten)",
        "Stages in the 5D record and canvases",
    }  # fmt: skip
    shown = set(texts)
    if code == "id":
        assert not shown & english, shown & english
        assert {"Berkas:", "Ekspor", "Tutup"} <= shown
    else:
        assert english - {"Open"} <= shown  # Open shows once a PDF is written
