"""The 5D stepper: five steps on one line, Drum up → Display, each showing its stage's status.

One line so the board below gets the height: a step reads "1. Drum up ◐ 3/5" (number,
name, status symbol, worksheet progress until done); the status in words, the stage's
subtitle and question are in its tooltip and accessible name. When a step is narrower than
its text, every step drops the progress ("1. Drum up ◐"), then a step elides.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QSizePolicy,
    QStyle,
    QStyleOptionToolButton,
    QStylePainter,
    QToolButton,
    QWidget,
)

from labinov.gui.stage_colours import STAGE_COLOURS
from labinov.gui.texts import STATUS_SYMBOLS, status_text
from labinov.method.stages import STAGES, Stage, stage_content

STEP_STYLE = """
QToolButton {{
    border: 2px solid {colour};
    border-radius: 6px;
    padding: 1px 6px;
    background: {background};
    color: {text};
    font-weight: {weight};
}}
QToolButton:checked {{ border: 3px solid {current}; }}
"""
CURRENT_BORDER = "#1c2833"  # the stage on screen: dark, visible on every stage colour
TINT_ALPHA = 48  # an in-progress stage gets a light wash of its colour
TEXT_INSET = 10  # border and padding each side, in pixels


class StepButton(QToolButton):
    """A step that shrinks with the window: its text elides instead of widening the page.
    Short of room it first drops the worksheet progress ("1. Drum up ◐", the tooltip has
    it), so what is cut is never the status."""

    short_text = ""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        number = self.fontMetrics().horizontalAdvance("5. …")  # at least the step's number
        return QSize(number + 2 * TEXT_INSET, hint.height())

    def room(self) -> int:
        """The width its text may take inside the border and padding (the current step's
        border is thicker, and bold text wider: measured for the state it is in)."""
        chrome = super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())
        return max(0, self.width() - max(chrome, 2 * TEXT_INSET + 2))

    def fits(self) -> bool:
        text = self.text()
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.room()) == text

    def shown_text(self) -> str:
        """The text as painted: every step drops its progress when one must (the steps
        read alike: "1. Drum up ○ …", "2. Diagnose ○", "3. Design ○ 0/8" side by side
        looked broken), then elides."""
        siblings = self.parent().findChildren(StepButton) if self.parent() else [self]
        text = self.text()
        if self.short_text and not all(step.fits() for step in siblings):
            text = self.short_text
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.room())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


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
        layout.setSpacing(4)
        for stage in STAGES:
            button = StepButton()
            button.setObjectName(f"step_{stage.value}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _checked, s=stage: self.stage_selected.emit(s.value))
            self._group.addButton(button)
            layout.addWidget(button)  # each as wide as its text: no stretch factor
            self._buttons[stage] = button
        self.set_statuses({}, {})

    def button(self, stage: Stage | str) -> QToolButton:
        return self._buttons[Stage(stage)]

    def select(self, stage: Stage | str) -> None:
        self._buttons[Stage(stage)].setChecked(True)

    def clear_selection(self) -> None:
        """No step chosen (the page shows the profile instead of a stage)."""
        self._group.setExclusive(False)
        for button in self._buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)

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
            name = f"{content.number}. {content.name(self._language)}"
            text = f"{name} {STATUS_SYMBOLS.get(status, '')}".strip()
            button.short_text = text
            words = status_text(status)
            if progress.get(stage.value):
                if status != "done":  # the line stays short: ✓ says enough
                    text += f" {progress[stage.value]}"
                words += f" · {progress[stage.value]}"
            button.setText(text)
            subtitle = content.text("subtitle", self._language)
            button.setAccessibleName(f"{name} {subtitle} {words}")
            question = content.text("question", self._language)
            tip = f"<b>{escape(name)} — {escape(subtitle)}</b><br>{escape(words)}<br><br>"
            tip += escape(question)
            if missing is not None and stage.value in missing:
                outputs = missing[stage.value]
                tip += "<br><br>" + (
                    escape(self.tr("Still missing:"))
                    + "<br>• "
                    + "<br>• ".join(escape(output) for output in outputs)
                    if outputs
                    else escape(self.tr("Every required output is filled in."))
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
