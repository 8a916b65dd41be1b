"""Where a new note goes and what the view shows of it: N on a fitted board lands in a
zone (not in the gap between two), and coming close to type keeps the zone's title and
question in view above the note when both fit on the screen (centred on the note alone,
a note far down a tall zone pushed its title off the top)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from labinov.gui.canvas.zone_words import BAND
from labinov.method.templates import Template

if TYPE_CHECKING:
    from labinov.gui.canvas.view import BoardView

TITLE_ROOM = 600.0  # a wide zone's title and question: its first this many canvas units
MARGIN = 20.0  # around the words and the note on the screen (canvas units)


def into_zone(template: Template, pos: QPointF) -> QPointF:
    """``pos``, or when it falls outside every zone (a gap, the margin) the nearest point
    of the nearest zone; a template without zones keeps it."""
    if not template.zones or template.zone_at(pos.x(), pos.y()) is not None:
        return pos
    best, distance = pos, float("inf")
    for zone in template.zones:
        left, top, width, height = zone.rect
        x = min(max(pos.x(), left + 1), left + width - 1)
        y = min(max(pos.y(), top + 1), top + height - 1)
        far = (x - pos.x()) ** 2 + (y - pos.y()) ** 2
        if far < distance:
            best, distance = QPointF(x, y), far
    return best


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
