"""How ready a project is: stage completeness and the proposal texts against their limits.

The proposal outline is data owned by the report (``resources/proposal/kipp_2023.json``,
METHOD.md §5): sections with parts, each with a word limit and ``fill`` groups of sources
(``profile:KEY``, ``answers:STAGE.KEY[.SUB]``, ``answers:STAGE``, or an object with
``from`` — one reference or alternatives —, ``row`` templates and ``sum``; see
``labinov/report/outline.py``); the first group that gives any text fills the part, and
its words are counted as the PDF counts them (labels are not counted). Read here as plain
data so services never import the report; tests/services/test_readiness.py checks that
both count the same. When the outline file is absent, readiness is stage completeness only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from string import Formatter
from typing import Any

from labinov.method.stages import pick
from labinov.method.worksheets import Column, Field, field_of, word_count, worksheet
from labinov.paths import resource

OUTLINE = "kipp_2023"
GENERAL, REPLICATION = "umum", "replikasi"


@dataclass(frozen=True)
class ProposalPart:
    """One proposal text: its title, words written and the limit (None: no limit)."""

    section: str
    part: str
    title: str
    words: int
    max_words: int | None

    @property
    def empty(self) -> bool:
        return self.words == 0

    @property
    def over(self) -> int:
        return max(0, self.words - self.max_words) if self.max_words else 0


@cache
def load_outline(key: str = OUTLINE) -> dict[str, Any] | None:
    try:
        path = resource("proposal", f"{key}.json")
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return None


def as_text(value: Any) -> str:
    """A worksheet or profile value as text: lists become lines, dicts their values."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "\n".join(t for t in (as_text(v) for v in value) if t)
    if isinstance(value, dict):
        return "; ".join(t for t in (as_text(v) for v in value.values()) if t)
    return str(value)


def resolve(ref: str, profile: dict[str, Any], answers: dict[str, dict[str, Any]]) -> Any:
    kind, _, path = ref.partition(":")
    if kind == "profile":
        return profile.get(path)
    if kind == "answers":
        stage, _, rest = path.partition(".")
        current: Any = answers.get(stage) or {}
        for key in rest.split(".") if rest else []:
            if not isinstance(current, dict):
                return None
            current = current.get(key)
        return current
    return None


def _amount(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    digits = str(value or "").replace("Rp", "").replace(".", "").replace(" ", "")
    try:
        return float(digits.replace(",", ".")) if digits else None
    except ValueError:
        return None


def _rupiah(value: Any) -> str:
    found = _amount(value)
    return as_text(value) if found is None else f"{found:,.0f}".replace(",", ".")


def _columns(ref: str) -> dict[str, Column | Field]:
    """What a ``row`` template can name: a table's columns, or a stage's fields."""
    kind, _, path = ref.partition(":")
    stage, _, key = path.partition(".")
    if kind != "answers":
        return {}
    try:
        if key:
            return {c.key: c for c in field_of(stage, key.split(".")[0]).columns}
        return {f.key: f for f in worksheet(stage)}
    except ValueError:
        return {}


def _cell(value: Any, column: Column | Field | None, language: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(column, Column):
        if column.type == "rupiah":
            return _rupiah(value)
        if column.choices and isinstance(value, str):
            return column.choice_label(value, language)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return as_text(value)


def _rows(value: Any) -> list[dict[str, Any]]:
    rows = value if isinstance(value, list) else [value]
    return [row for row in rows if isinstance(row, dict)]


def source_text(
    source: Any, profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str
) -> str:
    """The text one source gives: the first of its alternatives that has a value."""
    if isinstance(source, str):
        source = {"from": source}
    refs = source.get("from")
    row = source.get("row")
    sep = source.get("sep", ", ")
    for ref in refs if isinstance(refs, list) else [refs]:
        value = resolve(str(ref), profile, answers)
        if value in (None, "", [], {}):
            continue
        if source.get("sum"):
            total = sum(_amount(r.get(source["sum"])) or 0 for r in _rows(value))
            segments = pick(row, language) if row else ["{total}"]
            text = sep.join(str(s).format(total=_rupiah(total)) for s in segments) if total else ""
        elif row:
            columns = _columns(str(ref))
            lines = []
            for entry in _rows(value):
                kept = []
                for segment in pick(row, language) or []:
                    names = [name for _t, name, _s, _c in Formatter().parse(segment) if name]
                    cells = {n: _cell(entry.get(n), columns.get(n), language) for n in names}
                    if all(cells.values()):
                        kept.append(segment.format_map(cells))
                lines.append(sep.join(kept))
            text = "\n".join(line for line in lines if line)
        else:
            text = as_text(value)
        if text:
            return text
    return ""


def proposal_parts(
    profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str = "id"
) -> list[ProposalPart] | None:
    """Every proposal part of the project's group with its word count; None without outline."""
    outline = load_outline()
    if outline is None:
        return None
    replication = any(profile.get(k) for k in outline.get("replication_when_profile", ()))
    group = REPLICATION if replication else GENERAL
    result = []
    for section in outline["sections"]:
        if group not in section.get("groups", (GENERAL, REPLICATION)):
            continue
        parts = section.get("parts") or [section]
        for part in parts:
            words = 0
            for sources in part.get("fill", []):
                # the first group giving any text fills the part; each source its own words
                words = sum(
                    word_count(source_text(source, profile, answers, language))
                    for source in sources
                )
                if words:
                    break
            title = str(pick(section["title"], language))
            if part is not section and part.get("title"):
                title += " — " + str(pick(part["title"], language))
            result.append(
                ProposalPart(section["key"], part["key"], title, words, part.get("max_words"))
            )
    return result
