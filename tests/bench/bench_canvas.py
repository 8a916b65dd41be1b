"""Canvas speed at 1,000 / 5,000 / 7,000 / 10,000 / 15,000 / 20,000 notes (connectors =
notes / 5): open to first paint, repaint and a zoom step at "fit all", the growth of the open
time between sizes (the sizes from 5,000 opened again in turns: medians of several opens
each), drag-and-release of 500 notes, memory after panning and zooming. Each
figure is printed beside a baseline measured in the same run: bare ``QGraphicsRectItem`` +
``QGraphicsSimpleTextItem`` items (open, repaint, zoom step, growth, memory), one
full-viewport pixmap blit (the floor of any repaint), raw ``sqlite3`` (the floor of storing
a drag). Issue 12's budgets; quick mode (CI) runs 1,000 notes only, with few repeats."""

from __future__ import annotations

import itertools
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
            return int(line.split()[1]) / 1024  # kB → MiB
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
if sys.argv[3] == "bare":
    from tests.bench.bench_canvas import _bare_view
    view = _bare_view(context.services.canvases.load(sys.argv[2])[0], int(sys.argv[4]))
    zoom = lambda: view.transform().m11()
    set_zoom = lambda factor: view.scale(factor / zoom(), factor / zoom())
else:
    view = BoardView(BoardDocument(context, sys.argv[2]))
    view.resize(1280, 800)
    view.show()
    view.fit_all()
    zoom, set_zoom = view.zoom, view.set_zoom
view.viewport().repaint()
app.processEvents()
for step in range(20):  # pan and zoom about, as a moderator would
    set_zoom(zoom() * (1.6 if step % 4 < 2 else 1 / 1.6))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 300 * (-1) ** step)
    view.viewport().repaint()
    app.processEvents()
print(_rss_mb())
"""


def _rss_of_fresh_process(folder: Path, canvas_id: str, mode: str, links: int) -> float:
    """RSS of a new process that only opens the canvas (this one also built baselines), as
    a board (``mode`` "board") or as bare Qt items ("bare")."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    output = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, str(folder), canvas_id, mode, str(links)],
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
            "id": f"{canvas_id[:8]}-{i:05d}",
            "x": (i % columns) * 270.0,  # the blank template's 250 × 150 notes
            "y": (i // columns) * 170.0,
            "width": 250.0,
            "height": 150.0,
            "text": f"Catatan {i}: antrean loket akta kelahiran terlalu panjang",
            "colour": rng.choice(["yellow", "pink", "green", "blue"]),
            "z": float(i),
        }
        for i in range(notes)
    ]
    # a connector joins nearby notes (a cause to its effect, a step to the next), as on
    # real boards: within three columns and rows of each other
    pairs = []
    for _ in range(links):
        a = rng.randrange(notes)
        b = a + rng.randint(-3, 3) + columns * rng.randint(-3, 3)
        pairs.append((a, min(max(b, 0), notes - 1)))
    link_rows = [
        {"source_id": f"{canvas_id[:8]}-{a:05d}", "target_id": f"{canvas_id[:8]}-{b:05d}"}
        for a, b in pairs
        if a != b
    ]
    services.canvases.add_items(canvas_id, items, link_rows)


def _bare_view(rows, links: int):
    """Bare Qt: rect + text items and line items in a plain view at fit all, shown."""
    from PySide6.QtCore import QLineF
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsLineItem,
        QGraphicsRectItem,
        QGraphicsScene,
        QGraphicsSimpleTextItem,
        QGraphicsView,
    )

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
    scene.setParent(view)
    view.resize(*VIEWPORT)
    view.show()
    QApplication.processEvents()  # exposed: else the first repaint paints nothing
    view.fitInView(scene.itemsBoundingRect())
    return view


def _bare(links: int, rows, paints: int) -> tuple[float, float, float, float]:
    """Bare Qt items: seconds to first paint (wall, CPU), then the median repaint and zoom
    step at fit all (``paints`` of each; 0: open only)."""
    start, cpu = time.perf_counter(), time.process_time()
    view = _bare_view(rows, links)
    view.viewport().repaint()
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    repaint = zoom = 0.0
    if paints:
        repaint = median_time(view.viewport().repaint, paints)
        step = [0]

        def zoom_step() -> None:
            step[0] += 1
            factor = 1.15 if step[0] % 2 else 1 / 1.15
            view.scale(factor, factor)
            view.viewport().repaint()

        zoom = median_time(zoom_step, paints)
    view.close()
    view.deleteLater()
    return elapsed, cpu, repaint, zoom


def _raw_update(database: Path, ids: list[str]) -> float:
    """The floor of storing a drag: raw ``sqlite3`` moves ``ids`` in one transaction, as
    durable as the app's (its ``synchronous`` pragma: a commit waits for the disk)."""
    import sqlite3

    from labinov.store.db import SYNCHRONOUS

    connection = sqlite3.connect(database)
    connection.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    try:
        start = time.perf_counter()
        with connection:
            connection.executemany(
                "UPDATE canvasitem SET x = x + 1, y = y + 1 WHERE id = ?", [(i,) for i in ids]
            )
        return time.perf_counter() - start
    finally:
        connection.close()


def _blit(app) -> float:
    """The floor of any repaint: one viewport-sized pixmap drawn by a plain widget."""
    from PySide6.QtGui import QColor, QPixmap
    from PySide6.QtWidgets import QLabel

    pixmap = QPixmap(*VIEWPORT)
    pixmap.fill(QColor("#fff59d"))
    label = QLabel()
    label.setPixmap(pixmap)
    label.resize(*VIEWPORT)
    label.show()
    app.processEvents()
    label.repaint()
    seconds = median_time(label.repaint, 20)
    label.close()
    label.deleteLater()
    return seconds


VIEWPORT = (1280, 800)
SIZES = (1000, 5000, 7000, 10000, 15000, 20000)  # 7k: the old cliff
GROWTH_ROUNDS = 4  # extra opens of each size from 5,000 for the growth figures


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
    sizes = SIZES[:1] if quick else SIZES
    folder = Path(tempfile.mkdtemp(prefix="labinov-bench-canvas-"))
    paths = user_paths(folder)
    store = open_store(paths)
    context = build_context(store, paths, "id")
    services = context.services
    workshop = services.workshops.create("Bench")
    team = services.teams.create(workshop.id, "Tim")
    project = services.projects.create(team.id, "Proyek")
    opened: list[BoardView] = []

    def open_canvas(canvas_id: str) -> BoardView:
        view = BoardView(BoardDocument(context, canvas_id))
        view.resize(*VIEWPORT)
        view.show()
        app.processEvents()  # exposed: else the first repaint paints nothing
        view.fit_all()
        view.viewport().repaint()
        opened.append(view)
        return view

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

    def zoom_step(view: BoardView, step: list[int]) -> None:
        step[0] += 1
        view.set_zoom(view.zoom() * (1.15 if step[0] % 2 else 1 / 1.15))
        view.viewport().repaint()

    figures: list[Figure] = []
    blit = _blit(app) * 1000
    opens_cpu: dict[int, list[float]] = {}  # CPU seconds of every open, per size
    bare_per_note: dict[int, float] = {}
    canvases: dict[int, str] = {}
    for notes in sizes:
        links = notes // 5
        canvas = services.canvases.create(project.id, "design", "blank")
        canvases[notes] = canvas.id
        _fill(services, canvas.id, notes, links)
        rows = services.canvases.load(canvas.id)[0]
        # the budgeted open at 5,000 gets the most repeats; the growth needs every size
        repeats = 1 if quick else 5 if notes <= 5000 else 3 if notes <= 10000 else 2
        open_times, bare_times, open_cpu, bare_cpu = [], [], [], []
        for _ in range(repeats):  # interleaved, so both sides see the same machine load
            bare_wall, bare_cpu_s, *_paints = _bare(links, rows, 0)
            bare_times.append(bare_wall)
            bare_cpu.append(bare_cpu_s)
            app.processEvents()
            start, cpu = time.perf_counter(), time.process_time()
            open_canvas(canvas.id)
            open_times.append(time.perf_counter() - start)
            open_cpu.append(time.process_time() - cpu)
            close_all()
        open_s = statistics.median(open_times)
        # the growth is judged on CPU time: on a shared machine the wall time of one size
        # can double while another process runs (seen: bare items 1.6x between sizes)
        opens_cpu[notes] = open_cpu
        bare_per_note[notes] = statistics.median(bare_cpu) / notes
        paints = 5 if quick else 20
        *_open, bare_paint, bare_zoom = _bare(links, rows, 3 if quick or notes > 5000 else 5)
        view = open_canvas(canvas.id)
        app.processEvents()
        repaint = median_time(view.viewport().repaint, paints) * 1000
        step = [0]
        zoom = median_time(lambda v=view, s=step: zoom_step(v, s), 4 if quick else 10) * 1000
        close_all()
        label = f"{notes} notes + {links} links"
        figures += [
            Figure(
                f"open {label} to first paint (median of {repeats})",
                open_s,
                "s",
                baseline=statistics.median(bare_times),
                baseline_name="bare rect + text items",
                budget=1.0 if notes == 5000 else None,
                ratio_budget=10,
            ),
            Figure(
                f"open {label} to first paint, CPU time of this process (median)",
                statistics.median(open_cpu),
                "s",
                baseline=statistics.median(bare_cpu),
                baseline_name="bare items CPU",
            ),
            Figure(
                f"repaint at fit all, {label} (median of {paints})",
                repaint,
                "ms",
                baseline=bare_paint * 1000,
                baseline_name="bare items repaint",
                budget={10000: 33.0, 20000: 40.0}.get(notes),
            ),
            Figure(
                f"repaint at fit all, {label}, beside one full-viewport blit",
                repaint,
                "ms",
                baseline=blit,
                baseline_name="pixmap blit",
            ),
            Figure(
                f"zoom step at fit all, {label} (median)",
                zoom,
                "ms",
                baseline=bare_zoom * 1000,
                baseline_name="bare items zoom step",
                budget=50.0 if notes == 10000 else None,
            ),
        ]
    if len(sizes) > 1:
        # more opens for the growth, the sizes taking turns so that each sees the same load
        # (two opens of 20,000 notes alone wandered 1.5x with the other processes)
        big = [n for n in sizes if n >= 5000]
        for _round in range(GROWTH_ROUNDS):
            for notes in big:
                app.processEvents()
                cpu = time.process_time()
                open_canvas(canvases[notes])
                opens_cpu[notes].append(time.process_time() - cpu)
                close_all()
        per_note = {n: statistics.median(opens_cpu[n]) / n for n in big}
        # at most linear: the open time per note may not grow with the size, nor jump
        # between neighbouring sizes (the old cliff was between 6,000 and 7,000)
        for a, b in itertools.pairwise(big):
            figures.append(
                Figure(
                    f"open CPU time per note, {b} beside {a} notes (medians of "
                    f"{len(opens_cpu[b])} and {len(opens_cpu[a])} opens)",
                    per_note[b] / per_note[a],
                    "x",
                    baseline=bare_per_note[b] / bare_per_note[a],
                    baseline_name="bare items",
                    budget=1.5,
                )
            )
        figures.append(
            Figure(
                f"open CPU time per note, {big[-1]} beside {big[0]} notes (1 = linear; "
                f"medians of {len(opens_cpu[big[-1]])} and {len(opens_cpu[big[0]])} opens)",
                per_note[big[-1]] / per_note[big[0]],
                "x",
                baseline=bare_per_note[big[-1]] / bare_per_note[big[0]],
                baseline_name="bare items",
                budget=1.25,
            )
        )
    sized = 5000 if 5000 in canvases else sizes[0]
    view = open_canvas(canvases[sized])
    rows = services.canvases.load(canvases[sized])[0]
    scene = view.board_scene
    chosen = list(scene.notes)[:500]
    drag_times, raw_times, drag_cpu = [], [], []
    for step in range(3 if quick else 7):
        scene.clearSelection()
        for item_id in chosen:
            scene.notes[item_id].setSelected(True)
        gesture = MoveInteraction(view, QPointF(10, 10))
        gesture.move(QPointF(60, 40 + step), view.mapFromScene(60, 40))
        begin, cpu = time.perf_counter(), time.process_time()
        gesture.release(QPointF(60, 40 + step), view.mapFromScene(60, 40))
        drag_times.append(time.perf_counter() - begin)
        drag_cpu.append(time.process_time() - cpu)
        raw_times.append(_raw_update(paths.database, chosen))
    moved = services.canvases.load(canvases[sized])[0]
    assert sum(row["x"] != old["x"] for row, old in zip(moved, rows, strict=True)) == len(chosen)
    close_all()
    rss = _rss_of_fresh_process(folder, canvases[sized], "board", sized // 5)
    bare_rss = _rss_of_fresh_process(folder, canvases[sized], "bare", sized // 5)
    store.dispose()
    return [
        *figures,
        Figure(
            f"drag 500 selected notes of {sized}: release commits (median of {len(drag_times)})",
            statistics.median(drag_times) * 1000,
            "ms",
            baseline=statistics.median(raw_times) * 1000,
            baseline_name="raw sqlite3 update of the 500 rows",
            budget=100,
        ),
        Figure(
            f"drag 500 selected notes of {sized}: CPU time of the release (median)",
            statistics.median(drag_cpu) * 1000,
            "ms",
        ),
        Figure(
            f"RSS with {sized} notes after 20 pan and zoom steps (fresh process)",
            rss,
            "MiB",
            baseline=bare_rss,
            baseline_name="bare items, same steps",
            budget=200 if sized == 5000 else None,
        ),
    ]
