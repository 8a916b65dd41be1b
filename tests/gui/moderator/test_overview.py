"""The workshop overview: its model, and the table it paints itself for the projector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from labinov.app import build_context
from labinov.gui.moderator.overview import (
    DONE,
    OVERVIEW_FONT,
    PROGRESS,
    PROJECT,
    RATIO_ROLE,
    STAGE,
    TEAM,
    TOOLTIP_CHARS,
    OverviewModel,
    OverviewWidget,
)
from labinov.gui.moderator.overview_table import CHUNK, MARGIN, FlatScrollBarStyle
from labinov.gui.projector import PROJECTOR_SCALE, ProjectorPreset
from labinov.services.moderation import TeamProgress

HOSTILE = "<b>Tim & Co</b> <img src='http://example.com/x.png'> 🎉"


def test_overview_model(qtmodeltester, language) -> None:
    model = OverviewModel("id")
    model.set_rows([TeamProgress("t", "Tim", None, "", None, "", 0, {})])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "(belum ada inovasi)"
    assert model.index(0, PROGRESS).data(RATIO_ROLE) is None  # no bar for a team alone
    assert model.index(0, PROGRESS).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(PROJECT, Qt.Orientation.Horizontal) == "Inovasi"


def shown(tooltip: str) -> str:
    """The text a (rich-text) tooltip shows."""
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def viewport_image(overview: OverviewWidget) -> QImage:
    QApplication.processEvents()
    return overview.view.viewport().grab().toImage()


def test_overview_cells_bars_and_refresh_when_shown(
    qtbot, services, paths, store, language
) -> None:
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov Makassar 2019")
    team = services.teams.create(workshop.id, "Dinas Kependudukan dan Pencatatan Sipil")
    project = services.projects.create(team.id, "Akta Lahir Sehari")
    services.teams.create(workshop.id, "Bappeda")  # no innovation yet
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.show()
    model = overview.model
    cells = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert cells == [
        ["Bappeda", "(belum ada inovasi)", "", "", ""],
        # breaks only after the dash while there is room: no-break spaces, a narrow one
        # before the dash
        [
            team.name,
            "Akta Lahir Sehari",
            "1.\xa0Drum\xa0up\u202f— ○\xa0belum\xa0dimulai",
            "0/5",
            "0%",
        ],
    ]
    assert shown(model.index(1, TEAM).data(Qt.ItemDataRole.ToolTipRole)) == team.name
    assert model.index(1, PROGRESS).data(Qt.ItemDataRole.ToolTipRole).splitlines() == [
        "Drum up: 0/4",
        "Diagnose: 0/6",
        "Design: 0/8",
        "Delivery: 0/5",
        "Display: 0/3",
    ]
    header = overview.view.horizontalHeader()
    assert header.length() <= overview.view.viewport().width()  # no horizontal scroll bar

    def bar_pixels() -> int:
        """Chunk-coloured pixels in the progress cell of the innovation's row."""
        image = viewport_image(overview)
        rect = overview.view.visualRect(model.index(1, PROGRESS))
        chunk = CHUNK.rgb()
        return sum(
            image.pixel(x, rect.center().y()) == chunk for x in range(rect.left(), rect.right())
        )

    assert bar_pixels() == 0
    for key, value in (
        ("team_roles", [{"name": "A", "role": "ketua"}, {"name": "B", "role": "anggota"}]),
        ("commitment_leader", "Kepala Dinas"),
        ("commitment_date", "2019-09-02"),
        ("issues", ["Antrean"]),
    ):
        services.worksheets.set_answer(project.id, "drum_up", key, value)
    context.project_changed(project.id)  # shown: read again at once
    assert model.index(1, PROGRESS).data() == "15%"  # 4 of the 26 required outputs
    width = overview.view.columnWidth(PROGRESS) - 2 * MARGIN - 2
    assert abs(bar_pixels() - round(width * 4 / 26)) <= 1
    overview.hide()
    services.worksheets.set_answer(project.id, "diagnose", "problem_statement", "Antrean")
    context.project_changed(project.id)  # hidden: only noted
    assert model.index(1, PROGRESS).data() == "15%"
    overview.show()  # read again when shown
    assert model.index(1, PROGRESS).data() == "19%"
    overview.deleteLater()
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    context.project_changed(project.id)  # a closed overview is no longer called
    context.structure_changed()


def test_overview_selection_keyboard_and_scrolling(qtbot, services, paths, store, language) -> None:
    """30 teams: rows painted with the palette's colours, the keyboard moves and opens, and
    the rows scrolled into view are painted too."""
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov Makassar 2026")
    projects = []
    for number in range(30):
        team = services.teams.create(workshop.id, f"OPD {number + 1:02d}")
        projects.append(services.projects.create(team.id, f"Inovasi {number + 1:02d}").id)
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.resize(1000, 600)
    overview.show()
    view = overview.view
    palette = view.palette()
    scroll_bar = view.verticalScrollBar()
    assert scroll_bar.isVisible() and isinstance(scroll_bar.style(), FlatScrollBarStyle)
    bar_image = scroll_bar.grab().toImage()
    assert any(
        bar_image.pixel(bar_image.width() // 2, y) == FlatScrollBarStyle.HANDLE.rgb()
        for y in range(bar_image.height())
    )

    def background(row: int) -> QColor:
        """The colour at the left edge of a row's team cell (no text there)."""
        image = viewport_image(overview)
        rect = view.visualRect(overview.model.index(row, TEAM))
        return QColor(image.pixel(rect.left() + 2, rect.center().y()))

    assert background(0) == palette.color(QPalette.ColorRole.Base)
    assert background(1) == palette.color(QPalette.ColorRole.AlternateBase)
    view.setFocus()
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selectionModel().selectedRows()[0].row() == 1
    assert background(1) == palette.color(QPalette.ColorRole.Highlight)
    assert background(0) == palette.color(QPalette.ColorRole.Base)
    with qtbot.waitSignal(overview.project_chosen) as chosen:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == [projects[1]]
    # an edit elsewhere reads the workshop again: the chosen team stays chosen, also when
    # a rename moves its row
    teams = services.teams.list(workshop.id)
    services.teams.update(teams[1].id, name="AA Dinas Pariwisata")
    context.structure_changed()
    assert overview.model.index(0, TEAM).data() == "AA Dinas Pariwisata"
    assert [index.row() for index in view.selectionModel().selectedRows()] == [0]
    view.selectRow(1)

    def ink_in(row: int) -> int:
        """Pixels unlike the row's background in its team cell: its text was painted."""
        image = viewport_image(overview)
        rect = view.visualRect(overview.model.index(row, TEAM))
        empty = QColor(image.pixel(rect.left() + 2, rect.center().y())).rgb()
        return sum(
            image.pixel(x, y) != empty
            for x in range(rect.left() + MARGIN, rect.left() + 80)
            for y in range(rect.top() + 2, rect.bottom() - 2)
        )

    assert ink_in(0) > 20
    assert view.visualRect(overview.model.index(29, TEAM)).top() > view.viewport().height()
    view.scrollToBottom()
    assert 0 < view.visualRect(overview.model.index(29, TEAM)).bottom() <= view.height()
    assert ink_in(29) > 20
    # an edit while the moderator looks further down: the view stays where it was scrolled
    view.selectRow(1)
    view.scrollToBottom()
    scrolled = view.verticalScrollBar().value()
    assert scrolled > 0
    context.structure_changed()
    assert view.verticalScrollBar().value() == scrolled
    assert [index.row() for index in view.selectionModel().selectedRows()] == [1]
    # a double-click opens the row it hits (QTest's double-click lacks the first press)
    cell = view.visualRect(overview.model.index(29, DONE)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.selectionModel().selectedRows()[0].row() == 29
    with qtbot.waitSignal(overview.project_chosen) as chosen:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert chosen.args == [projects[29]]


def test_overview_long_and_hostile_names(qtbot, services, paths, store, language) -> None:
    """Markup in a name is shown as text; a long title is elided, its tooltip is whole."""
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov")
    team = services.teams.create(workshop.id, HOSTILE)
    title = "Layanan Akta Kelahiran Sehari Jadi " * 20
    services.projects.create(team.id, title.strip())
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.resize(1000, 600)
    overview.show()
    QApplication.processEvents()
    view = overview.view
    team_width = view.columnWidth(TEAM) - 2 * MARGIN
    shaped_team = view.shaped(HOSTILE, team_width)
    assert shaped_team.textFormat() == Qt.TextFormat.PlainText
    assert shaped_team.text().startswith("<b>Tim & Co")  # elided as text, not bold markup
    shaped_title = view.shaped(title.strip(), view.columnWidth(PROJECT) - 2 * MARGIN)
    assert shaped_title.text().endswith("…")
    assert shaped_title.size().width() <= view.columnWidth(PROJECT) - 2 * MARGIN
    index = overview.model.index(0, PROJECT)
    assert shown(index.data(Qt.ItemDataRole.ToolTipRole)) == title.strip()

    def hover(index) -> str:  # type: ignore[no-untyped-def]
        """What Qt shows on hover, through the model."""
        QToolTip.hideText()
        position = view.visualRect(index).center()
        event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
        QApplication.sendEvent(view.viewport(), event)
        qtbot.waitUntil(QToolTip.isVisible)
        return shown(QToolTip.text())

    assert hover(index) == title.strip()
    assert hover(overview.model.index(0, TEAM)) == HOSTILE  # as typed, not bold
    # a name with line breaks stays on one line with its words apart; a huge one is cut
    # short in the tooltip
    services.teams.update(team.id, name="Baris satu\nbaris dua\t" + "x" * 100_000)
    context.structure_changed()
    assert overview.model.index(0, TEAM).data().startswith("Baris satu baris dua x")
    tip = hover(overview.model.index(0, TEAM))
    assert tip.startswith("Baris satu baris dua x") and len(tip) == TOOLTIP_CHARS + 1
    QToolTip.hideText()


def backing_store(overview: OverviewWidget) -> QImage:
    """The viewport as the window shows it, stale pixels included (grab() paints afresh)."""
    QApplication.processEvents()
    viewport = overview.view.viewport()
    window = overview.screen().grabWindow(overview.winId()).toImage()
    return window.copy(QRect(viewport.mapTo(overview, QPoint(0, 0)), viewport.size()))


def test_overview_focus_frame_follows_the_keyboard(qtbot, services, paths, store, language) -> None:
    """The dotted frame goes round the current row: it leaves the row the keyboard left,
    though Qt repaints only the current cell, not the whole row."""
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov")
    for number in range(4):
        team = services.teams.create(workshop.id, f"OPD {number + 1}")
        services.projects.create(team.id, f"Inovasi {number + 1}")
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.show()
    overview.activateWindow()
    qtbot.waitUntil(overview.isActiveWindow)
    view = overview.view
    view.setFocus()
    QApplication.processEvents()
    assert view.currentIndex().row() == 0  # focus puts the keyboard on the first row
    assert not view.selectionModel().hasSelection()
    view.selectRow(2)  # as a click on the third row does
    shown_now = backing_store(overview)
    view.viewport().repaint()
    assert backing_store(overview) == shown_now  # nothing left of the frame on row 0


def test_overview_bar_text_dark_in_a_dark_palette(qtbot, services, paths, store, language) -> None:
    """The percentage on the light bar stays dark when the desktop's palette is dark."""
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov")
    services.projects.create(services.teams.create(workshop.id, "OPD").id, "Inovasi")
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    dark = overview.palette()
    for role, colour in (
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
    ):
        dark.setColor(role, QColor(colour))
    overview.setPalette(dark)
    overview.show()
    image = viewport_image(overview)
    bar = overview.view.visualRect(overview.model.index(0, PROGRESS)).adjusted(
        MARGIN + 2, 7, -MARGIN - 2, -7
    )
    assert QColor(image.pixel(bar.left(), bar.center().y())).lightness() > 200  # the track
    ink = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(bar.left(), bar.right())
        for y in range(bar.top(), bar.bottom())
    ]
    assert sum(value < 100 for value in ink) > 10  # "0%" in dark ink


def test_overview_rows_follow_a_font_change(qtbot, services, paths, store, language) -> None:
    context = build_context(store, paths, "id")
    workshop = services.workshops.create("Labinov")
    services.projects.create(services.teams.create(workshop.id, "OPD").id, "Inovasi")
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.resize(1600, 600)  # room for every text on one line, also at 1.5 times
    overview.show()
    view = overview.view
    assert view.rowHeight(0) == view.fontMetrics().height() + 14
    font = overview.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    overview.setFont(font)
    QApplication.processEvents()
    assert view.rowHeight(0) == view.fontMetrics().height() + 14  # the text fits its row


def _sample_overview(qtbot, context, width: int, height: int) -> OverviewWidget:
    workshop, _created = context.services.samples.create()
    overview = OverviewWidget(context, workshop.id)
    qtbot.addWidget(overview)
    overview.resize(width, height)
    overview.show()
    QApplication.processEvents()
    return overview


def test_overview_on_a_1920_projector_shows_every_text_whole(qtbot, store, paths, language) -> None:
    """Projector preset on, 1920×1080: nothing elided (long names wrap onto a second line),
    the table as wide as the window, and the text far larger than the UI's."""
    context = build_context(store, paths, "id")
    ProjectorPreset.of(context).set_enabled(True)
    overview = _sample_overview(qtbot, context, 1920, 1040)
    view, model = overview.view, overview.model
    assert view.font().pointSizeF() == pytest.approx(
        QApplication.font().pointSizeF() * OVERVIEW_FONT * PROJECTOR_SCALE
    )
    assert view.horizontalHeader().length() <= view.viewport().width()
    assert view.horizontalScrollBar().maximum() == 0
    wrapped = 0
    for row in range(model.rowCount()):
        for column in model.wrapping:
            text = model.cells[row][column]
            shaped = view.shaped(text, view.columnWidth(column) - 2 * MARGIN)
            assert shaped.text() == text  # whole, not elided
            assert shaped.size().height() <= view.rowHeight(row)  # the row holds it
            assert shaped.size().width() <= view.columnWidth(column)
            wrapped += shaped.size().height() > view.fontMetrics().height() * 1.5
    assert wrapped >= 1  # at this size the long OPD names wrap rather than being cut
    # the stage wraps after its dash only: "4. Delivery —" above "◐ sedang berjalan"
    for row in range(model.rowCount()):
        lines = view.shaped(model.cells[row][STAGE], view.columnWidth(STAGE) - 2 * MARGIN)
        assert lines.size().height() < view.fontMetrics().height() * 2.5
    ProjectorPreset.of(context).set_enabled(False)
    QApplication.processEvents()
    assert view.font().pointSizeF() == pytest.approx(
        QApplication.font().pointSizeF() * OVERVIEW_FONT
    )
    assert view.horizontalHeader().font().pointSizeF() == view.font().pointSizeF()


def test_overview_in_a_narrow_window_wraps_and_fits(qtbot, store, paths, language) -> None:
    context = build_context(store, paths, "id")
    overview = _sample_overview(qtbot, context, 700, 500)
    view = overview.view
    assert view.horizontalHeader().length() <= view.viewport().width()
    tall = [view.rowHeight(row) for row in range(overview.model.rowCount())]
    assert max(tall) > view.fontMetrics().height() * 2  # wrapped rows grew
    overview.resize(1900, 500)
    QApplication.processEvents()
    assert all(view.rowHeight(row) < height for row, height in enumerate(tall))
