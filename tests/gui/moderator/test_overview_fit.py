"""The overview at the font the app really uses (``prefs.apply_font`` in ``run_gui``: at least
the projector-readable size, larger than the tests' default) on the screens it is made for:
no scrolling sideways, no word cut, every heading whole, and at 1366, 1024 and on a 1920×1080
projector every team, innovation and stage whole."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from labinov.app import build_context
from labinov.gui.moderator.overview import DONE, OVERVIEW_FONT, PROGRESS, OverviewWidget
from labinov.gui.moderator.overview_table import MARGIN, MAX_LINES, NBSP
from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset
from tests.gui.moderator.cohort import COHORT, create_cohort


def _overview(qtbot, store, paths, workshop: str, size: tuple[int, int], projector: bool):  # type: ignore[no-untyped-def]
    context = build_context(store, paths, "id")
    ProjectorPreset.of(context).set_enabled(projector)
    if workshop == "cohort":
        workshop_id = create_cohort(context.services)
    else:
        workshop_id = context.services.samples.create()[0].id
    overview = OverviewWidget(context, workshop_id)
    qtbot.addWidget(overview)
    overview.resize(*size)
    overview.show()
    QApplication.processEvents()
    QApplication.processEvents()  # the columns are fitted once the view has its width
    return overview


def _words(text: str) -> list[str]:
    return [word for word in re.split(r"\s", text) if word]


def _check_fits(overview: OverviewWidget, whole: bool, words: bool = True) -> None:
    """Nothing sideways, no heading cut, nothing spilling into the next column; with
    ``words`` no word broken inside, with ``whole`` no text cut short."""
    view, model = overview.view, overview.model
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    metrics = view.fontMetrics()
    heading_metrics = header.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for column in range(model.columnCount()):
        heading = model.headerData(column, Qt.Orientation.Horizontal)
        room = view.columnWidth(column) - 2 * MARGIN  # Qt's header keeps ~4 px a side
        box = heading_metrics.boundingRect(QRect(0, 0, room, 10_000), flags, heading)
        assert box.width() <= room, heading  # its words fit: wrapped, never cut
        assert box.height() <= header.height() - 4, heading  # the header holds every line
        if whole:  # at most two lines (three in a narrow window)
            assert box.height() <= heading_metrics.height() * 2.5, heading
    for row, texts in enumerate(model.cells):
        for column in range(model.columnCount()):
            text = texts[column]
            if not text:
                continue
            room = view.columnWidth(column) - 2 * MARGIN
            if column in (DONE, PROGRESS):  # "3/5", "85%" on one line
                assert metrics.horizontalAdvance(text) <= room
                continue
            if words:
                widest_word = max(metrics.horizontalAdvance(word) for word in _words(text))
                assert widest_word <= room, (text, room)  # no word broken inside
            shaped = view.shaped(text, room)
            assert shaped.size().width() <= room + 1, text
            assert shaped.size().height() <= view.rowHeight(row), text
            if whole:
                assert shaped.text().replace(NBSP, " ") == text.replace(NBSP, " ")


SCREENS = [  # the overview maximised on a screen's free area (a taskbar and a title bar)
    pytest.param((1024, 530), False, id="1024x600"),
    pytest.param((1366, 698), False, id="1366x768"),
    pytest.param((1920, 1040), True, id="1920x1080-projector"),
]


@pytest.mark.parametrize("workshop", ["sample", "cohort"])
@pytest.mark.parametrize(("size", "projector"), SCREENS)
def test_overview_fits_every_text_whole_at_the_app_font(
    qtbot, store, paths, language, app_font, workshop, size, projector
) -> None:
    overview = _overview(qtbot, store, paths, workshop, size, projector)
    view = overview.view
    scale = PROJECTOR_SCALE if projector else 1.0
    assert view.font().pointSizeF() == pytest.approx(app_font.pointSizeF() * OVERVIEW_FONT * scale)
    assert overview.model.rowCount() == (3 if workshop == "sample" else len(COHORT))
    _check_fits(overview, whole=True)


@pytest.mark.parametrize("workshop", ["sample", "cohort"])
def test_overview_in_a_narrow_window_at_the_app_font(
    qtbot, store, paths, language, app_font, workshop
) -> None:
    """700 px (a window beside another): still nothing sideways or spilling over; the
    longest names end in "…" with whole tooltips; the sample's words stay whole (the
    cohort's longest words do not all fit beside each other: they may break inside)."""
    overview = _overview(qtbot, store, paths, workshop, (700, 500), False)
    _check_fits(overview, whole=False, words=workshop == "sample")
    view, model = overview.view, overview.model
    rows = [view.rowHeight(row) for row in range(model.rowCount())]
    # MAX_LINES, or one more when a whole text wraps less evenly (a line is ~1 px taller)
    assert max(rows) <= (MAX_LINES + 1) * (view.fontMetrics().height() + 1) + 14
    for row, texts in enumerate(model.cells):
        for column in model.wrapping:
            text = texts[column]
            shaped = view.shaped(text, view.columnWidth(column) - 2 * MARGIN)
            if shaped.text().replace(NBSP, " ") != text.replace(NBSP, " "):
                assert shaped.text().endswith("…")
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                assert text in tip
