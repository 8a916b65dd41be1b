"""The moderator's workshop overview: 30 teams, each with an innovation and filled worksheets.

Figure: opening the overview window (one query, progress of every stage of every project,
the model, the first paint of the table with its progress bars), median of several opens.
Budget (issue 4): ≤ 500 ms and ≤ 5× an empty table model in the same run. The baseline is
a bare QTableView on an empty table model, shown to its first paint the same way.

Two figures for information:
- the first open of a session: the worksheet progress memo (services/moderation.py) and
  the shaped cell texts (gui/moderator/overview_table.py) emptied before each open, so
  every answer is parsed and every visible text shaped again;
- the overview window over an empty workshop as the baseline (its buttons, fonts and
  header, no rows), so the ratio is what the 30 teams alone cost.

Each window is closed and deleted outside the timing, before the next one opens (until
2026-11-23 the deferred delete of the 30-team window ran inside the next, bare, timing:
that added about 1 ms to the baseline and made the ratio look twice as good).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.common import Figure

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TEAMS = 30


def _populate(services, teams: int) -> str:  # type: ignore[no-untyped-def]
    workshop = services.workshops.create("Labinov Kota Makassar 2026")
    text = "Antrean layanan akta kelahiran yang panjang di kantor dinas " * 5
    for number in range(teams):
        team = services.teams.create(workshop.id, f"OPD {number + 1:02d}")
        project = services.projects.create(team.id, f"Inovasi layanan {number + 1}")
        ws = services.worksheets
        ws.set_answer(project.id, "drum_up", "issues", [f"Isu {i}" for i in range(8)])
        ws.set_answer(
            project.id,
            "diagnose",
            "usg",
            [{"problem": f"Masalah {i}", "u": 1 + i % 5, "s": 2, "g": 3} for i in range(6)],
        )
        ws.set_answer(project.id, "diagnose", "problem_statement", text)
        ws.set_answer(
            project.id,
            "design",
            "action_plan",
            [{"activity": f"Kegiatan {i}", "budget": 1_000_000 * i} for i in range(12)],
        )
        if number % 3 == 0:  # a third of the teams have done Drum up (the gate is on)
            ws.set_answer(
                project.id,
                "drum_up",
                "team_roles",
                [{"name": "Nurhayati", "role": "ketua"}, {"name": "Rudi", "role": "anggota"}],
            )
            ws.set_answer(project.id, "drum_up", "commitment_leader", "Kepala Dinas")
            ws.set_answer(project.id, "drum_up", "commitment_date", "2019-09-02")
            services.stages.complete(project.id, "drum_up")
    return workshop.id


def run(quick: bool) -> list[Figure]:
    from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex
    from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

    from labinov.app import build_context
    from labinov.gui import refcount_guard
    from labinov.gui.moderator import overview_table
    from labinov.gui.moderator.overview import OverviewWidget
    from labinov.paths import user_paths
    from labinov.services import moderation
    from labinov.store.db import open_store

    refcount_guard.apply()  # as the app does at start (shiboken6 6.12 None refcount leak)
    app = QApplication.instance() or QApplication([])
    repeats = 11 if quick else 31

    class EmptyModel(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0

        def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 5

    def open_and_paint(make) -> float:  # type: ignore[no-untyped-def]
        """Seconds from construction to the first paint done. Closing and deleting the
        window are not timed, and finish here: a deferred delete left for the next call
        would be timed with the next (other) window."""
        start = time.perf_counter()
        widget = make()
        widget.resize(1000, 600)
        widget.show()
        widget.repaint()  # the first paint, synchronously
        app.processEvents()
        elapsed = time.perf_counter() - start
        widget.close()
        widget.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        return elapsed

    def empty() -> QWidget:
        widget = QWidget()
        view = QTableView()
        view.setModel(EmptyModel(widget))
        QVBoxLayout(widget).addWidget(view)
        return widget

    with tempfile.TemporaryDirectory() as folder:
        paths = user_paths(Path(folder) / "labinov")
        store = open_store(paths)
        try:
            context = build_context(store, paths, "id")
            workshop_id = _populate(context.services, TEAMS)
            empty_workshop = context.services.workshops.create("Kosong").id
            assert len(context.services.moderation.overview(workshop_id)) == TEAMS
            open_and_paint(empty)  # warm up every path once
            open_and_paint(lambda: OverviewWidget(context, empty_workshop))
            open_and_paint(lambda: OverviewWidget(context, workshop_id))
            # interleaved, so a busy machine slows baseline and figure alike
            times: dict[str, list[float]] = {"bare": [], "empty": [], "full": [], "cold": []}
            for _ in range(repeats):
                times["bare"].append(open_and_paint(empty))
                times["empty"].append(
                    open_and_paint(lambda: OverviewWidget(context, empty_workshop))
                )
                times["full"].append(open_and_paint(lambda: OverviewWidget(context, workshop_id)))
                # as the first open of a session: no answers parsed, no texts shaped yet
                moderation._PROGRESS_CACHE.clear()
                overview_table._SHAPED.clear()
                times["cold"].append(open_and_paint(lambda: OverviewWidget(context, workshop_id)))
            bare, baseline, value, cold = (
                statistics.median(times[k]) for k in ("bare", "empty", "full", "cold")
            )
            app.processEvents()
        finally:
            store.dispose()
    return [
        Figure(
            f"workshop overview, {TEAMS} teams, open and first paint",
            value * 1000,
            "ms",
            bare * 1000,
            "empty table model in a QTableView",
            budget=500,
            ratio_budget=5,
        ),
        Figure(
            f"workshop overview, {TEAMS} teams, first open of a session (information)",
            cold * 1000,
            "ms",
            bare * 1000,
            "empty table model in a QTableView",
        ),
        Figure(
            f"workshop overview, {TEAMS} teams (information)",
            value * 1000,
            "ms",
            baseline * 1000,
            "same window, empty workshop",
        ),
    ]


if __name__ == "__main__":
    for figure in run(quick=False):
        print(figure.line())
