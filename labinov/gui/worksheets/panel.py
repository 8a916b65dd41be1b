"""The worksheet of one stage of a project: every question of ``worksheets.json`` on one page.

Every edit is one undoable command on the project's stack calling ``services.worksheets``;
the command's undo puts back the previous value the service returned. Views reload from the
store when the project changes (``context.events.project_changed``), so an undo done from
the Edit menu, or after this panel was closed, shows up correctly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.projector import ProjectorPreset
from labinov.gui.spelling import SpellHighlighter
from labinov.gui.spelling import attach as attach_spelling
from labinov.gui.worksheets.canvas_pick import CanvasPickDialog
from labinov.gui.worksheets.steady_label import SteadyLabel, set_text_colour
from labinov.gui.worksheets.table_editor import TableEditor
from labinov.gui.worksheets.table_model import WorksheetTableModel
from labinov.gui.worksheets.text_field import TextFieldEditor
from labinov.method import followups, gates
from labinov.method.sheets import Sheet, sheets_of
from labinov.method.stages import Stage, pick
from labinov.method.worksheets import DATE, LIST, TEXT, Field, worksheet
from labinov.spelling import project_glossary

if TYPE_CHECKING:
    from labinov.store.fast_edits import Version

TYPING_MERGE_ID = 4101  # typing in one field merges into one undo step
MISSING_COLOUR = "#b9770e"
DONE_COLOUR = "#1e8449"
HINT_COLOUR = "#4d5656"  # readable on a projector, quieter than the field


def panel_title() -> str:
    return QCoreApplication.translate("WorksheetPanel", "Worksheet")


class WorksheetPanel(QWidget):
    """Text fields with word counts, lists and tables of one stage, autosaved and undoable."""

    def __init__(
        self,
        context: AppContext,
        project_id: str,
        stage: Stage | str,
        parent: QWidget | None = None,
        sheet: Sheet | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.stage = Stage(stage)
        self.sheet = sheet  # a further sheet of the stage (``sheets.py``), else the main one
        self.setObjectName(f"sheet_{sheet.key}" if sheet else f"worksheet_{self.stage.value}")
        ProjectorPreset.of(context).follow(self)  # before the fields: they inherit its font
        self.service = context.services.worksheets
        self.service.language = context.language  # missing outputs named in the UI language
        self.language = context.language
        self.fields = sheet.fields if sheet else worksheet(self.stage)
        self.texts: dict[str, TextFieldEditor] = {}
        self.tables: dict[str, TableEditor] = {}
        self.spell_marks: list[SpellHighlighter] = []  # one per multi-line text

        self.progress_label = SteadyLabel()  # the form does not move as the list shortens
        self.progress_label.setObjectName("worksheetProgress")
        page = QWidget()
        form = QVBoxLayout(page)
        if sheet is not None and pick(sheet.help, self.language):
            intro = QLabel(str(pick(sheet.help, self.language)))
            intro.setObjectName("sheetHelp")
            intro.setWordWrap(True)
            form.addWidget(intro)
        for item in self.fields:
            form.addWidget(self._group(item))
        form.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.progress_label)
        layout.addWidget(scroll, 1)
        self.reload()
        context.events.project_changed.connect(self._project_changed)

    def panel_title(self) -> str:
        return self.sheet.title(self.language) if self.sheet else panel_title()

    def applies(self) -> bool:
        """Whether its tab shows (the stage page asks on every change of the project): a
        further sheet only while it applies to the profile, e.g. the reuse sheet once a
        replication names its source."""
        if self.sheet is None or not self.sheet.when_profile:
            return True
        return self.sheet.applies(self.context.services.projects.get(self.project_id).profile)

    # -- building ----------------------------------------------------------------------

    def _group(self, item: Field) -> QGroupBox:
        title = item.title(self.language) + (" *" if item.required else "")
        group = QGroupBox(title)
        group.setObjectName(f"group_{item.key}")
        box = QVBoxLayout(group)
        help_text = pick(item.help, self.language)
        if help_text:
            hint = QLabel(str(help_text))
            hint.setWordWrap(True)
            set_text_colour(hint, HINT_COLOUR)
            box.addWidget(hint)
        if item.kind in (TEXT, DATE):
            editor = TextFieldEditor(
                item,
                lambda text, key=item.key: self._save_text(key, text),
                language=self.language,
            )
            self.texts[item.key] = editor
            if isinstance(editor.editor, QPlainTextEdit):
                self.spell_marks.append(attach_spelling(editor.editor, self.context))
            box.addWidget(editor)
        else:
            model = WorksheetTableModel(
                item,
                self.language,
                lambda row, column, text, key=item.key: self._set_cell(key, row, column, text),
            )
            table = TableEditor(model)
            table.add_requested.connect(lambda row, key=item.key: self.add_row(key, row))
            table.delete_requested.connect(lambda row, key=item.key: self.delete_row(key, row))
            table.move_requested.connect(lambda row, to, key=item.key: self.move_row(key, row, to))
            table.canvas_requested.connect(lambda key=item.key: self.take_from_canvas(key))
            table.members_requested.connect(lambda key=item.key: self.take_members(key))
            self.tables[item.key] = table
            box.addWidget(table)
            if item.suggest == "followups":
                button = QPushButton(self.tr("Suggest dates"))
                button.setObjectName(f"suggest_{item.key}")
                button.setToolTip(
                    self.tr(
                        "Add a follow-up every 6 months from the roll-out date until the "
                        "chosen competition's minimum years of use"
                    )
                )
                button.clicked.connect(lambda _=False, key=item.key: self.suggest_followups(key))
                table.button_row.insertWidget(table.button_row.count() - 1, button)
        return group

    # -- showing -----------------------------------------------------------------------

    def _project_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.reload()

    def reload(self) -> None:
        answers, rev = self.service.versioned_answers(self.project_id, self.stage)
        self.context.versions.record(self._row_key, rev)
        if self.spell_marks:  # a renamed title or team changes the words never flagged
            glossary = project_glossary(self.context.services, self.project_id)
            for marks in self.spell_marks:
                marks.set_glossary(glossary)
        for key, editor in self.texts.items():
            editor.load(str(answers.get(key) or ""))
        for key, table in self.tables.items():
            item = next(f for f in self.fields if f.key == key)
            table.model.set_rows(answers[key] if key in answers else item.preset(self.language))
        if self.sheet is not None:
            self._sheet_progress(answers)
            return
        missing = gates.missing(self.stage, answers, self.language)
        progress = gates.progress(self.stage, answers)
        if missing:
            text = self.tr("Required outputs filled: {progress}. Still missing: {missing}").format(
                progress=progress, missing="; ".join(missing)
            )
            set_text_colour(self.progress_label, MISSING_COLOUR)
        else:
            text = self.tr(
                "All required outputs are filled ({progress}). The stage can be marked done."
            ).format(progress=progress)
            set_text_colour(self.progress_label, DONE_COLOUR)
        self.progress_label.setText(text)

    def _sheet_progress(self, answers: dict[str, Any]) -> None:
        assert self.sheet is not None
        filled, required = self.sheet.progress(answers)
        self.progress_label.setText(
            self.tr(
                "Questions answered: {filled}/{required}. This sheet does not hold up the stage."
            ).format(filled=filled, required=required)
        )
        colour = DONE_COLOUR if filled >= required else MISSING_COLOUR
        set_text_colour(self.progress_label, colour)

    # -- editing (each one undoable step) -----------------------------------------------

    @property
    def _row_key(self) -> tuple[str, str, str]:
        """The stage's answers row as ``context.versions`` knows it."""
        return ("stagework", self.project_id, self.stage.value)

    def _run(
        self, key: str, text: str, do: Callable[[Version | None], Any], merge: bool = False
    ) -> bool:
        """``do(version)`` as one undoable step, each run (and its undo) checked against
        the version of the stage's answers this app last loaded or wrote; a stale one
        reloads the pages of the project and is shown once."""
        context, service, project_id, stage = (
            self.context,
            self.service,
            self.project_id,
            self.stage,
        )
        versions, row = context.versions, self._row_key

        def changed() -> None:
            context.project_changed(project_id)
            context.structure_changed()  # a first answer starts the stage: navigator status

        def stale() -> None:
            context.project_changed(project_id)

        command = ServiceCommand(
            text,
            do=lambda: versions.run(row, do, stale),
            undo=lambda previous: versions.run(
                row, lambda v: service.set_answer(project_id, stage, key, previous, v), stale
            ),
            on_change=changed,
            merge_id=TYPING_MERGE_ID if merge else -1,
            merge_key=("worksheet", project_id, stage.value, key) if merge else None,
        )
        return execute(context.stack_for(project_id), command, self)

    def _name(self, key: str) -> str:
        return next(item for item in self.fields if item.key == key).title(self.language)

    def _save_text(self, key: str, text: str) -> bool:
        service, project_id, stage = self.service, self.project_id, self.stage
        value = text if text.strip() else None
        return self._run(
            key,
            self.tr("Edit {field}").format(field=self._name(key)),
            lambda version: service.set_answer(project_id, stage, key, value, version),
            merge=True,
        )

    def _set_cell(self, key: str, row: int, column: str, text: str) -> bool:
        service, project_id, stage = self.service, self.project_id, self.stage
        return self._run(
            key,
            self.tr("Edit {field}").format(field=self._name(key)),
            lambda version: service.set_cell(project_id, stage, key, row, column, text, version),
        )

    def add_row(self, key: str, after: int = -1) -> bool:
        service, project_id, stage = self.service, self.project_id, self.stage
        index = after + 1 if after >= 0 else None
        done = self._run(
            key,
            self.tr("Add a row to {field}").format(field=self._name(key)),
            lambda version: service.add_row(project_id, stage, key, index=index, version=version),
        )
        if done:
            table = self.tables[key]
            row = index if index is not None else table.model.rowCount() - 1
            editor = table.edit_row(row)
            if editor is not None:  # the worksheet scrolls too: the whole line in view
                self.scroll.ensureWidgetVisible(editor, 0, 8)
        return done

    def delete_row(self, key: str, row: int) -> bool:
        service, project_id, stage = self.service, self.project_id, self.stage
        done = self._run(
            key,
            self.tr("Delete a row of {field}").format(field=self._name(key)),
            lambda version: service.delete_row(project_id, stage, key, row, version),
        )
        if done:  # the next row takes the selection: Delete pressed again deletes it
            table = self.tables[key]
            table.select_row(min(row, table.model.rowCount() - 1))
        return done

    def move_row(self, key: str, row: int, to: int) -> bool:
        service, project_id, stage = self.service, self.project_id, self.stage
        done = self._run(
            key,
            self.tr("Move a row of {field}").format(field=self._name(key)),
            lambda version: service.move_row(project_id, stage, key, row, to, version),
        )
        if done:
            self.tables[key].select_row(to)
        return done

    def add_texts(self, key: str, texts: list[str]) -> bool:
        """Add rows whose first column is each text (canvas notes) as one undoable step."""
        if not texts:
            return False
        item = next(item for item in self.fields if item.key == key)
        service, project_id, stage = self.service, self.project_id, self.stage
        rows = list(service.answer(project_id, stage, key) or [])
        first = item.columns[0].key if item.kind != LIST else ""
        rows += [text if item.kind == LIST else {first: text} for text in texts]
        return self._run(
            key,
            self.tr("Take notes into {field}").format(field=self._name(key)),
            lambda version: service.set_answer(project_id, stage, key, rows, version),
        )

    def take_members(self, key: str) -> bool:
        """Add the team's members (not yet listed) as rows, one undoable step."""
        service, project_id, stage = self.service, self.project_id, self.stage
        new = service.member_rows(project_id, stage, key)
        if not new:
            return False
        rows = list(service.answer(project_id, stage, key) or []) + new
        return self._run(
            key,
            self.tr("Take the team's members into {field}").format(field=self._name(key)),
            lambda version: service.set_answer(project_id, stage, key, rows, version),
        )

    def suggest_followups(self, key: str) -> bool:
        """Add the suggested follow-up dates (``followups.suggest``) as one undoable step."""
        services, project_id, stage = self.context.services, self.project_id, self.stage
        profile = services.projects.get(project_id).profile or {}
        rows = list(self.service.answer(project_id, stage, key) or [])
        new = followups.suggest(profile, {key: rows}, self.language)
        if not new:
            QMessageBox.information(
                self,
                self.tr("Suggest dates"),
                self.tr(
                    "There is nothing to suggest: write the roll-out date (waktu penerapan) "
                    "in the profile, or the plan already has these dates."
                ),
            )
            return False
        return self._run(
            key,
            self.tr("Suggest follow-up dates"),
            lambda version: self.service.set_answer(project_id, stage, key, rows + new, version),
        )

    def take_from_canvas(self, key: str) -> bool:
        notes = self.service.canvas_suggestions(self.project_id, self.stage, key)
        dialog = CanvasPickDialog(notes, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.add_texts(key, dialog.chosen())


def worksheet_panel(context: AppContext, project_id: str, stage: str) -> WorksheetPanel:
    """The ``STAGE_PANELS`` entry (``labinov.gui.worksheets:worksheet_panel``)."""
    return WorksheetPanel(context, project_id, stage)


def sheet_panels(context: AppContext, project_id: str, stage: str) -> list[WorksheetPanel]:
    """The ``STAGE_PANELS`` entry of the further sheets: one tab each, shown while it
    applies to the project (``WorksheetPanel.applies``: the reuse sheet only for a
    replication, appearing as soon as the profile names one)."""
    return [WorksheetPanel(context, project_id, stage, sheet=found) for found in sheets_of(stage)]


__all__ = ["WorksheetPanel", "panel_title", "sheet_panels", "worksheet_panel"]
