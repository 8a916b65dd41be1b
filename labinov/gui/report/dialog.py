"""The export dialog: one project's proposal to a PDF file, or every project of a workshop
to a folder. The export runs on a worker thread with a progress bar and Cancel; when done
the dialog offers to open the PDF (or the folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.context import AppContext
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import show_user_error
from labinov.gui.worker import Worker
from labinov.method.stages import STAGES, stage_content
from labinov.report import Options, default_filename, export_project, export_workshop


def documents_folder() -> Path:
    """The user's Documents folder, else the home folder: Qt names Documents even where
    it does not exist (a new Linux account), and the first export then failed."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Choose what goes into the proposal, where it goes, and export it.

    ``project_id`` exports one project to a file; ``workshop_id`` (without a project)
    exports every project of the workshop to a folder.

    Signals:
        exported(str): the file or folder written.
    """

    exported = Signal(str)

    def __init__(
        self,
        context: AppContext,
        project_id: str | None = None,
        workshop_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not project_id and not workshop_id:
            raise ValueError("a project or a workshop is needed")
        self.context = context
        self.project_id, self.workshop_id = project_id, workshop_id
        self.result_path: Path | None = None
        self.written = (0, 0)  # (PDF files written, of how many) while exporting a workshop
        self.setObjectName("exportPdfDialog")
        self.worker = Worker(
            self, QT_TRANSLATE_NOOP("UserError", "The PDF could not be made: {error}")
        )
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        services = context.services
        assert services is not None
        if project_id:
            project = services.projects.get(project_id)
            self.setWindowTitle(
                self.tr("Export proposal PDF — {title}").format(title=project.title)
            )
            default = documents_folder() / default_filename(project.title)
        else:
            workshop = services.workshops.get(workshop_id or "")
            self.setWindowTitle(self.tr("Export all proposals — {name}").format(name=workshop.name))
            default = documents_folder() / default_filename(workshop.name).replace(
                "-proposal.pdf", "-proposal"
            )
        self._build(default)
        focus_first_field(self)

    # -- layout --------------------------------------------------------------------------

    def _build(self, default: Path) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(default))
        self.path_edit.setObjectName("pathEdit")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&File:") if self.project_id else self.tr("&Folder:"))
        label.setBuddy(self.path_edit)  # a row of a layout gets no buddy: the & would show
        form.addRow(label, row)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if self.context.language == "id" else 1)
        form.addRow(self.tr("Document &language:"), self.language_combo)
        layout.addLayout(form)

        stages = QGroupBox(self.tr("Stages in the 5D record and canvases"))
        stage_row = QHBoxLayout(stages)
        self.stage_boxes: dict[str, QCheckBox] = {}
        for stage in STAGES:
            box = QCheckBox(stage_content(stage).name(self.context.language))
            box.setChecked(True)
            box.setObjectName(f"stage_{stage.value}")
            stage_row.addWidget(box)
            self.stage_boxes[stage.value] = box
        layout.addWidget(stages)

        parts = QGroupBox(self.tr("Include"))
        parts_layout = QVBoxLayout(parts)
        self.profile_box = self._check(parts_layout, self.tr("Innovation profile"), "profileBox")
        self.record_box = self._check(parts_layout, self.tr("The 5D record"), "recordBox")
        self.canvases_box = self._check(parts_layout, self.tr("Canvases as figures"), "canvasesBox")
        self.notes_box = self._check(
            parts_layout, self.tr("Lists of the canvas notes"), "noteListsBox"
        )
        self.readiness_box = self._check(
            parts_layout,
            self.tr("Appendix: readiness (sections to write or shorten)"),
            "readinessBox",
        )
        layout.addWidget(parts)

        self.canvas_list = QListWidget()
        self.canvas_list.setObjectName("canvasList")
        if self.project_id:
            self._fill_canvases()
            layout.addWidget(QLabel(self.tr("Canvases:")))
            layout.addWidget(self.canvas_list)
        self.canvases_box.toggled.connect(self.canvas_list.setEnabled)
        self.canvases_box.toggled.connect(self.notes_box.setEnabled)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setValue(0)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("openButton")
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_result)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("&Cancel export"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.worker.cancel)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        for button in (self.open_button, self.export_button, self.cancel_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(620, 560 if self.project_id else 420)

    def _check(self, layout: QVBoxLayout, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setChecked(True)
        box.setObjectName(name)
        layout.addWidget(box)
        return box

    def _fill_canvases(self) -> None:
        services = self.context.services
        assert services is not None and self.project_id
        for stage in STAGES:
            for canvas in services.canvases.list(self.project_id, stage):
                name = stage_content(stage).name(self.context.language)
                item = QListWidgetItem(f"{canvas.title} ({name})")
                item.setData(Qt.ItemDataRole.UserRole, canvas.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.canvas_list.addItem(item)

    def _browse(self) -> None:
        if self.project_id:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the proposal as"), self.path_edit.text(), self.tr("PDF (*.pdf)")
            )
        else:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the PDFs"), self.path_edit.text()
            )
        if chosen:
            self.path_edit.setText(chosen)

    # -- exporting -----------------------------------------------------------------------

    def options(self) -> Options:
        canvas_ids = None
        if self.project_id:
            canvas_ids = frozenset(
                self.canvas_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.canvas_list.count())
                if self.canvas_list.item(i).checkState() == Qt.CheckState.Checked
            )
        return Options(
            language=self.language_combo.currentData(),
            stages=tuple(key for key, box in self.stage_boxes.items() if box.isChecked()),
            canvases=self.canvases_box.isChecked(),
            canvas_ids=canvas_ids,
            note_lists=self.notes_box.isChecked(),
            record=self.record_box.isChecked(),
            profile=self.profile_box.isChecked(),
            readiness=self.readiness_box.isChecked(),
        )

    def start(self) -> None:
        """Export with the chosen options on the worker thread."""
        text = self.path_edit.text().strip()
        if not text:
            show_user_error(
                self, UserError(QT_TRANSLATE_NOOP("UserError", "Choose where to save."))
            )
            return
        path = Path(text).expanduser()
        if self.project_id and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        services, options = self.context.services, self.options()
        project_id, workshop_id = self.project_id, self.workshop_id
        self.result_path = path
        self.written = (0, 0)

        def job(progress, cancelled):  # type: ignore[no-untyped-def]
            def counted(done: int, total: int) -> None:
                self.written = (done, total)  # read by done() after the thread stopped
                progress(done, total)

            if project_id:
                return export_project(services, project_id, path, options, progress, cancelled)
            return export_workshop(services, workshop_id, path, options, counted, cancelled)

        self._set_running(True)
        self.status.setText(self.tr("Exporting…"))
        self.progress_bar.setRange(0, 0)  # busy until the first progress report
        self.worker.start(job)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.open_button.setVisible(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _finished(self, _result: object) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        if self.project_id:
            message = self.tr("Saved: {path}. Open it now?")
        else:
            message = self.tr("Saved in {path}. Open the folder now?")
        self.status.setText(message.format(path=self.result_path))
        self.open_button.setVisible(True)
        self.open_button.setFocus()
        self.exported.emit(str(self.result_path))

    def _failed(self, error: UserError) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status.setText("")
        show_user_error(self, error)

    def _cancelled(self) -> None:
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status.setText(self._stopped_text())

    def _stopped_text(self) -> str:
        done, total = self.written
        if self.project_id or not done:
            return self.tr("Export cancelled; nothing was written.")
        return self.tr(
            "Export stopped: %n of {total} PDF file(s) written in {path}.", "", done
        ).format(total=total, path=self.result_path)

    def open_result(self) -> None:
        if self.result_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result_path)))

    def done(self, result: int) -> None:
        """Closing while exporting asks first; stopping says what was written."""
        if self.worker.running():
            answer = QMessageBox.question(
                self,
                self.tr("Stop the export?"),
                self.tr("The export is still running. Stop it and close?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            if self.worker.running():  # (it may have ended while the question was open)
                self.worker.wait()  # cancels the export and waits for its thread
                QMessageBox.information(self, self.tr("Export stopped"), self._stopped_text())
        super().done(result)
