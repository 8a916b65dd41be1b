"""The 5D steps read alike at every width: when one step must drop its worksheet progress,
all do. At 1024×600 the row read "1. Drum up ○ …", "2. Diagnose ○", "3. Design ○ 0/8"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from labinov.gui.five_d import FiveDNavigator
from labinov.method.stages import STAGES

PROGRESS = {"drum_up": "0/4", "diagnose": "0/6", "design": "0/8", "delivery": "0/5"}


def test_every_step_drops_its_progress_when_one_must(qtbot, app_font) -> None:
    steps = FiveDNavigator("id")
    qtbot.addWidget(steps)
    steps.set_statuses({"design": "in_progress"}, {**PROGRESS, "display": "0/3"})
    steps.select("drum_up")
    steps.show()
    seen = set()
    for width in range(500, 1400, 10):
        steps.resize(width, 34)
        QApplication.processEvents()
        buttons = [steps.button(stage) for stage in STAGES]
        shown = [button.shown_text() for button in buttons]  # type: ignore[attr-defined]
        with_progress = ["/" in text for text in shown]
        assert len(set(with_progress)) == 1, (width, shown)
        seen.add(with_progress[0])
        for button, text in zip(buttons, shown, strict=True):
            metrics = button.fontMetrics()
            assert metrics.horizontalAdvance(text) <= button.room(), (width, text)  # type: ignore[attr-defined]
    assert seen == {True, False}  # both kinds of line were seen
