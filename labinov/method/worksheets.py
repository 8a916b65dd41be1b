"""Worksheet field definitions (``resources/method/worksheets.json``) and their rules.

A worksheet is a list of fields per stage. Kinds: ``text`` (a word limit; one line when
``lines`` is 1), ``date`` (ISO text: "2019-07-15", or "2017-04" when only the month is
known), ``list`` (strings), ``table`` (rows of typed columns) and ``usg`` (a table scored
Urgency/Seriousness/Growth, see ``usg.py``). Column types: ``text``, ``number``, ``rupiah``
(whole Rupiah), ``date``, ``choice``, ``score`` (1–5) and ``measure`` (an indicator value as
typed, with its number: ``measure.py``). Numbers and dates are read by the user's language
(``locale.py``: "1.200" is 1200 in Indonesian). Answers are JSON in ``StageWork.answers``
keyed by field ``key``. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method import locale, measure
from labinov.method.stages import STAGES, Localized, Stage, pick
from labinov.paths import resource

TEXT, DATE, LIST, TABLE, USG = "text", "date", "list", "table", "usg"
KINDS = (TEXT, DATE, LIST, TABLE, USG)
COLUMN_TYPES = ("text", "number", "rupiah", "date", "choice", "score", "measure")
NUMERIC_TYPES = ("number", "measure")  # columns whose numbers the old parser could misread
CHECK_SUFFIX = "_check"  # a number to confirm: see ``suspects.py``
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
    rows: tuple[dict[str, Any], ...] = ()  # suggested rows while empty: {column: Localized}
    suggest: str | None = None  # "followups": dates offered from the profile (followups.py)

    def preset(self, language: str) -> list[dict[str, Any]]:
        """The suggested rows in ``language`` (shown, and stored on the first edit)."""
        return [
            {**empty_row(self), **{k: pick(v, language) for k, v in row.items()}}
            for row in self.rows
        ]

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
        rows=tuple(raw.get("rows", ())),
        suggest=raw.get("suggest"),
    )


@cache
def data() -> dict[str, Any]:
    """``worksheets.json`` as read (cached): the stages' worksheets and the further sheets."""
    return dict(json.loads(resource("method", "worksheets.json").read_text(encoding="utf-8")))


@cache
def further_fields() -> dict[str, tuple[Stage, tuple[Field, ...]]]:
    """The further sheets' fields (``sheets.py``): ``{sheet key: (stage, fields)}``."""
    return {
        entry["key"]: (Stage(entry["stage"]), tuple(_field(f) for f in entry["fields"]))
        for entry in data().get("sheets", ())
    }


@cache
def load_worksheets() -> dict[Stage, tuple[Field, ...]]:
    raw = data()
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
    for sheet_stage, fields in further_fields().values():  # a further sheet's question
        for candidate in fields:
            if sheet_stage == Stage(stage) and candidate.key == key:
                return candidate
    raise ValueError(f"{stage} has no worksheet field {key!r}")


def word_count(text: str) -> int:
    """Words as the competitions count them: split on whitespace."""
    return len(str(text or "").split())


def over_limit(item: Field, text: str) -> bool:
    return item.max_words is not None and word_count(text) > item.max_words


# -- cells -----------------------------------------------------------------------------


def parse_cell(column: Column, text: Any, language: str = "id") -> Any:
    """The stored value of what the user typed into a cell; ``UserError`` when it is not one.

    Empty input clears the cell (``None`` for typed columns). Numbers and Rupiah follow the
    language ("1.200" is 1200 in Indonesian, "Rp1.250.000,00" 1250000); a ``measure``
    gives its number (``cell_entries`` gives the typed text too)."""
    if _is_number(text) and column.type in NUMERIC_TYPES:
        return int(text) if float(text).is_integer() else text
    if _is_number(text) and column.type != "text":
        text = str(text)
    raw = str(text if text is not None else "").strip()
    if column.type == "text":
        return raw
    if not raw:
        return None
    name = column.title(language)  # named in the message in the user's language
    if column.type == "rupiah":
        return locale.parse_amount(raw, language)
    if column.type == "measure":
        value = measure.parse_measure(raw, language, name)
        return None if value is None else value.number
    if column.type == "number":
        try:
            return locale.parse_number(raw, language)
        except UserError as error:
            if "decimal" in error.params:  # "1.5": the message with both readings
                raise
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "“{value}” is not a number ({column})."),
                value=raw,
                column=name,
            ) from None
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
        return parse_date(raw, language)
    if column.type == "choice":
        for choice, label in column.choices:
            if raw == choice or raw.casefold() in (str(v).casefold() for v in label.values()):
                return choice
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "“{value}” is not one of the choices."), value=raw
        )
    raise ValueError(column.type)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def cell_entries(column: Column, text: Any, language: str = "id") -> dict[str, Any]:
    """What a typed cell writes into its row: ``{key: value}``, plus ``key_text`` (as typed)
    for a ``measure``; a number waiting to be confirmed (``key_check``) is settled by the
    edit, so its mark goes (``None``: remove the entry)."""
    if column.type == "measure":
        entries = measure.stored(column.key, text, language, column.title(language))
    else:
        entries = {column.key: parse_cell(column, text, language)}
    if column.type in NUMERIC_TYPES:
        entries[column.key + CHECK_SUFFIX] = None
    return entries


def set_cell_entries(row: dict[str, Any], entries: dict[str, Any]) -> dict[str, Any]:
    """``row`` with ``entries`` applied; companions (``_text``, ``_check``) set to ``None``
    are removed rather than stored."""
    out = dict(row, **entries)
    for key, value in entries.items():
        if value is None and key.endswith((measure.TEXT_SUFFIX, CHECK_SUFFIX)):
            out.pop(key, None)
    return out


def parse_date(raw: str, language: str = "id") -> str | None:
    """A typed date as stored ISO text ("2019-07-15", or "2017-04" for a month)."""
    raw = (raw or "").strip()
    if not raw:
        return None
    return locale.parse_date(raw, language).isoformat()


def _stored_cell(column: Column, row: dict[str, Any], language: str) -> dict[str, Any]:
    """A cell of a whole row being stored again: values already in their stored form are
    kept as they are (a stored 1.2 must not be read again as typed text), text is parsed."""
    value = row.get(column.key)
    key = column.key
    if column.type in NUMERIC_TYPES:
        if value is None or _is_number(value):
            kept: dict[str, Any] = {key: value}
            text = row.get(key + measure.TEXT_SUFFIX)
            if column.type == "measure" and isinstance(text, str) and text.strip():
                kept[key + measure.TEXT_SUFFIX] = text
            if row.get(key + CHECK_SUFFIX) and value is not None:
                kept[key + CHECK_SUFFIX] = True
            return kept
        entries = cell_entries(column, value, language)  # typed text: parsed, mark settled
        kept = {k: v for k, v in entries.items() if v is not None}
        kept.setdefault(key, None)  # "belum diukur": the text stays, no number
        return kept
    if column.type == "date" and isinstance(value, str) and value.strip():
        try:
            return {column.key: locale.date_from_iso(value).isoformat()}
        except ValueError:
            pass
    return {column.key: parse_cell(column, value, language)}


def clean_value(item: Field, value: Any, language: str = "id") -> Any:
    """A whole answer checked against its field: the form stored, or ``UserError``."""
    if value is None:
        return None
    if item.kind == TEXT:
        return str(value)
    if item.kind == DATE:
        try:
            return locale.date_from_iso(str(value)).isoformat()
        except ValueError:
            return parse_date(str(value), language)
    if item.kind == LIST:
        return [str(entry) for entry in value]
    rows = []
    for row in value:
        cleaned: dict[str, Any] = {}
        for column in item.columns:
            cleaned.update(_stored_cell(column, row, language))
        rows.append(cleaned)
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
