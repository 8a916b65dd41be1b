"""Indicator values as people write them: "1.200", "±80 persen", "500–600 kasus", ">200",
"6 menit", "1,7 (2013)", "Rp1.250.000,00", "nihil", "belum diukur", "-".

A worksheet column of type ``measure`` stores two keys per value in the row: the number
under the column's key (what charts and totals use; ``None`` when not measured yet, the
middle of a range) and the text as typed under ``<key>_text``. Unit, qualifier and year
are read again from the text when printed, so nothing typed is lost and no second copy of
it can drift. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.locale import LANGUAGES, Number, format_number, parse_number

TEXT_SUFFIX = "_text"
NOT_MEASURED_WORDS = ("belum diukur", "belum ada", "-", "–", "—", "not measured", "n/a")
ZERO_WORDS = ("nihil", "nil", "none", "tidak ada")
QUALIFIERS = ("±", "+/-", "<=", ">=", "≤", "≥", "<", ">", "≈", "~")
QUALIFIER_WORDS = {
    "kurang dari": "<",
    "lebih dari": ">",
    "sekitar": "≈",
    "kira-kira": "≈",
    "kurang lebih": "±",
    "less than": "<",
    "more than": ">",
    "about": "≈",
    "approx.": "≈",
    "approximately": "≈",
}
NOT_MEASURED = {"id": "belum diukur", "en": "not measured yet"}
ZERO = {"id": "nihil", "en": "nil"}

# "1 200" (spaces grouping thousands) is one number; otherwise digits with dots and commas
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?(?![\d.,])|\d[\d.,]*\d|\d")
_RANGE = re.compile(r"^\s*(?:–|—|-|s\.?/?d\.?|sampai|hingga|to)\s*(?=\d)", re.IGNORECASE)
_YEAR = re.compile(
    r"\s*\(\s*(?:tahun\s+|th\.?\s*|year\s+)?((?:19|20)\d\d)\s*\)\s*$"
    r"|\s*,?\s+(?:pada\s+)?(?:tahun|th\.?|in|year)\s+((?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Measure:
    """One indicator value: ``before`` the number (qualifier or words, as typed), the
    number or range, ``after`` it (the unit, as typed) and a year."""

    text: str
    number: Number | None  # None: not measured yet
    low: Number | None = None
    high: Number | None = None  # set for a range only
    before: str = ""
    after: str = ""
    year: int | None = None
    zero_word: bool = False  # "nihil"

    @property
    def measured(self) -> bool:
        return self.number is not None

    @property
    def qualifier(self) -> str:
        """ "±", "<", ">", "≤", "≥", "≈" from what precedes the number, "–" for a range."""
        if self.high is not None:
            return "–"
        head = self.before.strip()
        for mark in QUALIFIERS:
            if head.endswith(mark):
                return {"+/-": "±", "<=": "≤", ">=": "≥", "~": "≈"}.get(mark, mark)
        for words, mark in QUALIFIER_WORDS.items():
            if head.casefold().endswith(words):
                return mark
        return ""

    @property
    def unit(self) -> str:
        """The unit as typed after the number, or "Rp" written before it."""
        if self.after.strip():
            return self.after.strip()
        return "Rp" if self.before.strip().casefold().startswith("rp") else ""


def _examples(language: str) -> str:
    if language == "en":
        return "1,200; 1.7 (2013); ±80 percent; >200; 500–600 cases; 6 minutes; nil; not measured"
    return "1.200; 1,7 (2013); ±80 persen; >200; 500–600 kasus; 6 menit; nihil; belum diukur"


def parse_measure(text: Any, language: str, column: str = "") -> Measure | None:
    """What was typed as an indicator value; ``None`` when empty. Numbers follow the
    language's rules (``parse_number``: "1.5" in Indonesian is refused with both readings);
    text with no number and none of the words is refused showing the accepted forms
    (``column``: its title, named in the message)."""
    raw = " ".join(str(text if text is not None else "").split())
    if not raw:
        return None
    word = raw.casefold().rstrip(".")
    if word in NOT_MEASURED_WORDS or word.startswith(("belum diukur", "not measured")):
        return Measure(raw, None)
    if word in ZERO_WORDS:
        return Measure(raw, 0, zero_word=True)
    first = _NUMBER.search(raw)
    if first is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "“{value}” has no number ({column}). Write a value like: {examples}."
            ),
            value=raw,
            column=column or "—",
            examples=_examples(language),
        )
    before, after = raw[: first.start()], raw[first.end() :]
    low = parse_number(_digits(first.group()), language)
    if before.endswith(("-", "−")) and not before[:-1].strip()[-1:].isdigit():
        before, low = before[:-1], -low  # a negative value, not a range's dash
    high = None
    dash = _RANGE.match(after)
    if dash:
        second = _NUMBER.match(after, dash.end())
        if second:
            high = parse_number(_digits(second.group()), language)
            after = after[second.end() :]
    year = None
    found = _YEAR.search(after)
    if found:
        year = int(found.group(1) or found.group(2))
        after = after[: found.start()]
    number = low if high is None else _middle(low, high)
    return Measure(raw, number, low, high, before, after, year)


def _digits(token: str) -> str:
    return token.replace(" ", "").replace("\u00a0", "")


def _middle(low: Number, high: Number) -> Number:
    middle = round((low + high) / 2, 9)  # 0.1–0.2 → 0.15, not 0.15000000000000002
    return int(middle) if float(middle).is_integer() else middle


def format_measure(value: Measure | None, language: str) -> str:
    """The value in the document's language, keeping what was typed around the number:
    "±80 persen", "500–600 kasus", "1,7 (2013)" (id) / "1.7 (2013)" (en)."""
    if value is None:
        return ""
    code = language if language in LANGUAGES else "id"
    if value.number is None:
        return NOT_MEASURED[code]
    if value.zero_word:
        return ZERO[code]
    if value.low is None:  # known only as a number (stored before values kept their text)
        shown = format_number(value.number, code)
    elif value.high is None:
        shown = format_number(value.low, code)
    else:
        shown = f"{format_number(value.low, code)}–{format_number(value.high, code)}"
    year = f" ({value.year})" if value.year else ""
    return f"{value.before}{shown}{value.after.rstrip()}{year}".strip()


def measure_of(row: dict[str, Any], key: str) -> Measure | None:
    """The value stored in a row under ``key`` (number) and ``key_text`` (as typed).

    The text is read in the language whose reading gives the stored number (it was typed
    in one of them); a value without text (older data) is its number alone."""
    number = row.get(key)
    text = row.get(key + TEXT_SUFFIX)
    if isinstance(number, bool) or not isinstance(number, int | float):
        number = None
    if isinstance(text, str) and text.strip():
        for language in LANGUAGES:
            try:
                parsed = parse_measure(text, language)
            except UserError:
                continue
            if parsed is not None and parsed.number == number:
                return parsed
        # Text and number disagree (edited elsewhere): trust the number, keep the words.
        if number is None:
            return Measure(text, None)
        return Measure(text, number)
    if number is None:
        return None
    return Measure(format_number(number, "en"), number)


def format_value(row: dict[str, Any], key: str, language: str) -> str:
    """What the PDF and tables print for a ``measure`` cell ("" when empty)."""
    return format_measure(measure_of(row, key), language)


def stored(key: str, text: Any, language: str, column: str = "") -> dict[str, Any]:
    """The row entries for a value typed into column ``key``: ``{key: number, key_text:
    text}`` (both ``None`` when cleared). ``UserError`` when it is refused."""
    value = parse_measure(text, language, column)
    if value is None:
        return {key: None, key + TEXT_SUFFIX: None}
    return {key: value.number, key + TEXT_SUFFIX: value.text}
