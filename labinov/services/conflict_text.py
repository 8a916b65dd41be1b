"""The two versions of a conflict as a user reads them (no Qt): the fields that differ, a
worksheet's answers question by question under their titles in the user's language, and
values as the user wrote them — an indicator "±80" or "500–600" as typed, numbers and
dates in the language's format ("1.200", "94,53", "15 Juli 2019") by the one locale
module, a table's rows one per line, never a stored float or a Python list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from labinov.method import locale
from labinov.method.profile import ProfileField, profile_field
from labinov.method.proposal_text import cell_text
from labinov.method.stages import Stage, stage_content
from labinov.method.worksheets import LIST, TEXT, Field, field_of, worksheet
from labinov.services.conflicts import Version, not_choices

EMPTY = "—"


@dataclass(frozen=True)
class Difference:
    """One field whose two versions differ: ``key`` is the column ("text", "title") or
    "answers.<question>"; ``label`` the question's or profile field's title ("" for a
    column: the GUI names those), ``ours``/``theirs`` the values as text."""

    key: str
    label: str
    ours: str
    theirs: str


def differences(version: Version, language: str) -> list[Difference]:
    """What differs between the version here and the other one, in reading order."""
    found: list[Difference] = []
    for key in version.theirs:
        if key in not_choices(version.table):
            continue
        ours, theirs = version.ours.get(key), version.theirs.get(key)
        if ours == theirs:
            continue
        if version.table == "stagework" and key == "answers":
            found += _answers(str(version.ours.get("stage") or ""), ours, theirs, language)
        elif version.table == "project" and key == "profile":
            found += _profile(ours, theirs, language)
        else:
            found.append(Difference(key, "", shown(ours, language), shown(theirs, language)))
    return found


def item_label(version: Version, language: str) -> str:
    """How the list names a conflict: a stage's answers by stage and questions
    ("Delivery — Indikator keberhasilan"), anything else by its own label."""
    if version.table != "stagework":
        return version.item
    stage = str(version.ours.get("stage") or "")
    found = differences(version, language)
    keys = [d.key.removeprefix("answers.") for d in found if d.key.startswith("answers.")]
    return stage_item(stage, keys, language)


def stage_item(stage: str, keys: list[str], language: str) -> str:
    """A stage's work by the stage's name and the titles of the questions ``keys``."""
    titles = []
    for key in keys:
        field = _field(stage, key)
        titles.append(field.title(language) if field is not None else key)
    name = _stage_name(stage, language)
    return f"{name} — {', '.join(titles)}" if titles else name


def synced_item(item: str, language: str) -> str:
    """A sync plan's label of a stage's work ("delivery: indicators, showcase_summary",
    ``sync.names.answers_item``) as the user reads it."""
    stage, _, keys = item.partition(": ")
    return stage_item(stage, [k for k in keys.split(", ") if k], language)


def _stage_name(stage: str, language: str) -> str:
    try:
        return stage_content(Stage(stage)).name(language)
    except ValueError:
        return stage


def _field(stage: str, key: str) -> Field | None:
    try:
        return field_of(stage, key)
    except (ValueError, KeyError, StopIteration):
        return None


def _answers(stage: str, ours: Any, theirs: Any, language: str) -> list[Difference]:
    ours, theirs = dict(ours or {}), dict(theirs or {})
    keys = [k for k in dict.fromkeys([*ours, *theirs]) if ours.get(k) != theirs.get(k)]
    fields = {key: _field(stage, key) for key in keys}
    order = {f.key: n for n, f in enumerate(_worksheet(stage))}
    keys.sort(key=lambda k: (order.get(k, len(order)), k))
    return [
        Difference(
            f"answers.{key}",
            fields[key].title(language) if fields[key] is not None else key,  # type: ignore[union-attr]
            answer_text(fields[key], ours.get(key), language),
            answer_text(fields[key], theirs.get(key), language),
        )
        for key in keys
    ]


def _worksheet(stage: str) -> list[Field]:
    try:
        return list(worksheet(stage))
    except ValueError:
        return []


def _profile(ours: Any, theirs: Any, language: str) -> list[Difference]:
    ours, theirs = dict(ours or {}), dict(theirs or {})
    out = []
    for key in dict.fromkeys([*ours, *theirs]):
        if ours.get(key) == theirs.get(key):
            continue
        try:
            field: ProfileField | None = profile_field(key)
        except KeyError:
            field = None
        title = field.label(language) if field is not None else key
        out.append(
            Difference(
                f"profile.{key}",
                title,
                _profile_value(field, ours.get(key), language),
                _profile_value(field, theirs.get(key), language),
            )
        )
    return out


def _profile_value(field: ProfileField | None, value: Any, language: str) -> str:
    """A profile answer: a choice by its label, a date in the language's words."""
    if field is None or value in (None, "", []):
        return shown(value, language)
    if field.choices and isinstance(value, list):
        return "\n".join(f"• {field.choice_label(str(v), language)}" for v in value)
    if field.choices and isinstance(value, str):
        return field.choice_label(value, language)
    if field.kind == "date" and isinstance(value, str):
        return locale.format_date(value, language)
    return shown(value, language)


def answer_text(field: Field | None, value: Any, language: str) -> str:
    """One worksheet answer as text: a table's rows one per line, each cell as the
    proposal prints it (``proposal_text.cell_text``)."""
    if value in (None, "", [], {}):
        return EMPTY
    if field is None:
        return shown(value, language)
    if field.kind == TEXT:
        return str(value)
    if field.kind == LIST:
        return "\n".join(f"• {entry}" for entry in value) if isinstance(value, list) else str(value)
    if not isinstance(value, list):
        return cell_text(value, field, language) or EMPTY
    lines = []
    for number, row in enumerate(value, start=1):
        if not isinstance(row, dict):
            lines.append(f"{number}. {shown(row, language)}")
            continue
        cells = [
            f"{column.title(language)}: {cell_text(row.get(column.key), column, language, row)}"
            for column in field.columns
            if cell_text(row.get(column.key), column, language, row)
        ]
        lines.append(f"{number}. " + "\n    ".join(cells or [EMPTY]))
    return "\n".join(lines)


def shown(value: Any, language: str) -> str:
    """Any column's value as text: numbers and dates in the language's format, a list
    one entry a line, a mapping "key: value" a line."""
    if value is None or value == "" or value == [] or value == {}:
        return EMPTY
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, int | float):
        return locale.format_number(value, language)
    if isinstance(value, datetime):
        return locale.format_date(value.date(), language)
    if isinstance(value, date):
        return locale.format_date(value, language)
    if isinstance(value, dict):
        return "\n".join(f"{key}: {shown(item, language)}" for key, item in value.items())
    if isinstance(value, list):
        return "\n".join(f"• {shown(item, language)}" for item in value)
    return str(value)
