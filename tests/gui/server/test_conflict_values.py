"""Conflicts holding real Indonesian values (``conflict_scene``): the sync preview names a
stage's answers by stage and question, its tooltips show "<b>&amp;" as typed; the
conflicting-versions dialog shows indicator values as the user wrote them ("1.200",
"94,53", "±80", "500–600"), never a stored float or a Python list, the long text and
emoji whole, fits a 1024×600 screen, and "Use this version" brings the other answers back
exactly (one undo step)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextDocument

from labinov.gui.server.sync_dialog import SyncDialog
from labinov.gui.server.sync_preview import plain_tip
from tests.gui.server import conflict_scene

TIMEOUT = 60000


@pytest.fixture
def scene(window, language: str, tmp_path: Path):
    window.structure.open_sample()
    built = conflict_scene.build(window.context.services, tmp_path / "others")
    window.reload_pages()
    yield built
    built.dispose()


def _preview(qtbot, window, scene) -> SyncDialog:
    dialog = SyncDialog(window.context, scene.address(), window, opener=scene.opener)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state in ("preview", "failed"), timeout=TIMEOUT)
    assert dialog.state == "preview", dialog.status.text()
    return dialog


def test_the_preview_names_answers_by_stage_and_question(qtbot, window, scene) -> None:
    dialog = _preview(qtbot, window, scene)
    lines = dialog.preview.lines()
    assert lines[0] == "Diubah di kedua sisi: kedua versi disimpan (3)"
    assert any("— Delivery — Indikator (Kerja tahap dan jawaban)" in line for line in lines)
    assert any("— Display — Ringkasan untuk pameran (" in line for line in lines)
    group = dialog.preview.named.topLevelItem(0)
    notes = [group.child(i) for i in range(group.childCount()) if "<b>" in group.child(i).text(1)]
    assert len(notes) == 1 and "1.200 orang/bulan <b>&amp" in notes[0].text(1)  # cut at 80
    tip = QTextDocument()
    tip.setHtml(notes[0].toolTip(1))
    assert tip.toPlainText() == notes[0].text(1)  # not a bold "&": the words as typed
    assert notes[0].toolTip(1) == plain_tip(notes[0].text(1))
    dialog.done(0)


def test_the_versions_show_values_as_written_and_the_choice_restores_them(
    qtbot, window, scene
) -> None:
    dialog = _preview(qtbot, window, scene)
    dialog.sync_button.click()
    qtbot.waitUntil(lambda: dialog.state in ("done", "failed"), timeout=TIMEOUT)
    assert dialog.state == "done", dialog.status.text()
    dialog.done(0)
    conflicts = window.conflict_actions.open_conflicts(scene.project)
    qtbot.waitUntil(conflicts.isVisible)
    entries = [conflicts.list.item(i).text() for i in range(conflicts.list.count())]
    assert entries[:2] == [
        "Jawaban tahap: Delivery — Indikator",
        "Jawaban tahap: Display — Ringkasan untuk pameran",
    ]
    conflicts.list.setCurrentRow(0)
    here, other = conflicts.ours.toPlainText(), conflicts.theirs.toPlainText()
    assert here.startswith("Indikator:\n1. Indikator: Lama layanan akta kelahiran")
    for value in ("Nilai awal: 94,53", "Target: ±60", "Capaian: 1.250", "Satuan: menit"):
        assert value in here
    for value in ("Nilai awal: 1.200", "Target: ±80", "Capaian: 500–600"):
        assert value in other
    for mangled in ("1200", "94.53", "_text", "[{", "{'", "launch_date", "trial_log"):
        assert mangled not in here + other  # no stored float, key or Python list
    conflicts.list.setCurrentRow(1)
    assert conflicts.theirs.toPlainText() == (
        f"Ringkasan untuk pameran:\n{conflict_scene.LONG_TEXT}"
    )  # the long text, "<b>&amp;" and emoji whole
    # the other version of the indicators, chosen: stored exactly as typed there
    conflicts.list.setCurrentRow(0)
    conflicts.use_button.click()
    worksheets = window.context.services.worksheets
    (row,) = worksheets.answers(scene.project, "delivery")["indicators"]
    assert (row["baseline"], row["baseline_text"]) == (1200, "1.200")
    assert (row["target_text"], row["actual_text"]) == ("±80", "500–600")
    assert conflicts.list.item(0).text() == "Jawaban tahap: Display — Ringkasan untuk pameran"
    window.context.stack_for(scene.project).undo()
    (row,) = worksheets.answers(scene.project, "delivery")["indicators"]
    assert (row["baseline"], row["baseline_text"]) == (94.53, "94,53")
    assert conflicts.list.count() == 3
    conflicts.done(0)


def test_the_dialog_is_usable_on_a_small_screen(qtbot, window, scene) -> None:
    from labinov.sync import run_sync

    run_sync(window.context.services.store, scene.server)
    conflicts = window.conflict_actions.open_conflicts(scene.project)
    qtbot.waitUntil(conflicts.isVisible)
    hint = conflicts.minimumSizeHint()
    assert hint.width() <= 1024 - 40 and hint.height() <= 600 - 60
    conflicts.resize(1024 - 40, 600 - 60)  # what the dialog takes of a 1024×600 screen
    qtbot.wait(50)
    inside = conflicts.rect()
    for widget in (conflicts.use_button, conflicts.ignore_button, conflicts.list):
        box = QRect(widget.mapTo(conflicts, QPoint(0, 0)), widget.size())
        assert widget.isVisible() and inside.contains(box), widget.objectName()
    assert conflicts.ours.height() >= 150 and conflicts.theirs.width() >= 300
    conflicts.done(0)
