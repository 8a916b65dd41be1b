"""The IID indicators of one innovation in the profile: per indicator the level reached,
its evidence (text) and files, and the estimated score and rating, labelled *perkiraan*."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from labinov.gui.autosave import TextSaver
from labinov.gui.commands import ServiceCommand, execute
from labinov.gui.supporting_files import ProjectFiles, SupportingFilesButton
from labinov.method import iid, locale

IID_MERGE_ID = 1002


class IidIndicatorsPanel(QGroupBox):
    def __init__(self, files: ProjectFiles) -> None:
        """``files``: the project's files, shared with the rest of its form's paperclips."""
        super().__init__()
        context, project_id = files.context, files.project_id
        self.context, self.project_id = context, project_id
        self.setObjectName("iidIndicators")
        self.setTitle(self.tr("Regional Innovation Index (IID) indicators"))
        lang = context.language
        layout = QVBoxLayout(self)
        self.score = QLabel()
        self.score.setObjectName("iidScore")
        self.score.setWordWrap(True)
        layout.addWidget(self.score)
        note = QLabel(
            self.tr(
                "An estimate (perkiraan) of this innovation's own indicator score: the real "
                "index is computed by Kemendagri for the whole region. Indicators marked * "
                "are taken from a later guide and not confirmed for this year."
            )
        )
        note.setWordWrap(True)
        # a palette, not a style sheet: a style sheet stops the projector preset's larger
        # font from reaching the label
        greyed = note.palette()
        greyed.setColor(QPalette.ColorRole.WindowText, greyed.color(QPalette.ColorRole.Mid))
        note.setPalette(greyed)
        layout.addWidget(note)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.levels: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLineEdit] = {}
        self._savers: dict[str, TextSaver] = {}
        self.files: dict[str, SupportingFilesButton] = {}
        self._loading = False
        for row, indicator in enumerate(iid.indicators()):
            number = str(indicator.no)
            mark = "" if indicator.confirmed else " *"
            name = QLabel(f"{indicator.no}. {indicator.label(lang)}{mark}")
            name.setWordWrap(True)
            if indicator.mandatory:
                bold = QFont()  # only the weight: the size follows the form (projector)
                bold.setBold(True)
                name.setFont(bold)
                name.setToolTip(self.tr("Mandatory indicator"))
            combo = QComboBox()
            combo.setObjectName(f"iid_level_{number}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.addItem(self.tr("— not met —"), 0)
            for option in indicator.data["options"]:
                level = int(option["level"])
                combo.addItem(f"{level} — {indicator.option(level, lang)}", level)
            combo.currentIndexChanged.connect(lambda _i, n=number: self._level_changed(n))
            evidence = QLineEdit()
            evidence.setObjectName(f"iid_evidence_{number}")
            evidence.setPlaceholderText(indicator.evidence_hint(lang))
            evidence.setToolTip(indicator.evidence_hint(lang))
            self._savers[number] = TextSaver(
                evidence, lambda text, n=number: self._save_evidence(n, text)
            )
            paperclip = SupportingFilesButton(files, f"indicator:{number}", indicator.label(lang))
            grid.addWidget(name, row, 0)
            grid.addWidget(combo, row, 1)
            box = QHBoxLayout()
            box.addWidget(evidence, 1)
            box.addWidget(paperclip)
            grid.addLayout(box, row, 2)
            self.levels[number], self.evidence[number] = combo, evidence
            self.files[number] = paperclip
        grid.setColumnMinimumWidth(0, 160)
        self.reload()

    def reload(self) -> None:
        project = self.context.services.projects.get(self.project_id)
        self.context.versions.record(("project", self.project_id), project.rev)
        profile = project.profile or {}
        levels = profile.get(iid.LEVELS_KEY) or {}
        evidence = profile.get(iid.EVIDENCE_KEY) or {}
        self._loading = True
        try:
            for number, combo in self.levels.items():
                combo.setCurrentIndex(max(0, combo.findData(int(levels.get(number) or 0))))
                self._savers[number].load(evidence.get(number, ""))
        finally:
            self._loading = False
        self._show_score(profile)

    def _show_score(self, profile: dict[str, Any]) -> None:
        lang = self.context.language
        estimate = iid.estimate(profile, lang)
        text = self.tr(
            "Estimated score (perkiraan): {score} of {maximum} = {percent}% — {rating}; "
            "{answered} of {total} indicators answered"
        ).format(
            score=locale.format_number(estimate.score, lang),
            maximum=locale.format_number(estimate.maximum, lang),
            percent=locale.format_number(estimate.percent, lang),
            rating=estimate.rating,
            answered=estimate.answered,
            total=estimate.total,
        )
        if estimate.missing_mandatory:
            text += "\n" + self.tr("Mandatory, not met yet: {names}").format(
                names=", ".join(str(i.no) for i in estimate.missing_mandatory)
            )
        self.score.setText(text)

    # -- saving -------------------------------------------------------------------

    def _current(self, key: str) -> dict[str, Any]:
        profile = self.context.services.projects.get(self.project_id).profile or {}
        return dict(profile.get(key) or {})

    def _level_changed(self, number: str) -> None:
        if self._loading:
            return
        levels = self._current(iid.LEVELS_KEY)
        levels[number] = int(self.levels[number].currentData() or 0)
        self._save(iid.LEVELS_KEY, levels, number)

    def _save_evidence(self, number: str, text: str) -> bool:
        evidence = self._current(iid.EVIDENCE_KEY)
        evidence[number] = text
        return self._save(iid.EVIDENCE_KEY, evidence, number)

    def _save(self, key: str, value: dict[str, Any], number: str) -> bool:
        context, services, project_id = self.context, self.context.services, self.project_id
        versions, row = context.versions, ("project", project_id)

        def write(values: dict[str, Any]) -> Any:  # checked as the profile form's edits
            return versions.run(
                row,
                lambda version: services.projects.update_profile(project_id, values, version),
                lambda: context.project_changed(project_id),
            )

        command = ServiceCommand(
            self.tr("Edit IID indicator {number}").format(number=number),
            do=lambda: write({key: value}),
            undo=write,
            on_change=lambda: context.project_changed(project_id),
            merge_id=IID_MERGE_ID,
            merge_key=(project_id, key, number),
        )
        return execute(context.stack_for(project_id), command, self)
