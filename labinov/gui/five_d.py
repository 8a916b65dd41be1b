"""The 5D navigator: five steps, Drum up → Display, each showing its stage's status."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from labinov.gui.stage_colours import STAGE_COLOURS
from labinov.gui.texts import status_text
from labinov.method.stages import STAGES, Stage, stage_content

STEP_STYLE = """
QToolButton {{
    border: 2px solid {colour};
    border-radius: 8px;
    padding: 6px 10px;
    background: {background};
    color: {text};
    font-weight: {weight};
}}
QToolButton:checked {{ border: 4px solid {current}; }}
"""
CURRENT_BORDER = "#1c2833"  # the stage on screen: dark, visible on every stage colour
TINT_ALPHA = 48  # an in-progress stage gets a light wash of its colour


class FiveDNavigator(QWidget):
    """A row of five checkable step buttons.

    Signals:
        stage_selected(str): the user chose a stage (its ``Stage`` value).
    """

    stage_selected = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fiveDNavigator")
        self._language = language
        self._buttons: dict[Stage, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for stage in STAGES:
            button = QToolButton()
            button.setObjectName(f"step_{stage.value}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked, s=stage: self.stage_selected.emit(s.value))
            self._group.addButton(button)
            layout.addWidget(button)
            self._buttons[stage] = button
        self.set_statuses({}, {})

    def button(self, stage: Stage | str) -> QToolButton:
        return self._buttons[Stage(stage)]

    def select(self, stage: Stage | str) -> None:
        self._buttons[Stage(stage)].setChecked(True)

    def set_statuses(
        self,
        statuses: dict[str, str],
        progress: dict[str, str],
        missing: dict[str, list[str]] | None = None,
    ) -> None:
        """``statuses``: stage → status; ``progress``: stage → e.g. "3/5" (optional);
        ``missing``: stage → titles of the required outputs still empty, listed in the
        step's tooltip under the stage's guiding question."""
        for stage, button in self._buttons.items():
            content = stage_content(stage)
            status = statuses.get(stage.value, "not_started")
            lines = [
                f"{content.number}. {content.name(self._language)}",
                content.text("subtitle", self._language),
                status_text(status),
            ]
            if progress.get(stage.value):
                lines[-1] += f" · {progress[stage.value]}"
            button.setText("\n".join(lines))
            button.setAccessibleName(" ".join(lines))
            tip = content.text("question", self._language)
            if missing is not None and stage.value in missing:
                outputs = missing[stage.value]
                tip += "\n\n" + (
                    self.tr("Still missing:") + "\n• " + "\n• ".join(outputs)
                    if outputs
                    else self.tr("Every required output is filled in.")
                )
            button.setToolTip(tip)
            colour = STAGE_COLOURS[stage]
            done = status == "done"
            background = {"done": colour, "in_progress": _tint(colour)}.get(status, "palette(base)")
            button.setStyleSheet(
                STEP_STYLE.format(
                    colour=colour,
                    background=background,
                    text="white" if done else "palette(text)",
                    weight="bold" if status != "not_started" else "normal",
                    current=CURRENT_BORDER,
                )
            )


def _tint(colour: str) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red}, {green}, {blue}, {TINT_ALPHA})"
