"""Canvas speed: open a 5,000-note / 1,000-link canvas to first paint, repaint at fit-all,
drag-and-release 500 notes, memory; against bare ``QGraphicsRectItem`` + text items built
and painted in the same run (DESIGN.md budgets, issue 3)."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.common import Figure, median_time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


RSS_SCRIPT = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from labinov.gui import refcount_guard
refcount_guard.apply()
from labinov.app import build_context
from labinov.gui.canvas.document import BoardDocument
from labinov.gui.canvas.view import BoardView
from labinov.paths import user_paths
from labinov.store.db import open_store
from tests.bench.bench_canvas import _rss_mb
paths = user_paths(Path(sys.argv[1]))
context = build_context(open_store(paths), paths, "id")
view = BoardView(BoardDocument(context, sys.argv[2]))
view.resize(1280, 800)
view.show()
view.fit_all()
view.viewport().repaint()
app.processEvents()
print(_rss_mb())
"""


def _rss_of_fresh_process(folder: Path, canvas_id: str) -> float:
    """RSS of a new process that only opens the canvas (this one also built baselines)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    output = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, str(folder), canvas_id],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    ).stdout
    return float(output.strip().splitlines()[-1])


def _fill(services, canvas_id: str, notes: int, links: int) -> None:
    rng = random.Random(4)
    columns = 100
    items = [
        {
            "id": f"n{i:05d}",
            "x": (i % columns) * 190.0,
            "y": (i // columns) * 140.0,
            "text": f"Catatan {i}: antrean loket akta kelahiran terlalu panjang",
            "colour": rng.choice(["yellow", "pink", "green", "blue"]),
            "z": float(i),
        }
        for i in range(notes)
    ]
    pairs = [(rng.randrange(notes), rng.randrange(notes)) for _ in range(links)]
    link_rows = [{"source_id": f"n{a:05d}", "target_id": f"n{b:05d}"} for a, b in pairs if a != b]
    services.canvases.add_items(canvas_id, items, link_rows)


def _bare(notes: int, links: int, rows) -> float:
    """Bare Qt: rect + text items and line items, shown and painted once."""
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import (
        QGraphicsLineItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

    start = time.perf_counter()
    scene = QGraphicsScene()
    brush = QBrush(QColor("#fff59d"))
    made = []
    for row in rows:
        rect = QGraphicsRectItem(0, 0, row["width"], row["height"])
        rect.setPos(row["x"], row["y"])
        rect.setBrush(brush)
        QGraphicsSimpleTextItem(row["text"], rect)
        scene.addItem(rect)
        made.append(rect)
    for i in range(links):
        a, b = made[i], made[(i * 7 + 3) % len(made)]
        scene.addItem(QGraphicsLineItem(QLineF(a.pos(), b.pos())))
    view = QGraphicsView(scene)
    view.resize(1280, 800)
    view.show()
    view.fitInView(scene.itemsBoundingRect())
    view.viewport().repaint()
    elapsed = time.perf_counter() - start
    view.close()
    view.deleteLater()
    scene.deleteLater()
    return elapsed


def run(quick: bool) -> list[Figure]:
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtWidgets import QApplication

    from labinov.app import build_context
    from labinov.gui import refcount_guard
    from labinov.gui.canvas.document import BoardDocument
    from labinov.gui.canvas.interactions import MoveInteraction
    from labinov.gui.canvas.view import BoardView
    from labinov.paths import user_paths
    from labinov.store.db import open_store

    app = QApplication.instance() or QApplication([])
    refcount_guard.apply()  # as the app does at start (shiboken6 6.12 None refcount leak)
    notes, links = (1000, 200) if quick else (5000, 1000)
    repeats = 2 if quick else 3
    folder = Path(tempfile.mkdtemp(prefix="labinov-bench-canvas-"))
    paths = user_paths(folder)
    store = open_store(paths)
    context = build_context(store, paths, "id")
    services = context.services
    workshop = services.workshops.create("Bench")
    team = services.teams.create(workshop.id, "Tim")
    project = services.projects.create(team.id, "Proyek")
    canvas = services.canvases.create(project.id, "design", "blank")
    _fill(services, canvas.id, notes, links)
    rows = services.canvases.load(canvas.id)[0]

    opened: list[BoardView] = []

    def open_canvas() -> None:
        document = BoardDocument(context, canvas.id)
        view = BoardView(document)
        view.resize(1280, 800)
        view.show()
        view.fit_all()
        view.viewport().repaint()
        opened.append(view)

    def close_all() -> None:
        while opened:
            view = opened.pop()
            view.close()
            view.document.deleteLater()
            view.deleteLater()
        # outside an event loop processEvents() leaves deferred deletes alone: closed
        # boards would stay subscribed to the canvas and slow every later edit
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    open_times, bare_times = [], []
    for _ in range(repeats):  # interleaved, so both sides see the same machine load
        bare_times.append(_bare(notes, links, rows))
        app.processEvents()
        start = time.perf_counter()
        open_canvas()
        open_times.append(time.perf_counter() - start)
        close_all()
    open_s, bare_s = statistics.median(open_times), statistics.median(bare_times)

    open_canvas()
    view = opened[-1]
    app.processEvents()
    repaint = median_time(view.viewport().repaint, 5 if quick else 20)
    rss = _rss_of_fresh_process(folder, canvas.id)

    scene = view.board_scene
    chosen = list(scene.notes)[:500]
    drag_times = []
    for step in range(repeats):
        scene.clearSelection()
        for item_id in chosen:
            scene.notes[item_id].setSelected(True)
        start_pos = QPointF(10, 10)
        gesture = MoveInteraction(view, start_pos)
        gesture.move(QPointF(60, 40 + step), view.mapFromScene(60, 40))
        begin = time.perf_counter()
        gesture.release(QPointF(60, 40 + step), view.mapFromScene(60, 40))
        drag_times.append(time.perf_counter() - begin)
    moved = services.canvases.load(canvas.id)[0]
    assert sum(row["x"] != old["x"] for row, old in zip(moved, rows, strict=True)) == len(chosen)
    close_all()
    store.dispose()
    return [
        Figure(
            f"open canvas of {notes} notes + {links} links to first paint",
            open_s,
            "s",
            baseline=bare_s,
            baseline_name="bare QGraphicsRectItem + text items",
            budget=1.5,
            ratio_budget=10,
        ),
        Figure("full repaint at fit-all zoom (median)", repaint * 1000, "ms", budget=50),
        Figure(
            "drag 500 selected notes: release commits (median)",
            statistics.median(drag_times) * 1000,
            "ms",
            budget=100,
        ),
        Figure("RSS of a process with that canvas open", rss, "MB", budget=400),
    ]
