"""Where a canvas figure goes on paper: its scene box, and the zoomed details of a canvas
too large to print its notes at a readable size.

A figure never prints text below ``MIN_FONT`` (6 pt). A note's text is ``NOTE_FONT``
scene units, so a canvas fitted to a page at a scale under ``MIN_FONT / NOTE_FONT`` (a
fishbone is ≈ 0.26) cannot show its notes' words at their size: the overview then keeps
the layout (zones, links, note numbers, the first words at 6 pt) and one detail per zone
follows, at a scale that prints notes at ≥ 6 pt; a zone too large even for a page is
split into tiles. Notes outside every zone get details of their own.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from labinov.method.stages import pick
from labinov.report.data import CanvasData
from labinov.report.markup import clean

Box = tuple[float, float, float, float]  # left, top, right, bottom in scene units
Measure = Callable[[str], float]  # a text's width in a font and size chosen before
NOTE_FONT = 11.0  # the editor's note text size, in scene units
MIN_FONT = 6.0  # smallest text drawn in a figure, in points (readable on paper)
MAX_FONT = 9.0
DETAIL_SCALE = MIN_FONT / NOTE_FONT  # below this, notes need a zoomed detail
MARGIN = 20.0


def template_of(key: str) -> Any:
    """The canvas template, when the templates module knows ``key``."""
    from labinov.method import templates

    return templates.all_templates().get(key)


def _union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def item_box(item: dict[str, Any]) -> Box:
    return (item["x"], item["y"], item["x"] + item["width"], item["y"] + item["height"])


def bounds(data: CanvasData, template: Any) -> Box:
    """The template (zones, shapes, axis labels), and every item, with a margin."""
    boxes: list[Box] = []
    if template is not None:
        boxes.append((0.0, 0.0, template.size[0], template.size[1]))
        for zone in template.zones:
            left, top, width, height = zone.rect
            boxes.append((left, top, left + width, top + height))
        for shape in template.shapes:
            if shape.rect:
                left, top, width, height = shape.rect
                boxes.append((left, top, left + width, top + height))
            if len(shape.points) == 4:
                xs, ys = shape.points[0::2], shape.points[1::2]
                boxes.append((min(xs), min(ys), max(xs), max(ys)))
    boxes += [item_box(item) for item in data.items]
    if not boxes:
        return 0.0, 0.0, 800.0, 500.0
    left, top, right, bottom = _union(boxes)
    return left - MARGIN, top - MARGIN, right + MARGIN, bottom + MARGIN


def fit(box: Box, width: float, height: float) -> float:
    return min(width / (box[2] - box[0]), height / (box[3] - box[1]))


@dataclass(frozen=True)
class Detail:
    """A zoomed part of a canvas: its title (the zone, "2/3" when tiled) and scene box."""

    title: str
    box: Box


def details(
    data: CanvasData, template: Any, language: str, width: float, height: float, outside: str
) -> list[Detail]:
    """The details a canvas needs on pages of ``width`` × ``height`` points; none when
    the whole canvas already fits at a readable scale. ``outside``: the title of the notes
    outside every zone."""
    if fit(bounds(data, template), width, height) >= DETAIL_SCALE:
        return []
    notes = [i for i in data.items if i.get("kind") != "frame"]
    groups: dict[str, tuple[str, list[Box]]] = {}
    for item in notes:
        zone = _zone_of(item, template)
        if zone is None:
            groups.setdefault("", (outside, []))[1].append(item_box(item))
            continue
        left, top, w, h = zone.rect
        entry = groups.setdefault(
            zone.key, (str(pick(zone.label, language)), [(left, top, left + w, top + h)])
        )
        entry[1].append(item_box(item))
    order = [z.key for z in template.zones] if template is not None else []
    found: list[Detail] = []
    for key in [*order, ""]:
        if key not in groups:
            continue
        title, boxes = groups[key]
        left, top, right, bottom = _union(boxes)
        found += _tiles(
            title,
            (left - MARGIN, top - MARGIN, right + MARGIN, bottom + MARGIN),
            width,
            height,
            boxes[1:] if key else boxes,
        )
    return found


def _zone_of(item: dict[str, Any], template: Any) -> Any:
    if template is None:
        return None
    zone = template.zone(item.get("zone"))
    if zone is None:
        zone = template.zone_at(item["x"] + item["width"] / 2, item["y"] + item["height"] / 2)
    return zone


def _tiles(title: str, box: Box, width: float, height: float, items: list[Box]) -> list[Detail]:
    """``box`` as one detail, or split in a grid of tiles that fit at ``DETAIL_SCALE``;
    a tile grows to hold whole the notes whose centre lies in it (a figure draws only
    whole notes in a detail), and a tile where no note's centre lies is left out."""
    left, top, right, bottom = box
    columns = max(1, math.ceil((right - left) * DETAIL_SCALE / width))
    rows = max(1, math.ceil((bottom - top) * DETAIL_SCALE / height))
    if columns * rows == 1:
        return [Detail(title, box)]
    step_x, step_y = (right - left) / columns, (bottom - top) / rows
    tiles = []
    for row in range(rows):
        for column in range(columns):
            tile = (
                left + column * step_x,
                top + row * step_y,
                left + (column + 1) * step_x,
                top + (row + 1) * step_y,
            )
            inside = [b for b in items if _contains(tile, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2)]
            if inside:  # a tile without a note of its own would print an empty page
                tiles.append(_union([tile, *inside]))
    if len(tiles) == 1:
        return [Detail(title, tiles[0])]
    return [Detail(f"{title} ({n}/{len(tiles)})", tile) for n, tile in enumerate(tiles, 1)]


def _contains(box: Box, x: float, y: float) -> bool:
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def wrap_lines(
    text: str,
    font: str,
    size: float,
    width: float,
    first_width: float | None = None,
    first_lines: int = 0,
    max_lines: int | None = None,
    measure: Measure | None = None,
) -> list[str]:
    """Greedy word wrap by measured width; words longer than a line are cut by characters.
    The first ``first_lines`` lines are ``first_width`` wide (room for a vote badge).
    ``max_lines``: stop there (the first lines come out the same); ``measure``: the width
    of a text in ``font`` at ``size`` (a remembering one; ``stringWidth`` by default)."""
    if measure is None:

        def measure(part: str) -> float:
            return stringWidth(part, font, size)

    lines: list[str] = []
    space = measure(" ")
    narrow = first_width is not None and first_lines > 0
    room: float = first_width if first_width is not None and narrow else width
    for paragraph in clean(text).split("\n"):
        line, line_width = "", 0.0
        for word in paragraph.split():
            word_width = measure(word)
            while word_width > room and len(word) > 1:  # a URL or a very long word
                if line:
                    lines.append(line)
                    line, line_width = "", 0.0
                    if narrow and len(lines) >= first_lines:
                        narrow, room = False, width
                cut = max(1, int(len(word) * room / word_width))
                while cut > 1 and measure(word[:cut]) > room:
                    cut -= 1
                lines.append(word[:cut])
                if narrow and len(lines) >= first_lines:
                    narrow, room = False, width
                word = word[cut:]
                word_width = measure(word)
            if line and line_width + space + word_width > room:
                lines.append(line)
                if narrow and len(lines) >= first_lines:
                    narrow, room = False, width
                line, line_width = word, word_width
            elif line:
                line, line_width = f"{line} {word}", line_width + space + word_width
            else:
                line, line_width = word, word_width
            if max_lines is not None and len(lines) >= max_lines:
                return lines[:max_lines]
        lines.append(line)
        if narrow and len(lines) >= first_lines:
            narrow, room = False, width
        if max_lines is not None and len(lines) >= max_lines:
            return lines[:max_lines]
    return lines
