"""A worksheet's word count keeps the projector preset's size when it turns red: its
style sheet ("color: …; font-weight: bold") held it at the usual size, the warning
smaller than the words it warns about."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset


def test_the_over_limit_warning_follows_the_projector_preset(make_panel, context) -> None:
    base = QApplication.font().pointSizeF()
    panel = make_panel("diagnose")
    preset = ProjectorPreset.of(context)
    preset.set_enabled(True)
    QApplication.processEvents()
    field = panel.texts["problem_statement"]
    label = field.count_label
    assert label.font().pointSizeF() == base * PROJECTOR_SCALE
    field.editor.setFocus()
    QTest.keyClicks(field.editor, " ".join(["antre"] * (field.item.max_words + 1)))
    QApplication.processEvents()
    assert field.over_limit and "Melebihi batas" in label.text()
    assert label.font().pointSizeF() == base * PROJECTOR_SCALE
    assert label.font().bold()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() == "#c0392b"
    preset.set_enabled(False)
    QApplication.processEvents()
    assert label.font().pointSizeF() == base and label.font().bold()
    for _ in range(6):
        QTest.keyClick(field.editor, "\b")
    QApplication.processEvents()
    assert not field.over_limit and not label.font().bold()
    assert label.palette().color(QPalette.ColorRole.WindowText).name() != "#c0392b"
