"""The project header: a title too long for its room ends in "…" (the tooltip has it all)
and shows whole while it is edited."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from labinov.gui.main_window import MainWindow
from labinov.gui.project_page import TEAM_ROOM
from tests.gui.layout.helpers import SMALLEST, at_size, sample_project

LONG = (
    "Layanan Akta Kelahiran Terpadu di Rumah Sakit dan Puskesmas bagi Seluruh Warga "
    "Kota Makassar Tanpa Antre dan Tanpa Biaya"
)


def test_a_long_title_is_elided_with_a_tooltip(qtbot, window: MainWindow) -> None:
    at_size(window, *SMALLEST)
    project_id = sample_project(window)
    window.context.services.projects.rename(project_id, LONG)
    window.context.project_changed(project_id)
    QApplication.processEvents()
    title = window.project_page.title
    assert title.text() == LONG
    shown = title.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]), shown
    assert LONG in title.toolTip()
    shot = title.grab()  # paints the elided text
    if os.environ.get("LABINOV_SHOTS"):
        shot.save(str(Path(os.environ["LABINOV_SHOTS"]) / "project_title_elided.png"))
        window.project_page.header.grab().save(
            str(Path(os.environ["LABINOV_SHOTS"]) / "project_header_1024.png")
        )
    window.activateWindow()
    title.setFocus()
    QApplication.processEvents()
    assert title.hasFocus() and title.shown_text() == LONG  # edited whole, scrolling
    window.context.services.projects.rename(project_id, "Akta Cepat")
    window.context.project_changed(project_id)
    title.clearFocus()
    assert title.shown_text() == "Akta Cepat"  # a title that fits is not touched


def test_a_short_title_leaves_its_room_to_the_team(qtbot, window: MainWindow) -> None:
    """With a short title the team's whole name shows (no empty space beside a cut name),
    and a team called "Tim …" is not shown as "Tim: Tim …"."""
    from tests.gui.layout.helpers import at_size, sample_project

    shots = os.environ.get("LABINOV_SHOTS")
    project_id = sample_project(window)
    project = window.context.services.projects.get(project_id)
    team = window.context.services.teams.get(project.team_id)
    long_team = "Dinas Kependudukan dan Pencatatan Sipil Kota Makassar"
    for width, height, team_name, shown in (
        (1024, 530, long_team, f"Tim: {long_team}"),
        (1366, 768, "Tim DPMPTSP", "Tim DPMPTSP"),
    ):
        at_size(window, width, height)
        window.structure.rename_to("team", team.id, team_name)
        window.context.services.projects.rename(project_id, "PROYEK UJI")
        window.context.project_changed(project_id)
        QApplication.processEvents()
        page = window.project_page
        label = page.team
        assert label.text() == shown
        assert not label.is_elided(), (width, label.width(), label.text())
        # the title keeps its own text whole
        assert page.title.shown_text() == "PROYEK UJI"
        if shots:
            page.header.grab().save(str(Path(shots) / f"polish-header-{width}.png"))


def test_a_short_title_shows_whole_beside_the_steps_at_1366(
    qtbot, app_font, window: MainWindow
) -> None:
    """The journey's "Posyandu Digital" showed as "Posyandu Di…" on one line with the
    steps, the team's name cut too: the line was shared out evenly; the title wins now."""
    at_size(window, 1366, 768)
    workshop = window.structure.create_workshop({"name": "Labinov Kota Parepare 2026"})
    team = window.structure.create_team(workshop, {"name": "Dinas Kesehatan", "kind": "opd"})
    window.structure.create_project(team, "Posyandu Digital")
    QApplication.processEvents()
    page = window.project_page
    window.navigator.setFocus()  # the title is not being edited
    QApplication.processEvents()
    assert page.header.geometry().width() > 1000
    assert page.title.shown_text() == "Posyandu Digital", page.title.width()
    assert page.title.geometry().right() < page.team.geometry().left()  # side by side
    # the team's name gives way first (the navigator beside it shows it whole), not all
    assert page.team.width() >= TEAM_ROOM and "Dinas Kesehatan" in page.team.toolTip()
