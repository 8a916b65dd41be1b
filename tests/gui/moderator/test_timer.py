"""The countdown timer driven by a fake clock: no sleeping."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from labinov.gui.moderator.timer import CountdownTimer, format_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_format() -> None:
    assert format_seconds(600) == "10:00"
    assert format_seconds(59.2) == "01:00"
    assert format_seconds(0.4) == "00:01"
    assert format_seconds(0) == "00:00"
    assert format_seconds(-3) == "00:00"


def test_countdown_pause_end_beep_and_more_time(qtbot, language) -> None:
    clock, beeps = FakeClock(), []
    timer = CountdownTimer(2, "Skoring USG", clock=clock, beep=lambda: beeps.append(clock.now))
    qtbot.addWidget(timer)
    timer.show()
    assert timer.digits.text() == "02:00" and not timer.running
    QTest.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer.start_button.text() == "Jeda"
    clock.now += 30.5
    timer.tick()
    assert timer.digits.text() == "01:30"
    QTest.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)  # pause
    clock.now += 100  # paused: time does not run
    timer.tick()
    assert timer.digits.text() == "01:30" and not timer.running
    timer.start()
    clock.now += 89
    timer.tick()
    assert timer.digits.text() == "00:01" and timer.digits.styleSheet()  # last minute in red
    assert beeps == []
    with qtbot.waitSignal(timer.finished, timeout=100):
        clock.now += 1
        timer.tick()
    assert timer.digits.text() == "00:00" and timer.ended
    assert beeps == [clock.now]  # audible end, once
    assert timer.title_label.text() == "Waktu habis!"
    assert "#c0392b" in timer.digits.styleSheet()  # visible end
    clock.now += 5
    timer.tick()
    assert beeps == [clock.now - 5]
    QTest.mouseClick(timer.more_button, Qt.MouseButton.LeftButton)
    assert timer.digits.text() == "01:00" and not timer.ended and not timer.running
    assert timer.title_label.text() == "Skoring USG"
    timer.start()
    clock.now += 15
    timer.tick()
    assert timer.digits.text() == "00:45"
    QTest.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert timer.digits.text() == "02:00" and not timer.running
    timer.minutes.setValue(25)
    assert timer.digits.text() == "25:00"


def test_digits_are_projector_large(qtbot, language) -> None:
    timer = CountdownTimer(10, "Diskusi kelompok", clock=FakeClock(), beep=lambda: None)
    qtbot.addWidget(timer)
    timer.resize(1280, 720)
    timer.show()
    qtbot.waitExposed(timer)
    assert timer.digits.font().pixelSize() >= 200
    Path("/tmp/shots/moderator").mkdir(parents=True, exist_ok=True)
    timer.grab().save("/tmp/shots/moderator/timer.png")
    timer.start()
    timer._clock.now += 600  # type: ignore[attr-defined]
    timer.tick()
    timer.grab().save("/tmp/shots/moderator/timer_end.png")
