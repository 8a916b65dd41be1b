"""Small dialogs: workshop details, team details, a name prompt, a stage override, About."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from labinov import __version__
from labinov.gui.date_field import DateField
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.texts import team_kind_text
from labinov.method.teams import TEAM_KINDS
from labinov.paths import UserPaths


class _FormDialog(QDialog):
    """A form with OK/Cancel; OK stays disabled while the required name is empty."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)  # room for the example placeholders at projector font size
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.focus = focus_first_field(self)

    def reject(self) -> None:
        """Esc or Cancel: asks first when something was typed (a stray key loses nothing)."""
        if self.focus.may_discard():
            super().reject()

    def require(self, line: QLineEdit) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        def check() -> None:
            ok.setEnabled(bool(line.text().strip()))

        line.textChanged.connect(check)
        check()


class WorkshopDialog(_FormDialog):
    """Name, organiser, place, dates, moderators and description of a workshop."""

    def __init__(
        self,
        parent: QWidget | None = None,
        values: dict[str, Any] | None = None,
        language: str | None = None,
    ):
        super().__init__(self.tr("Workshop"), parent)
        values = values or {}
        # the main window's language unless told (callers need not pass it along)
        self.language = language or getattr(getattr(parent, "context", None), "language", "id")
        self.name = QLineEdit(values.get("name", ""))
        self.name.setPlaceholderText(self.tr("e.g. Laboratorium Inovasi Kota Makassar 2026"))
        self.organiser = QLineEdit(values.get("organiser", ""))
        self.organiser.setPlaceholderText(self.tr("e.g. Balitbangda Kota Makassar"))
        self.place = QLineEdit(values.get("place", ""))
        self.start = self._date(values.get("start_date"))
        self.end = self._date(values.get("end_date"))
        # the end's calendar opens at the start's month, not today's (a workshop of next
        # month took a page forward in each calendar)
        self.end.set_near(self.start.value())
        self.start.value_changed.connect(self.end.set_near)
        self.moderators = QLineEdit(values.get("moderators", ""))
        self.description = QPlainTextEdit(values.get("description", ""))
        self.description.setFixedHeight(90)
        self.description.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Organiser:"), self.organiser)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("&Start date:"), self.start)
        self.form.addRow(self.tr("&End date:"), self.end)
        self.form.addRow(self.tr("&Moderators:"), self.moderators)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.require(self.name)

    def _date(self, value: date | None) -> DateField:
        edit = DateField(self.language, allow_month=False)  # a workshop's days are known
        edit.set_value(value)
        return edit

    def accept(self) -> None:
        """Not while a date field holds text that is not a date: it stays red with the
        reason, and gets the focus."""
        for field in (self.start, self.end):
            if not field.commit_text():
                field.setFocus()
                return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "organiser": self.organiser.text().strip(),
            "place": self.place.text().strip(),
            "start_date": self.start.value(),
            "end_date": self.end.value(),
            "moderators": self.moderators.text().strip(),
            "description": self.description.toPlainText().strip(),
        }


class TeamDialog(_FormDialog):
    """Name and kind (OPD, Perusda, academic, community) of a team."""

    def __init__(self, parent: QWidget | None = None, values: dict[str, Any] | None = None):
        super().__init__(self.tr("Team"), parent)
        values = values or {}
        self.name = QLineEdit(values.get("name", ""))
        self.name.setPlaceholderText(self.tr("e.g. Dinas Kesehatan"))
        self.kind = QComboBox()
        for kind in TEAM_KINDS:
            self.kind.addItem(team_kind_text(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "opd"))))
        self.contact = QLineEdit(values.get("contact", ""))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Contact:"), self.contact)
        self.require(self.name)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "contact": self.contact.text().strip(),
        }


class NameDialog(_FormDialog):
    """Asks for one name or title."""

    def __init__(
        self,
        title: str,
        label: str,
        text: str = "",
        parent: QWidget | None = None,
        example: str = "",
    ):
        super().__init__(title, parent)
        self.name = QLineEdit(text)
        self.name.setPlaceholderText(example)  # as the workshop and team dialogs show one
        self.name.selectAll()
        self.form.addRow(label, self.name)
        self.require(self.name)

    def value(self) -> str:
        return self.name.text()


class OverrideDialog(QDialog):
    """Marking a stage done while required outputs are missing: lists them and asks the
    moderator for the reason recorded with the stage. OK stays disabled without a reason."""

    def __init__(self, stage_name: str, missing: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("{stage} is not complete").format(stage=stage_name))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("These required outputs are still empty:"))
        listed = QLabel("\n".join(f"• {title}" for title in missing))
        listed.setObjectName("missingOutputs")
        listed.setTextFormat(Qt.TextFormat.PlainText)
        listed.setWordWrap(True)
        ask = QLabel(
            self.tr(
                "A moderator may mark the stage done anyway. Why? "
                "The reason is recorded with the stage."
            )
        )
        ask.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(
            self.tr("e.g. The team agreed to fill in the indicators after the trial.")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark done anyway"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda: ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        ok.setEnabled(False)
        self.reason.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        for widget in (intro, listed, ask, self.reason, self.buttons):
            layout.addWidget(widget)
        self.focus = focus_first_field(self)

    def reject(self) -> None:
        if self.focus.may_discard():
            super().reject()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class AboutDialog(QDialog):
    """Version, data folder and log folder."""

    def __init__(self, paths: UserPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Labinov"))
        self.setMinimumWidth(520)
        text = QLabel(
            self.tr(
                "<h2>Labinov {version}</h2>"
                "<p>Laboratorium Inovasi: the 5D method — Drum up, Diagnose, Design, "
                "Delivery, Display — for regional government innovation teams.</p>"
            ).format(version=__version__)
        )
        text.setWordWrap(True)
        folders = QLabel(
            self.tr("Data folder: {data}\nLog folder: {logs}").format(
                data=paths.data_dir, logs=paths.log_dir
            )
        )
        folders.setTextFormat(Qt.TextFormat.PlainText)  # paths may hold < or &
        folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folders.setObjectName("aboutFolders")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(folders)
        layout.addWidget(buttons)
        focus_first_field(self)  # no field: Qt's own choice, the Close button
