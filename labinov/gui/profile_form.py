"""The innovation profile form (METHOD.md §4), built from ``resources/method/profile.json``."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.autosave import TextSaver, word_count
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.context import AppContext
from labinov.gui.date_field import DateField
from labinov.gui.iid_panel import IidIndicatorsPanel
from labinov.gui.projector import ProjectorPreset
from labinov.gui.spelling import attach as attach_spelling
from labinov.gui.supporting_files import ProjectFiles, SupportingFilesButton
from labinov.gui.worksheets.steady_label import set_text_colour
from labinov.method import competition
from labinov.method.locale import date_from_iso
from labinov.method.profile import ProfileField, profile_fields
from labinov.method.stages import pick
from labinov.spelling import project_glossary

PROFILE_MERGE_ID = 1001
SHORT_COLOUR = "#b9770e"  # fewer words than the form asks


def _row(widget: QWidget, files: QWidget | None) -> QHBoxLayout:
    """A field (or its word count) with its supporting-data button at the right."""
    row = QHBoxLayout()
    row.addWidget(widget, 1)
    if files is not None:
        row.addWidget(files)
    return row


class ProfileForm(QScrollArea):
    """Edits one project's profile; every change is an undoable step on the project stack.

    Choices and dates save at once; text saves on an idle pause (``TextSaver``), and
    consecutive saves of one field merge into one undo step.
    """

    def __init__(self, context: AppContext, project_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.project_id = project_id
        self.setWidgetResizable(True)
        self.setObjectName("profileForm")
        # the team reads its profile on the projector too: larger with the preset, as the
        # worksheets (before the fields: they inherit the font)
        ProjectorPreset.of(context).follow(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        intro = QLabel(
            self.tr(
                "The innovation profile follows the Regional Innovation Index form; "
                "the paperclip keeps each field's supporting data. Changes are saved automatically."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        self.setWidget(body)
        self._files: list[SupportingFilesButton] = []
        # the paperclips read the project's files once, again only when they change
        self.project_files = ProjectFiles(context, project_id, self)
        self._editors: dict[str, QWidget] = {}
        self._savers: dict[str, TextSaver] = {}
        self._counts: dict[str, QLabel] = {}
        self._loading = False
        lang = context.language
        for field in profile_fields():
            editor = self._make_editor(field)
            editor.setObjectName(f"profile_{field.key}")
            label = QLabel(field.label(lang) + ":")
            label.setBuddy(editor)
            if field.help(lang):
                editor.setToolTip(field.help(lang))
            files = (
                SupportingFilesButton(self.project_files, f"field:{field.key}", field.label(lang))
                if field.evidence
                else None
            )
            if files is not None:
                self._files.append(files)
            if field.kind == "longtext":
                box = QWidget()
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(0, 0, 0, 0)
                box_layout.addWidget(editor)
                count = QLabel()
                count.setObjectName(f"count_{field.key}")
                self._counts[field.key] = count
                box_layout.addLayout(_row(count, files))
                self.form.addRow(label, box)
            else:
                self.form.addRow(label, _row(editor, files) if files else editor)
            self._editors[field.key] = editor
        self._add_letters(layout)
        self.iid = IidIndicatorsPanel(self.project_files)
        layout.addWidget(self.iid)
        layout.addStretch(1)
        self.reload()
        context.events.project_changed.connect(self._project_changed)

    def _project_changed(self, project_id: str) -> None:
        if project_id == self.project_id:
            self.reload()
            self.iid.reload()

    def _add_letters(self, layout: QVBoxLayout) -> None:
        """The files of the letters an outline requires (surat pernyataan, kesediaan…)."""
        letters = competition.letter_choices()
        if not letters:
            return
        box = QGroupBox(self.tr("Letters and attachments"))
        form = QFormLayout(box)
        for letter in letters:
            name = str(pick(letter["label"], self.context.language))
            files = SupportingFilesButton(self.project_files, f"letter:{letter['key']}", name)
            self._files.append(files)
            label = QLabel(name + ":")
            label.setWordWrap(True)
            form.addRow(label, files)
        layout.addWidget(box)

    # -- building ------------------------------------------------------------------

    @cached_property
    def _glossary(self) -> set[str]:
        """The project's own words (OPD names, acronyms), read once for all its texts."""
        return project_glossary(self.context.services, self.project_id)

    def _make_editor(self, field: ProfileField) -> QWidget:
        lang = self.context.language
        if field.kind in ("text", "longtext"):
            editor: QLineEdit | QPlainTextEdit
            if field.kind == "text":
                editor = QLineEdit()
            else:
                editor = QPlainTextEdit()
                editor.setMinimumHeight(110)
                editor.setTabChangesFocus(True)
                editor.textChanged.connect(lambda key=field.key: self._update_count(key))
                attach_spelling(editor, self.context, self._glossary)
            self._savers[field.key] = TextSaver(
                editor, lambda text, key=field.key: self._save(key, text)
            )
            return editor
        if field.kind == "choice":
            combo = QComboBox()
            combo.addItem(self.tr("— not chosen —"), None)
            for key, _label in field.choices:
                combo.addItem(field.choice_label(key, lang), key)
            combo.currentIndexChanged.connect(
                lambda _i, key=field.key, c=combo: self._changed(key, c.currentData())
            )
            return combo
        if field.kind == "multichoice":
            listing = QListWidget()
            listing.setMaximumHeight(150)
            # long affairs wrap ("Ketenteraman, ketertiban umum dan pelindungan
            # masyarakat"): at 1024×600 they ran out of the box behind a sideways scroll bar
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setResizeMode(QListWidget.ResizeMode.Adjust)
            for key, _label in field.choices:
                item = QListWidgetItem(field.choice_label(key, lang))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                listing.addItem(item)
            listing.itemChanged.connect(
                lambda _item, key=field.key, w=listing: self._changed(key, self._checked(w))
            )
            return listing
        # a trial or roll-out date is often known only to the month ("April 2017")
        edit = DateField(lang, allow_month=True)
        edit.value_changed.connect(
            lambda value, key=field.key: self._changed(key, value and value.isoformat())
        )
        return edit

    @staticmethod
    def _checked(listing: QListWidget) -> list[str]:
        return [
            listing.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(listing.count())
            if listing.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- loading and saving --------------------------------------------------------

    def reload(self) -> None:
        """Show what the store holds."""
        project = self.context.services.projects.get(self.project_id)
        # the version shown, which the next edit checks (the project page keeps the same)
        self.context.versions.record(("project", self.project_id), project.rev)
        profile = project.profile
        self._loading = True
        try:
            for field in profile_fields():
                self._show(field, profile.get(field.key))
        finally:
            self._loading = False

    def _show(self, field: ProfileField, value: Any) -> None:
        editor = self._editors[field.key]
        if field.key in self._savers:
            self._savers[field.key].load(value or "")
            self._update_count(field.key)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QListWidget):
            chosen = set(value or [])
            for row in range(editor.count()):
                item = editor.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        elif isinstance(editor, DateField):
            try:
                editor.set_value(date_from_iso(value) if value else None)
            except ValueError:  # text stored before dates were checked: shown as it is
                editor.set_value(None)
                editor.edit.setText(str(value))

    def _update_count(self, key: str) -> None:
        label = self._counts.get(key)
        if label is None:
            return
        field = next(f for f in profile_fields() if f.key == key)
        words = word_count(self._savers[key].text())
        if field.min_words:
            label.setText(
                self.tr("%n word(s); at least {minimum} asked", "", words).format(
                    minimum=field.min_words
                )
            )
            short = 0 < words < field.min_words
            # the palette, not a style sheet: that held the font at the usual size with
            # the projector preset on; the text's own colour, as the worksheets' counts
            # (a light grey read badly on a projector)
            if short:
                set_text_colour(label, SHORT_COLOUR)
            else:
                label.setPalette(QPalette())
        else:
            label.setText(self.tr("%n word(s)", "", words))

    def _changed(self, key: str, value: Any) -> None:
        if not self._loading:
            self._save(key, value)

    def _save(self, key: str, value: Any) -> bool:
        """One undoable step, each run (and its undo) checked against the version of the
        project this app last loaded or wrote; a stale one reloads the project's pages and
        is shown once (``Versions.run``)."""
        context = self.context  # the command must not hold the widget
        services = context.services
        project_id = self.project_id
        versions, row = context.versions, ("project", project_id)
        field = next(f for f in profile_fields() if f.key == key)

        def write(values: dict[str, Any]) -> Any:
            return versions.run(
                row,
                lambda version: services.projects.update_profile(project_id, values, version),
                lambda: context.project_changed(project_id),
            )

        command = ServiceCommand(
            self.tr("Edit “{field}”").format(field=field.label(context.language)),
            do=lambda: write({key: value}),
            undo=write,
            on_change=lambda: context.project_changed(project_id),
            merge_id=PROFILE_MERGE_ID,
            merge_key=(project_id, key),
        )
        return execute(self.context.stack_for(project_id), command, self)
