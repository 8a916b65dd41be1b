"""A stage of one project: its guidance, its status, and the panels features add.

The guidance tab shows what the method asks (``resources/method/stages.json``); further
tabs come from ``STAGE_PANELS`` in ``labinov/app.py`` (worksheets, canvases).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.projector import ProjectorPreset
from labinov.gui.stage_colours import STAGE_COLOURS
from labinov.gui.texts import status_text
from labinov.method.stages import Stage, StageStatus, stage_content

if TYPE_CHECKING:
    from labinov.store.fast_edits import Version

# the waiting panels are built one per timer turn after the services come (a timer, not a
# zero timer: those are posted events, and a chain of them starved input and other timers)
TURN_MS = 1
StagePanel = Callable[[AppContext, str, str], QWidget | Sequence[QWidget]]

STEPS = QT_TRANSLATE_NOOP("StagePage", "Steps")
QUESTIONS = QT_TRANSLATE_NOOP("StagePage", "Guiding questions")
OUTPUTS = QT_TRANSLATE_NOOP("StagePage", "Expected outputs")
TIPS = QT_TRANSLATE_NOOP("StagePage", "Tips for the moderator")


def guidance_html(stage: Stage, language: str) -> str:
    """The stage's guidance as simple HTML; the content is ours, escaped all the same."""
    content = stage_content(stage)

    def items(key: str) -> str:
        values = content.text(key, language) or []
        return "".join(f"<li>{escape(str(v))}</li>" for v in values)

    def tr(text: str) -> str:
        return QCoreApplication.translate("StagePage", text)

    colour = STAGE_COLOURS[stage]
    return (
        f"<h2 style='color:{colour}'>{content.number}. {escape(content.name(language))} — "
        f"{escape(content.text('subtitle', language))}</h2>"
        f"<p><b>{escape(content.text('question', language))}</b></p>"
        f"<p>{escape(content.text('goal', language))}</p>"
        f"<h3>{escape(tr(STEPS))}</h3><ol>{items('steps')}</ol>"
        f"<h3>{escape(tr(QUESTIONS))}</h3><ul>{items('guiding_questions')}</ul>"
        f"<h3>{escape(tr(OUTPUTS))}</h3><ul>{items('outputs')}</ul>"
        f"<h3>{escape(tr(TIPS))}</h3><ul>{items('tips')}</ul>"
    )


class StagePage(QWidget):
    """Status bar with Start / Mark done / Reopen, then the guidance and feature tabs."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        stage: Stage,
        panels: Sequence[StagePanel] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.stage = stage
        self.setObjectName(f"stagePage_{stage.value}")

        self.status_label = QLabel()
        self.status_label.setObjectName("stageStatus")
        self.start_button = QPushButton(self.tr("&Start stage"))
        self.start_button.setObjectName("startStage")
        self.done_button = QPushButton(self.tr("Mark stage &done"))
        self.done_button.setObjectName("completeStage")
        self.done_button.setToolTip(self.tr("Record that this stage's outputs are finished"))
        self.reopen_button = QPushButton(self.tr("&Reopen stage"))
        self.reopen_button.setObjectName("reopenStage")
        self.start_button.clicked.connect(self.start)
        self.done_button.clicked.connect(lambda: self.complete())
        self.reopen_button.clicked.connect(self.reopen)
        # The status and its buttons sit at the right end of the tab bar: no row of their own.
        self.status_bar = QWidget()
        self.status_bar.setObjectName("stageStatusBar")
        bar = QHBoxLayout(self.status_bar)
        bar.setContentsMargins(8, 0, 2, 2)
        bar.setSpacing(4)
        bar.addWidget(self.status_label, 1)
        for button in (self.start_button, self.done_button, self.reopen_button):
            bar.addWidget(button)
        self.status_label.setMinimumWidth(0)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("stageTabs")
        self.tabs.setDocumentMode(True)  # no frame round the board: a few pixels more for it
        self.tabs.setCornerWidget(self.status_bar, Qt.Corner.TopRightCorner)
        guidance = QLabel(guidance_html(stage, context.language))
        guidance.setObjectName("stageGuidance")
        guidance.setWordWrap(True)
        guidance.setTextFormat(Qt.TextFormat.RichText)
        guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        guidance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        guidance.setMargin(12)
        guidance.setAutoFillBackground(True)  # white like a page: easier to read on a projector
        guidance.setBackgroundRole(QPalette.ColorRole.Base)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(guidance)
        ProjectorPreset.of(context).follow(scroll)
        self.tabs.addTab(scroll, self.tr("Guidance"))
        # on the quick start's boot store only panels that work on it are built (the
        # board); the others show "Loading…" until ``services_ready``
        self._waiting: list[tuple[QWidget, StagePanel]] = []
        for make_panel in panels:
            if context.services is None and not getattr(make_panel, "WORKS_EARLY", False):
                waiting = QLabel(self.tr("Loading…"))
                waiting.setObjectName("panelLoading")
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.tabs.addTab(waiting, self.tr("Loading…"))
                self._waiting.append((waiting, make_panel))
                continue
            self._add_panels(make_panel, self.tabs.count())

        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        self.reload()
        context.events.project_changed.connect(self._project_changed)

    def _tab_shown(self, index: int) -> None:
        """A tab chosen with the mouse: its panel takes the keyboard (a board: N adds a
        note at once). Arrow keys on the tab bar keep it there, to go on through tabs."""
        take_focus = getattr(self.tabs.widget(index), "take_focus", None)
        if self.isVisible() and callable(take_focus) and not self.tabs.tabBar().hasFocus():
            take_focus()

    def _add_panels(self, make_panel: StagePanel, index: int) -> None:
        made = make_panel(self.context, self.project_id, self.stage.value)
        for panel in made if isinstance(made, list | tuple) else [made]:
            title = getattr(panel, "panel_title", None)
            self.tabs.insertTab(index, panel, title() if callable(title) else panel.windowTitle())
            applies = getattr(panel, "applies", None)  # as ``reload`` says (built late: after it)
            if callable(applies):
                self.tabs.setTabVisible(index, applies())
            index += 1

    def services_ready(self) -> None:
        """The services took over from the boot store: the board's actions come back, the
        buttons work, and the waiting panels are built in their places, one per turn of
        the event loop (a worksheet panel takes ~0.1 s: typing goes on in between)."""
        for index in range(self.tabs.count()):
            ready = getattr(self.tabs.widget(index), "services_ready", None)
            if callable(ready):
                ready()
        self.reload()
        QTimer.singleShot(TURN_MS, self, self._build_waiting)

    def _build_waiting(self) -> None:
        if not self._waiting:
            return
        waiting, make_panel = self._waiting.pop(0)
        current = self.tabs.currentWidget()
        index = self.tabs.indexOf(waiting)
        self.tabs.removeTab(index)
        waiting.deleteLater()
        self._add_panels(make_panel, index)
        if current is not waiting and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        if self._waiting:
            QTimer.singleShot(TURN_MS, self, self._build_waiting)

    def loading(self) -> bool:
        """Panels still wait for the services (built after ``services_ready``)."""
        return bool(self._waiting)

    def _project_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.reload()

    def set_focus_mode(self, on: bool) -> None:
        """Hide the tab bar and the status buttons: the open tab takes the whole page."""
        self.tabs.tabBar().setVisible(not on)
        self.status_bar.setVisible(not on)

    def _status(self) -> tuple[str, str | None]:
        """(status, the moderator's reason); from the boot store before the services."""
        if self.context.services is None:
            assert self.context.boot is not None
            head = self.context.boot.project(self.project_id)
            value = self.stage.value
            return head.statuses.get(value, StageStatus.NOT_STARTED), head.override_reasons.get(
                value
            )
        work = self.context.services.stages.get(self.project_id, self.stage)
        self.context.versions.record(self._row_key, work.rev)  # what the buttons check
        return work.status, work.override_reason

    @property
    def _row_key(self) -> tuple[str, str, str]:
        """The stage's row as ``context.versions`` knows it (its answers' panel too)."""
        return ("stagework", self.project_id, self.stage.value)

    def reload(self) -> None:
        status, reason = self._status()
        text = self.tr("Status: {status}").format(status=status_text(status))
        if status == StageStatus.DONE and reason:
            text += " — " + self.tr("marked done by the moderator: {reason}").format(reason=reason)
        self.status_label.setText(text)
        self.start_button.setVisible(status == StageStatus.NOT_STARTED)
        self.done_button.setVisible(status != StageStatus.DONE)
        self.reopen_button.setVisible(status == StageStatus.DONE)
        early = self.context.services is None
        loading = self.tr("Available in a moment: Labinov is still loading")
        for button in (self.start_button, self.reopen_button):
            button.setEnabled(not early)
            button.setToolTip(loading if early else "")
        self.done_button.setEnabled(not early)
        self.done_button.setToolTip(
            loading if early else self.tr("Record that this stage's outputs are finished")
        )
        for index in range(self.tabs.count()):  # a panel with ``applies()`` shows while True
            applies = getattr(self.tabs.widget(index), "applies", None)
            if callable(applies):
                self.tabs.setTabVisible(index, applies())

    # -- status changes, each one undoable step ------------------------------------

    def _run(self, text: str, change: Callable[[Version | None], dict]) -> bool:
        """``change(version)`` as one undoable step, each run (and its undo) checked against
        the version of the stage's row this app last loaded or wrote: a status set from an
        old view (another app changed the stage since) is refused, the project's pages
        reload and it is shown once."""
        context, project_id, stage = self.context, self.project_id, self.stage
        versions, row = context.versions, self._row_key

        def changed() -> None:
            context.project_changed(project_id)
            context.structure_changed()

        def undo(previous: dict) -> Any:
            return versions.run(
                row,
                lambda version: context.services.stages.restore_state(
                    project_id, stage, previous, version
                ),
                changed,
            )

        command = ServiceCommand(
            text,
            do=lambda: versions.run(row, change, changed),
            undo=undo,
            on_change=changed,
        )
        return execute(context.stack_for(project_id), command, self)

    def start(self) -> bool:
        stages, project_id, stage = self.context.services.stages, self.project_id, self.stage
        name = stage_content(stage).name(self.context.language)
        return self._run(
            self.tr("Start {stage}").format(stage=name),
            lambda version: stages.start(project_id, stage, version),
        )

    def complete(self, override_reason: str | None = None) -> bool:
        """Mark done. When required outputs are missing and no reason is given, the
        override dialog opens (window-modal, not blocking) and this returns False; the
        stage is marked done, with the reason recorded, once the moderator accepts it."""
        stages = self.context.services.stages
        project_id, stage = self.project_id, self.stage
        name = stage_content(stage).name(self.context.language)
        missing = stages.missing_outputs(project_id, stage)
        if missing and not (override_reason or "").strip():
            from labinov.gui.dialogs import OverrideDialog

            dialog = OverrideDialog(name, missing, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self.complete(dialog.reason_text()))
            dialog.open()
            return False
        return self._run(
            self.tr("Complete {stage}").format(stage=name),
            lambda version: stages.complete(
                project_id, stage, override_reason if missing else None, version
            ),
        )

    def reopen(self) -> bool:
        stages, project_id, stage = self.context.services.stages, self.project_id, self.stage
        name = stage_content(stage).name(self.context.language)
        return self._run(
            self.tr("Reopen {stage}").format(stage=name),
            lambda version: stages.reopen(project_id, stage, version),
        )
