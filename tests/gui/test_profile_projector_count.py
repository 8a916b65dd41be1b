"""The profile's word-count line grows with the projector preset as the text it counts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from labinov.gui.profile_form import ProfileForm
from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset
from tests.gui.worksheets.conftest import context, project_id  # noqa: F401 - fixtures


@pytest.mark.parametrize("switched", ["before opening", "while open"])
def test_the_word_count_grows_with_the_projector_preset(
    qtbot,
    context,  # noqa: F811
    project_id,  # noqa: F811
    switched: str,
) -> None:
    """ "0 words; at least 300 asked" under Rancang bangun stayed at the usual size on the
    wall while the text above it grew (a style sheet colour held its font)."""
    base = QApplication.font().pointSizeF()
    preset = ProjectorPreset.of(context)
    preset.set_enabled(switched == "before opening")
    form = ProfileForm(context, project_id)
    qtbot.addWidget(form)
    form.show()
    QApplication.processEvents()
    preset.set_enabled(True)
    QApplication.processEvents()
    (count,) = [
        label
        for label in form.findChildren(QLabel)
        if label.objectName().startswith("count_") and "300" in label.text()
    ]
    assert count.font().pointSizeF() == base * PROJECTOR_SCALE, count.text()
    editor = count.parentWidget().findChild(QPlainTextEdit)  # the text it counts
    editor.setPlainText("Aplikasi antrean daring untuk posyandu")  # short of 300 words
    QApplication.processEvents()
    assert "5 kata" in count.text()
    assert count.font().pointSizeF() == base * PROJECTOR_SCALE  # still, now orange
    orange = count.palette().color(QPalette.ColorRole.WindowText).name()
    assert orange == "#b9770e", orange
    preset.set_enabled(False)
    QApplication.processEvents()
    assert count.font().pointSizeF() == base
