"""Driving a board with real mouse and keyboard events, and reading its store rows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from labinov.gui.canvas.view import BoardView
from labinov.store.models import Canvas, CanvasItem, Link

NoMod = Qt.KeyboardModifier.NoModifier
Left = Qt.MouseButton.LeftButton


def at(view: BoardView, x: float, y: float):
    return view.mapFromScene(QPointF(x, y))


def drag(
    view: BoardView, start: tuple[float, float], end: tuple[float, float], modifiers=NoMod
) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Left, modifiers, at(view, *start))
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    QTest.mouseMove(viewport, at(view, *middle))
    QTest.mouseMove(viewport, at(view, *end))
    QTest.mouseRelease(viewport, Left, modifiers, at(view, *end))


def add_note(view: BoardView, x: float, y: float, text: str) -> str:
    """Double-click the board, type, press Escape; returns the new note's id."""
    before = set(view.document.items)
    QTest.mouseDClick(view.viewport(), Left, NoMod, at(view, x, y))
    QTest.keyClicks(view.viewport(), text)
    QTest.keyClick(view.viewport(), Qt.Key.Key_Escape)
    (new,) = set(view.document.items) - before
    return new


def click(view: BoardView, x: float, y: float, modifiers=NoMod, button=Left) -> None:
    QTest.mouseClick(view.viewport(), button, modifiers, at(view, x, y))


def centre(view: BoardView, item_id: str) -> tuple[float, float]:
    row = view.document.items[item_id]
    return row["x"] + row["width"] / 2, row["y"] + row["height"] / 2


def rows(services, project_id: str) -> dict:
    """Every canvas, item and link row of a project, without ``updated_at`` and ``rev``
    (every write moves both; store/sync_schema.py)."""

    def clean(row):
        values = row.model_dump()
        values.pop("updated_at")
        values.pop("rev")
        return values

    with services.store.transaction() as session:
        canvases = (
            session.execute(select(Canvas).where(Canvas.project_id == project_id)).scalars().all()
        )
        ids = [c.id for c in canvases]
        items = (
            session.execute(select(CanvasItem).where(CanvasItem.canvas_id.in_(ids))).scalars().all()
        )
        links = session.execute(select(Link).where(Link.canvas_id.in_(ids))).scalars().all()
        result = {}
        for table, found in (("canvas", canvases), ("item", items), ("link", links)):
            for row in found:
                values = clean(row)
                if table == "canvas":
                    values.pop("view")  # zoom/pan state is saved outside undo
                result[(table, row.id)] = values
        return result
