"""Numbers stored before Labinov read Indonesian numbers correctly, marked for a check.

Until worksheets used ``locale.py``, a number cell read "1.200" as 1.2 and "130.355" as
130.355: the dot that groups thousands became a decimal point. Such values cannot be told
apart from a true 1.2, so nothing is changed: a number with one to three decimals that has
no typed text beside it gets ``<column>_check: true`` in its row (by the migration
``0005_suspect_numbers`` and when a bundle of format 1 is imported), the readiness view
lists it as "periksa angka ini", and confirming or typing the value again removes the mark.
No Qt, no database.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from labinov.method.measure import TEXT_SUFFIX
from labinov.method.stages import STAGES
from labinov.method.worksheets import CHECK_SUFFIX, NUMERIC_TYPES, TABLE, USG, Field, worksheet


@dataclass(frozen=True)
class SuspectNumber:
    """One stored number to confirm: where it is (stage, field, row index, column)."""

    stage: str
    field: str
    row: int
    column: str
    value: float

    def where(self, language: str) -> str:
        """ "Indikator, baris 2, Nilai awal" in the user's language."""
        from labinov.method.worksheets import field_of

        item = field_of(self.stage, self.field)
        row_word = "baris" if language != "en" else "row"
        return (
            f"{item.title(language)}, {row_word} {self.row + 1}, "
            f"{item.column(self.column).title(language)}"
        )


def is_suspect(value: Any) -> bool:
    """A float with one to three decimals: what "1.200" or "130.355" became."""
    if isinstance(value, bool) or not isinstance(value, float) or value.is_integer():
        return False
    return round(value, 3) == value


def _numeric_tables(stage: str) -> list[tuple[Field, list[str]]]:
    try:
        fields = worksheet(stage)
    except (KeyError, ValueError):
        return []
    out = []
    for item in fields:
        if item.kind in (TABLE, USG):
            keys = [c.key for c in item.columns if c.type in NUMERIC_TYPES]
            if keys:
                out.append((item, keys))
    return out


def _numeric_cells(
    stage: str, answers: dict[str, Any]
) -> Iterator[tuple[str, int, dict[str, Any], str]]:
    """(field key, row index, row, column key) of every number column of the stage's
    tables, row by row, skipping what is not a list of rows."""
    for item, keys in _numeric_tables(stage):
        rows = answers.get(item.key)
        if not isinstance(rows, list):
            continue
        for index, row in enumerate(rows):
            if isinstance(row, dict):
                for key in keys:
                    yield item.key, index, row, key


def mark_suspects(stage: str, answers: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """``answers`` with every suspect number without typed text marked; the count marked.
    The input is not changed (a copy is returned when anything is marked)."""
    marked = 0
    out = answers
    for field, index, row, key in _numeric_cells(stage, answers):
        if not is_suspect(row.get(key)) or row.get(key + TEXT_SUFFIX):
            continue
        if row.get(key + CHECK_SUFFIX):
            continue
        if out is answers:
            out = copy.deepcopy(answers)
        out[field][index][key + CHECK_SUFFIX] = True
        marked += 1
    return out, marked


def suspects(answers_by_stage: dict[str, dict[str, Any]]) -> list[SuspectNumber]:
    """The marked numbers of a project (``{stage: answers}``), in stage and row order."""
    found = []
    for stage in STAGES:
        answers = answers_by_stage.get(stage.value) or {}
        for field, index, row, key in _numeric_cells(stage.value, answers):
            value = row.get(key)
            if row.get(key + CHECK_SUFFIX) and isinstance(value, int | float):
                found.append(SuspectNumber(stage.value, field, index, key, value))
    return found


def confirmed(row: dict[str, Any], column: str) -> dict[str, Any]:
    """``row`` with the number of ``column`` confirmed as it is (its mark removed)."""
    out = dict(row)
    out.pop(column + CHECK_SUFFIX, None)
    return out
