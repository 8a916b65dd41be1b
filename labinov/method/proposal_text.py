"""Proposal texts composed from worksheet answers and profile fields (METHOD.md §5).

One implementation for the two readers of the outline (``resources/proposal/*.json``): the
PDF (``labinov.report.sections``) prints these texts and ``labinov.services.readiness``
counts their words, so a part's word count on screen is the one in the document. Plain
Python: no reportlab, no database.

A reference is ``profile:KEY``, ``answers:STAGE.KEY[.SUB…]`` or ``answers:STAGE`` (the
stage's answers as one row). A ``row`` template's segment such as ``"target {target}
{unit}"`` is kept only when every ``{column}`` in it has a value; a list of segments is a
set of alternatives, the first whose columns all have values is kept
(``["{a} → {b}", "{a} → belum diukur"]``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from string import Formatter
from typing import Any

from labinov.errors import UserError
from labinov.method import locale, measure
from labinov.method.stages import Localized, pick
from labinov.method.worksheets import Column, Field, field_of, worksheet

AnswersOf = Callable[[str], dict[str, Any]]  # stage -> its answers


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


def number(value: Any, language: str = "id") -> float | None:
    """A number stored or typed ("1.200" is 1200 in Indonesian: ``locale.parse_number``);
    None when it is not one."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(locale.parse_number(str(value), language))
    except UserError:
        return None


def amount(value: Any, language: str = "id") -> float | None:
    """A Rupiah amount: a number, or text like ``Rp 1.500.000`` (``locale.parse_amount``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(locale.parse_amount(str(value or ""), language))
    except UserError:
        return None


def rupiah(value: Any, language: str = "id") -> str:
    """``1.500.000`` (id) / ``1,500,000`` (en), or the value as written when not a number."""
    found = amount(value, language)
    return as_text(value) if found is None else locale.format_amount(found, language)


def resolve(ref: str, profile: dict[str, Any], answers_of: AnswersOf) -> Any:
    """The value a reference names; None when absent."""
    kind, _, path = ref.partition(":")
    if kind == "profile":
        return profile.get(path)
    if kind == "answers":
        stage, _, rest = path.partition(".")
        current: Any = answers_of(stage) or {}
        for key in rest.split(".") if rest else []:
            if not isinstance(current, dict):
                return None
            current = current.get(key)
        return current
    return None


def compose(
    refs: Sequence[str],
    value_of: Callable[[str], Any],
    language: str,
    row: Localized | None = None,
    sep: str = ", ",
    total_of: str | None = None,
) -> str:
    """The text of the first reference that has a value: as text, as one line per table
    row through the ``row`` template, or the total of the Rupiah column ``total_of``."""
    for ref in refs:
        value = value_of(ref)
        if value in (None, "", [], {}):
            continue
        if total_of:
            total = sum(amount(entry.get(total_of), language) or 0 for entry in _rows(value))
            segments = pick(row, language) if row else ["{total}"]
            shown = rupiah(total, language)
            text = sep.join(str(s).format(total=shown) for s in segments) if total else ""
        elif row:
            columns = _columns(ref)
            lines = (_row(entry, columns, row, sep, language) for entry in _rows(value))
            text = "\n".join(line for line in lines if line)
        else:
            text = as_text(value)
        if text:
            return text
    return ""


def _rows(value: Any) -> list[dict[str, Any]]:
    rows = value if isinstance(value, list) else [value]
    return [entry for entry in rows if isinstance(entry, dict)]


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


def cell_text(
    value: Any,
    spec: Column | Field | None,
    language: str,
    entry: dict[str, Any] | None = None,
    key: str | None = None,
) -> str:
    """A worksheet cell printed in the document's language by its type: an indicator value
    as typed around its number ("±80 persen", read from its row ``entry``), "Rp1.200", a
    choice's label, a date "15 Juli 2019", numbers "1.200" / "94,53". The proposal's
    texts and the report's record tables both print cells with it."""
    kind = getattr(spec, "type", None) or getattr(spec, "kind", None)
    if kind == "measure" and entry is not None and spec is not None:
        return measure.format_value(entry, key or spec.key, language)
    if value in (None, ""):
        return ""
    if kind == "rupiah":
        return rupiah(value, language)
    if isinstance(spec, Column) and spec.choices and isinstance(value, str):
        return spec.choice_label(value, language)
    if kind == "date" and isinstance(value, str):
        return locale.format_date(value, language)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return locale.format_number(value, language)
    return as_text(value)


def _row(
    entry: dict[str, Any],
    columns: dict[str, Column | Field],
    template: Localized,
    sep: str,
    language: str,
) -> str:
    kept = []
    for segment in pick(template, language) or []:
        # a list of segments: alternatives, the first whose columns all have values
        choices = segment if isinstance(segment, list) else [segment]
        for choice in choices:
            names = [name for _text, name, _spec, _conv in Formatter().parse(choice) if name]
            cells = {
                name: cell_text(entry.get(name), columns.get(name), language, entry)
                for name in names
            }
            if all(cells.values()) and (len(choices) == 1 or _fits(choice, names, columns, entry)):
                kept.append(choice.format_map(cells))
                break
    return sep.join(kept)


def _fits(
    choice: str, names: list[str], columns: dict[str, Column | Field], entry: dict[str, Any]
) -> bool:
    """Among alternatives, a value not measured yet counts as empty (a later alternative
    says so in words), and ``{unit}`` is left out when a value was typed with its own
    unit ("6 menit → 20 detik") or when the value it follows is a word for none ("nihil
    kasus" read wrong: "1,7 (2013) → nihil")."""
    fields = [name for _text, name, _spec, _conv in Formatter().parse(choice) if name]
    ahead = fields.index("unit") - 1 if "unit" in fields else -1
    before_unit = fields[ahead] if ahead >= 0 else None
    for name in names:
        column = columns.get(name)
        if not (isinstance(column, Column) and column.type == "measure"):
            continue
        value = measure.measure_of(entry, name)
        if value is None or not value.measured:
            return False
        if "unit" in names and value.after.strip():
            return False
        if name == before_unit and value.zero_word:
            return False
    return True
