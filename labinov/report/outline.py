"""The proposal outline and the 5D record as data (``resources/proposal/*.json``).

Sections, word limits, weights and which answers or profile fields fill them are data, so
next year's KIPP limits are a JSON change. A section has one or more *parts* (Adaptabilitas
is 100 + 200 words); each part has ``fill``: groups of sources tried in order — the first
group that yields any text fills the part (the worksheet field written for the section wins
over a text composed from other answers).

A source is ``"profile:KEY"``, ``"answers:STAGE.KEY"`` (a field) or ``"answers:STAGE"``
(the stage's answers as one row, for ``row`` templates), or an object::

    {"from": REF or [REF, ...],   # alternatives: the first that has a value
     "label": {"id": .., "en": ..},
     "row": {"id": [SEGMENT, ...], "en": [...]},  # table rows (or one dict) as text lines
     "sum": COLUMN}               # the total of a Rupiah column, as {total}

A ``row`` segment such as ``"target {target} {unit}"`` is kept only when every
``{column}`` in it has a value (a list of segments: alternatives, the first whose columns
all have values is kept); the kept segments are joined with ``sep`` (default ``", "``).
Choice columns show their label in the document's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method import competition
from labinov.method.stages import Localized, pick
from labinov.paths import resource

DEFAULT_OUTLINE = competition.DEFAULT


@dataclass(frozen=True)
class Source:
    """Where a text comes from (see the module docstring). ``refs``: alternatives, the
    first with a value is used."""

    refs: tuple[str, ...]
    label: Localized | None = None
    row: Localized | None = None
    sep: str = ", "
    sum: str | None = None

    @property
    def ref(self) -> str:
        return self.refs[0]


@dataclass(frozen=True)
class Part:
    key: str
    title: Localized | None
    max_words: int | None
    fill: tuple[tuple[Source, ...], ...]
    estimated: bool = False  # the word limit's source is not confirmed: "batas perkiraan"


@dataclass(frozen=True)
class Section:
    key: str
    title: Localized
    question: Localized
    weight: float | None
    groups: tuple[str, ...]
    parts: tuple[Part, ...]

    def heading(self, language: str) -> str:
        return str(pick(self.title, language))


@dataclass(frozen=True)
class Outline:
    key: str
    name: Localized
    group_names: dict[str, Localized]
    replication_fields: tuple[str, ...]
    sections: tuple[Section, ...]
    data: dict[str, Any]  # the file as read: cites, eligibility rules, letters

    def for_group(self, group: str) -> list[Section]:
        return [section for section in self.sections if group in section.groups]


def _source(raw: Any) -> Source:
    if isinstance(raw, str):
        return Source((raw,))
    refs = raw["from"]
    return Source(
        tuple(refs) if isinstance(refs, list) else (refs,),
        raw.get("label"),
        raw.get("row"),
        raw.get("sep", ", "),
        raw.get("sum"),
    )


def _part(raw: dict[str, Any], title: Localized | None) -> Part:
    return Part(
        key=raw["key"],
        title=title,
        max_words=raw.get("max_words"),
        fill=tuple(tuple(_source(s) for s in group) for group in raw.get("fill", [])),
        estimated=bool(raw.get("max_words")) and not competition.confirmed(raw, "max_words"),
    )


def parse_outline(data: dict[str, Any]) -> Outline:
    sections = []
    for raw in data["sections"]:
        if "parts" in raw:
            parts = tuple(_part(part, part.get("title")) for part in raw["parts"])
        else:
            parts = (_part(raw, None),)
        sections.append(
            Section(
                key=raw["key"],
                title=raw["title"],
                question=raw.get("question", {}),
                weight=raw.get("weight"),
                groups=competition.section_groups(data, raw),
                parts=parts,
            )
        )
    return Outline(
        key=data["key"],
        name=data["name"],
        group_names=data.get("groups", {}),
        replication_fields=tuple(data.get("replication_when_profile", ())),
        sections=tuple(sections),
        data=data,
    )


def load_outline(key: str = DEFAULT_OUTLINE) -> Outline:
    """The outline ``key`` (``kipp_2025``); ``FileNotFoundError`` when there is none."""
    data = competition.read(key)
    if data is None:
        raise FileNotFoundError(f"no proposal outline {key}")
    return parse_outline(data)


@cache
def record_blocks() -> tuple[dict[str, Any], ...]:
    """The 5D record's blocks (see ``resources/proposal/record.json``)."""
    data = json.loads(resource("proposal", "record.json").read_text(encoding="utf-8"))
    return tuple(data["blocks"])
