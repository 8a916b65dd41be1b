"""Where a new note goes and what the view shows of it: N on a fitted board lands in a
zone (not in the gap between two), and coming close to type keeps the zone's title and
question in view above the note when both fit on the screen (centred on the note alone,
a note far down a tall zone pushed its title off the top)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from labinov.gui.canvas.zone_words import BAND
from labinov.method.templates import Template

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

TITLE_ROOM = 600.0  # a wide zone's title and question: its first this many canvas units
MARGIN = 20.0  # around the words and the note on the screen (canvas units)


def into_zone(template: Template, pos: QPointF, size: tuple[float, float] = (0.0, 0.0)) -> QPointF:
    """``pos``, or when it falls outside every zone (a gap, the margin) the nearest point
    of the nearest zone where a note of ``size`` centred on it is inside that zone; a
    template without zones keeps it."""
    if not template.zones or template.zone_at(pos.x(), pos.y()) is not None:
        return pos
    best, distance = pos, float("inf")
    for zone in template.zones:
        point = _inside(zone.rect, pos, size)
        far = (point.x() - pos.x()) ** 2 + (point.y() - pos.y()) ** 2
        if far < distance:
            best, distance = point, far
    return best


def next_places(
    template: Template,
    zone_key: str | None,
    start: QPointF,
    size: tuple[float, float],
    step: float,
    cascade: int,
) -> Iterator[QPointF]:
    """Where N pressed again may put its note (centres, in order) when ``start`` is taken:
    down and right of it while inside zone ``zone_key``, then the zone's rows from its top
    left, then on down and right out of it (a full zone; without a zone, only that). Near a
    zone's edge the steps down and right took the note out into the gap, and past the
    zone's corner every note landed on the last one."""
    moves = (QPointF(start.x() + k * step, start.y() + k * step) for k in range(1, cascade + 1))
    zone = template.zone(zone_key)
    if zone is None:
        yield from moves
        return
    left, top, width, height = zone.rect
    corner = _inside(zone.rect, QPointF(left, top), size)  # the inner rectangle's corners
    far = _inside(zone.rect, QPointF(left + width, top + height), size)
    outside = []
    for place in moves:
        if corner.x() <= place.x() <= far.x() and corner.y() <= place.y() <= far.y():
            yield place
        else:
            outside.append(place)
    y = corner.y()
    while y <= far.y():
        x = corner.x()
        while x <= far.x():
            yield QPointF(x, y)
            x += step
        y += step
    yield from outside


def _inside(
    rect: tuple[float, float, float, float], pos: QPointF, size: tuple[float, float]
) -> QPointF:
    """The point nearest ``pos`` where a note of ``size`` centred on it is inside ``rect``
    (its middle, along a side the note does not fit)."""
    left, top, width, height = rect
    half_w, half_h = min(size[0], width - 2) / 2 + 1, min(size[1], height - 2) / 2 + 1
    x = min(max(pos.x(), left + half_w), left + width - half_w)
    y = min(max(pos.y(), top + half_h), top + height - half_h)
    return QPointF(x, y)


def show_with_title(view: BoardView, note: QRectF, zone_key: str | None) -> None:
    """Centre ``view`` on ``note`` and, when they fit together, its zone's words."""
    zone = view.document.template.zone(zone_key)
    area = QRectF(note)
    if zone is not None:
        left, top, width, _height = zone.rect
        words = QRectF(left, top, min(width, TITLE_ROOM), BAND)
        area = note.united(words).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        shown = view.visible_rect()
        if area.width() > shown.width():  # too wide: the words' left part goes
            area.setLeft(max(area.left(), note.right() + MARGIN - shown.width()))
        if area.height() > shown.height() or area.width() > shown.width():
            area = QRectF(note)  # the note first: it is being typed in
    view.centerOn(area.center())
