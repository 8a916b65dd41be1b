"""Canvas templates of the method (METHOD.md §2), read from ``resources/templates/*.json``.

A template is data: a size, labelled zones (each with a guiding question, a rectangle and a
colour) where notes snap, and fixed shapes drawn under the notes (fishbone spine and
bones, problem-tree trunk, axes of 2×2 grids). Next year's worksheet is a JSON change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.stages import STAGES, Localized, pick
from labinov.paths import resource

BLANK = "blank"
ANY_STAGE = "any"

Rect = tuple[float, float, float, float]

# The sticky-note colours, in the order of keys 1–8: the same on the canvas and in the PDF.
NOTE_COLOURS: dict[str, str] = {
    "yellow": "#fff59d",
    "orange": "#ffcc80",
    "pink": "#f8bbd0",
    "green": "#c5e1a5",
    "blue": "#b3e5fc",
    "purple": "#d1c4e9",
    "grey": "#e0e0e0",
    "white": "#ffffff",
}


@dataclass(frozen=True)
class Zone:
    """A labelled region of a template; ``key`` is what a note stores as its zone."""

    key: str
    label: Localized
    question: Localized
    rect: Rect
    colour: str

    def contains(self, x: float, y: float) -> bool:
        left, top, width, height = self.rect
        return left <= x <= left + width and top <= y <= top + height


@dataclass(frozen=True)
class Shape:
    """A fixed drawing: ``line``/``arrow`` with ``points`` (x1, y1, x2, y2), or a ``label``."""

    kind: str
    points: tuple[float, ...] = ()
    width: float = 4.0
    text: Localized | None = None
    rect: Rect | None = None
    size: float = 28.0


@dataclass(frozen=True)
class Template:
    """A canvas template: which stage it belongs to, its name, zones and shapes."""

    key: str
    stage: str
    order: int
    name: Localized
    description: Localized
    size: tuple[float, float]
    zones: tuple[Zone, ...]
    shapes: tuple[Shape, ...]
    # which zones feed which worksheet suggestions: (("causes", (zone, ...)), ...)
    feeds: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a new note's size and the one text size of every note, in canvas units: chosen so
    # that the whole template fitted into a laptop's board still shows words (~7 px)
    note_size: tuple[float, float] = (250.0, 150.0)
    text_size: float = 26.0

    def title(self, language: str) -> str:
        return str(pick(self.name, language))

    def feeding(self, kind: str) -> tuple[str, ...]:
        """The zones whose notes are offered as ``kind`` ("causes", "ideas")."""
        return next((zones for name, zones in self.feeds if name == kind), ())

    def zone(self, key: str | None) -> Zone | None:
        return next((zone for zone in self.zones if zone.key == key), None)

    def zone_at(self, x: float, y: float) -> Zone | None:
        """The zone under a point (the last listed wins, as it is drawn on top)."""
        for zone in reversed(self.zones):
            if zone.contains(x, y):
                return zone
        return None

    def snap(
        self, x: float, y: float, width: float, height: float
    ) -> tuple[float, float, str | None]:
        """Where a note dropped at (x, y) lands and which zone it joins.

        The note joins the zone under its centre and is pushed inside that zone's
        rectangle when it sticks out (if it fits), so it stays readable on the wall.
        """
        zone = self.zone_at(x + width / 2, y + height / 2)
        if zone is None:
            return x, y, None
        left, top, zone_width, zone_height = zone.rect
        if width <= zone_width:
            x = min(max(x, left), left + zone_width - width)
        if height <= zone_height:
            y = min(max(y, top), top + zone_height - height)
        return x, y, zone.key


def _zone(data: dict[str, Any]) -> Zone:
    return Zone(
        key=data["key"],
        label=data["label"],
        question=data.get("question", {}),
        rect=tuple(float(v) for v in data["rect"]),  # type: ignore[arg-type]
        colour=data.get("colour", "#eeeeee"),
    )


def _shape(data: dict[str, Any]) -> Shape:
    rect = data.get("rect")
    return Shape(
        kind=data["kind"],
        points=tuple(float(v) for v in data.get("points", ())),
        width=float(data.get("width", 4)),
        text=data.get("text"),
        rect=tuple(float(v) for v in rect) if rect else None,  # type: ignore[arg-type]
        size=float(data.get("size", 28)),
    )


def parse(data: dict[str, Any]) -> Template:
    return Template(
        key=data["key"],
        stage=data["stage"],
        order=int(data.get("order", 0)),
        name=data["name"],
        description=data.get("description", {}),
        size=(float(data["size"][0]), float(data["size"][1])),
        zones=tuple(_zone(zone) for zone in data.get("zones", ())),
        shapes=tuple(_shape(shape) for shape in data.get("shapes", ())),
        feeds=tuple((kind, tuple(keys)) for kind, keys in data.get("feeds", {}).items()),
        note_size=tuple(float(v) for v in data.get("note_size", (250, 150))),  # type: ignore[arg-type]
        text_size=float(data.get("text_size", 26)),
    )


@cache
def all_templates() -> dict[str, Template]:
    """Every template by key, in method order (stage, then the template's order)."""
    found = [
        parse(json.loads(path.read_text(encoding="utf-8")))
        for path in sorted(resource("templates").glob("*.json"))
    ]
    stage_rank = {stage.value: index for index, stage in enumerate(STAGES)}
    found.sort(key=lambda t: (stage_rank.get(t.stage, -1), t.order, t.key))
    return {template.key: template for template in found}


def get(key: str) -> Template:
    """The template ``key``; refuses an unknown one with a message."""
    template = all_templates().get(key)
    if template is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no canvas template {key}."), key=key
        )
    return template


def for_stage(stage: str) -> list[Template]:
    """The templates offered in a stage: its own ones, then the blank canvas."""
    templates = all_templates().values()
    own = [template for template in templates if template.stage == stage]
    return own + [template for template in templates if template.stage == ANY_STAGE]
