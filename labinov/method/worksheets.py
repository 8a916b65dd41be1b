"""Worksheet field definitions (``resources/method/worksheets.json``) and their rules.

A worksheet is a list of fields per stage. Kinds: ``text`` (a word limit; one line when
``lines`` is 1), ``date`` (ISO ``YYYY-MM-DD``), ``list`` (strings), ``table`` (rows of typed
columns) and ``usg`` (a table scored Urgency/Seriousness/Growth, see ``usg.py``). Column
types: ``text``, ``number``, ``rupiah`` (whole Rupiah), ``date``, ``choice``, ``score`` (1–5).
Answers are JSON in ``StageWork.answers`` keyed by field ``key``. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.stages import STAGES, Localized, Stage, pick
from labinov.paths import resource

TEXT, DATE, LIST, TABLE, USG = "text", "date", "list", "table", "usg"
KINDS = (TEXT, DATE, LIST, TABLE, USG)
COLUMN_TYPES = ("text", "number", "rupiah", "date", "choice", "score")
SCORE_MIN, SCORE_MAX = 1, 5


@dataclass(frozen=True)
class Column:
    key: str
    label: Localized
    type: str = "text"
    required: bool = False
    choices: tuple[tuple[str, Localized], ...] = ()

    def title(self, language: str) -> str:
        return str(pick(self.label, language))

    def choice_label(self, value: str, language: str) -> str:
        for choice, label in self.choices:
            if choice == value:
                return str(pick(label, language))
        return value


@dataclass(frozen=True)
class Field:
    """One question of a stage's worksheet."""

    key: str
    kind: str
    label: Localized
    help: Localized = field(default_factory=dict)
    required: bool = True
    max_words: int | None = None
    lines: int = 4
    min_items: int = 1
    columns: tuple[Column, ...] = ()
    from_canvas: str | None = None  # "notes", "causes" or "votes": see services.worksheets
    from_members: bool = False  # rows can be taken from the team's members (name, NIP, …)

    @property
    def needed(self) -> tuple[str, ...]:
        """Columns a row must have filled to count as complete (the required ones, and
        every score of a USG table)."""
        return _needed(self)

    def title(self, language: str) -> str:
        return str(pick(self.label, language))

    def column(self, key: str) -> Column:
        return next(column for column in self.columns if column.key == key)


def _column(raw: dict[str, Any]) -> Column:
    if raw.get("type", "text") not in COLUMN_TYPES:
        raise ValueError(f"unknown column type {raw.get('type')!r}")
    choices = tuple((c["value"], c["label"]) for c in raw.get("choices", ()))
    return Column(
        raw["key"], raw["label"], raw.get("type", "text"), raw.get("required", False), choices
    )


_NEEDED: dict[int, tuple[Field, tuple[str, ...]]] = {}


def _needed(item: Field) -> tuple[str, ...]:
    # Fields hold dicts (unhashable), so the cache is keyed by id and keeps the field alive
    # (its id cannot be reused); the gate asks this for every row of every table.
    cached = _NEEDED.get(id(item))
    if cached is None:
        needed = tuple(
            c.key for c in item.columns if c.required or (item.kind == USG and c.type == "score")
        )
        cached = _NEEDED[id(item)] = (item, needed)
    return cached[1]


def _field(raw: dict[str, Any]) -> Field:
    if raw["kind"] not in KINDS:
        raise ValueError(f"unknown worksheet field kind {raw['kind']!r}")
    return Field(
        key=raw["key"],
        kind=raw["kind"],
        label=raw["label"],
        help=raw.get("help", {}),
        required=raw.get("required", True),
        max_words=raw.get("max_words"),
        lines=raw.get("lines", 4),
        min_items=raw.get("min_rows", raw.get("min_items", 1)),
        columns=tuple(_column(c) for c in raw.get("columns", ())),
        from_canvas=raw.get("from_canvas"),
        from_members=raw.get("from_members", False),
    )


@cache
def load_worksheets() -> dict[Stage, tuple[Field, ...]]:
    raw = json.loads(resource("method", "worksheets.json").read_text(encoding="utf-8"))
    sheets = {
        Stage(stage): tuple(_field(f) for f in fields)
        for stage, fields in raw["worksheets"].items()
    }
    for stage in STAGES:
        keys = [f.key for f in sheets.get(stage, ())]
        if not keys or len(keys) != len(set(keys)):
            raise ValueError(f"worksheets.json: {stage} has no fields or repeats a key")
    return sheets


def worksheet(stage: Stage | str) -> tuple[Field, ...]:
    return load_worksheets()[Stage(stage)]


def field_of(stage: Stage | str, key: str) -> Field:
    for candidate in worksheet(stage):
        if candidate.key == key:
            return candidate
    raise ValueError(f"{stage} has no worksheet field {key!r}")


def word_count(text: str) -> int:
    """Words as the competitions count them: split on whitespace."""
    return len(str(text or "").split())


def over_limit(item: Field, text: str) -> bool:
    return item.max_words is not None and word_count(text) > item.max_words


# -- cells -----------------------------------------------------------------------------

_RUPIAH = re.compile(r"^(rp\.?)?\s*([0-9][0-9.\s]*)(,-|,00)?$", re.IGNORECASE)


def parse_cell(column: Column, text: Any, language: str = "id") -> Any:
    """The stored value of what the user typed into a cell; ``UserError`` when it is not one.

    Empty input clears the cell (``None`` for typed columns). Rupiah accepts "Rp 1.500.000"
    (the Indonesian thousands dot); numbers accept a decimal comma ("12,5")."""
    if isinstance(text, (int, float)) and not isinstance(text, bool) and column.type != "text":
        text = str(text)
    raw = str(text if text is not None else "").strip()
    if column.type == "text":
        return raw
    if not raw:
        return None
    name = column.title(language)  # named in the message in the user's language
    if column.type == "rupiah":
        match = _RUPIAH.match(raw)
        if not match:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "“{value}” is not an amount in Rupiah. Type digits only, e.g. 1500000.",
                ),
                value=raw,
            )
        return int(re.sub(r"[.\s]", "", match.group(2)))
    if column.type == "number":
        candidate = raw.replace(".", "").replace(",", ".") if "," in raw else raw
        try:
            value = float(candidate)
        except ValueError:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "“{value}” is not a number ({column})."),
                value=raw,
                column=name,
            ) from None
        if value != value or value in (float("inf"), float("-inf")):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "“{value}” is not a number ({column})."),
                value=raw,
                column=name,
            )
        return int(value) if value.is_integer() else value
    if column.type == "score":
        if not raw.isdigit() or not SCORE_MIN <= int(raw) <= SCORE_MAX:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A score must be a whole number from 1 to 5, not “{value}”."
                ),
                value=raw,
            )
        return int(raw)
    if column.type == "date":
        return parse_date(raw)
    if column.type == "choice":
        for choice, label in column.choices:
            if raw == choice or raw.casefold() in (str(v).casefold() for v in label.values()):
                return choice
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{value}” is not one of the choices."), value=raw
        )
    raise ValueError(column.type)


def parse_date(raw: str) -> str | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2019-09-02."
            ),
            value=raw,
        ) from None


def clean_value(item: Field, value: Any, language: str = "id") -> Any:
    """A whole answer checked against its field: the form stored, or ``UserError``."""
    if value is None:
        return None
    if item.kind == TEXT:
        return str(value)
    if item.kind == DATE:
        return parse_date(str(value))
    if item.kind == LIST:
        return [str(entry) for entry in value]
    rows = []
    for row in value:
        rows.append(
            {
                column.key: parse_cell(column, row.get(column.key), language)
                for column in item.columns
            }
        )
    return rows


def empty_row(item: Field) -> dict[str, Any]:
    return {column.key: ("" if column.type == "text" else None) for column in item.columns}


def is_filled(item: Field, value: Any) -> bool:
    """Whether an answer counts as the field's output (the stage gate)."""
    kind = item.kind
    if kind == TEXT:
        return bool(str(value or "").strip())
    if kind == DATE:
        return bool(value)
    wanted = item.min_items
    if wanted <= 0:
        return True
    if not value or len(value) < wanted:
        return False
    found = 0
    if kind == LIST:
        for entry in value:
            found += bool(str(entry).strip())
            if found >= wanted:
                return True
        return False
    needed = item.needed
    for row in value:
        found += all(row.get(key) not in (None, "") for key in needed)
        if found >= wanted:
            return True
    return False
