"""Numbers and dates as people in each language write them (CLDR data through Babel).

The one place that formats and parses numbers, Rupiah amounts and dates for the core, the
PDF and the GUI; no Qt. ``language`` is "id" or "en" (anything else is treated as "id").

Numbers are parsed strictly by the language's own rules: in Indonesian the dot groups
thousands and the comma marks decimals ("1.200" = 1200, "1.200,5" = 1200.5, "12,5" = 12.5);
in English the reverse. A separator that fits neither reading ("1.5" in Indonesian) is
refused with a message naming both readings ("1,5 or 15?"), never guessed.

Dates are ``datetime.date`` or, when only a month is known ("April 2017"), a ``Month``;
both are stored as ISO text ("2019-07-15", "2017-04": ISO 8601 reduced precision), so
stored dates sort as text and a full date stays readable by older code.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from labinov.errors import QT_TRANSLATE_NOOP, UserError

LANGUAGES = ("id", "en")
Number = int | float


@dataclass(frozen=True, order=True)
class Month:
    """A date known only to the month ("April 2017"); stored as "2017-04"."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.year <= 9999:
            raise ValueError(f"no month {self.year}-{self.month}")

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> Month:
        match = re.fullmatch(r"(\d{4})-(\d{2})", text.strip())
        if not match:
            raise ValueError(f"not an ISO month: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def last_day(self) -> dt.date:
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def __str__(self) -> str:
        return self.isoformat()


DateValue = dt.date | Month


def _lang(language: str | None) -> str:
    return language if language in LANGUAGES else "id"


# -- numbers -------------------------------------------------------------------------------


@cache
def symbols(language: str) -> tuple[str, str]:
    """(decimal mark, group mark) of the language from CLDR: ("," ".") in Indonesian."""
    code = _lang(language)
    return get_decimal_symbol(code), get_group_symbol(code)


def format_number(value: Number, language: str, decimals: int | None = None) -> str:
    """``1200`` → "1.200" (id) / "1,200" (en); ``94.53`` → "94,53" / "94.53".

    Up to three decimals are shown (trailing zeros dropped), or exactly ``decimals``."""
    code = _lang(language)
    if decimals is not None:
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(value, format=pattern, locale=code)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return format_decimal(value, locale=code)


def _readings(raw: str, language: str) -> tuple[str, str]:
    """The two ways a misplaced separator could be meant: as a decimal mark, or as
    grouping (dropped). "1.5" in Indonesian → ("1,5", "15")."""
    decimal, group = symbols(language)
    wrong = group if group in raw else decimal
    head, _, tail = raw.rpartition(wrong)
    as_decimal = head.replace(group, "").replace(decimal, "") + decimal + tail
    as_whole = raw.replace(group, "").replace(decimal, "")
    return as_decimal, as_whole


def parse_number(text: str, language: str) -> Number:
    """What the user typed as a number, by the language's rules: an ``int`` when whole.

    Indonesian: "1.200" → 1200, "1.250.000" → 1250000, "1.200,5" → 1200.5, "12,5" →
    12.5; "1.5" is refused with both readings. English: "1,200.5" → 1200.5. A sign ("-",
    "+", "−") may lead. ``UserError`` when the text is not a number."""
    raw = (text or "").strip()
    decimal, group = symbols(language)
    sign = ""
    body = raw
    if body[:1] in ("-", "+", "−"):
        sign, body = ("-" if body[0] != "+" else ""), body[1:].strip()
    g, d = re.escape(group), re.escape(decimal)
    grouped = rf"\d{{1,3}}(?:{g}\d{{3}})+"
    if re.fullmatch(rf"(?:\d+|{grouped})(?:{d}\d+)?", body):
        digits = body.replace(group, "").replace(decimal, ".")
    elif re.fullmatch(r"[\d.,]+", body) and re.search(r"\d", body):
        as_decimal, as_whole = _readings(body, language)
        if body.count(decimal) <= 1 and body.count(group) + body.count(decimal) >= 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "“{value}”: {decimal} or {whole}? Write {decimal} for a number with "
                    "decimals, {whole} for a whole number.",
                ),
                value=raw,
                decimal=sign + as_decimal,
                whole=sign + as_whole,
            )
        raise _not_a_number(raw, language)
    else:
        raise _not_a_number(raw, language)
    try:
        value = Decimal(sign + digits)
    except InvalidOperation:  # pragma: no cover - the patterns above allow only digits
        raise _not_a_number(raw, language) from None
    return int(value) if value == value.to_integral_value() else float(value)


def _not_a_number(raw: str, language: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "“{value}” is not a number. Write it like {example}."),
        value=raw,
        example=format_number(1200.5, language),
    )


_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)


def parse_amount(text: str, language: str) -> int:
    """A whole Rupiah amount: "Rp1.250.000,00", "Rp 1.500.000", "1.500.000,-", "1500000".

    Spaces may group thousands too ("1 500 000"). ``UserError`` when it is not one."""
    raw = (text or "").strip()
    body = _CURRENCY.sub("", raw)
    body = re.sub(r"[.,]-$", "", body)  # "1.500.000,-": no cents
    body = re.sub(r"(?<=\d)[ \u00a0](?=\d{3}(?!\d))", "", body)
    try:
        value = parse_number(body, language) if body[:1].isdigit() else None
    except UserError:
        value = None
    if not isinstance(value, int) or value < 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“{value}” is not an amount in Rupiah. Type digits only, e.g. 1500000.",
            ),
            value=raw,
        )
    return value


def format_amount(value: Number, language: str) -> str:
    """A Rupiah amount without the symbol: "1.500.000" (id) / "1,500,000" (en)."""
    return format_number(round(value), language, decimals=0)


def format_rupiah(value: Number, language: str) -> str:
    """ "Rp 1.500.000" (id) / "Rp 1,500,000" (en)."""
    return "Rp " + format_amount(value, language)


# -- dates ---------------------------------------------------------------------------------


@cache
def _month_names() -> dict[str, int]:
    """Month names and abbreviations of both languages, casefolded ("juli", "jul", "agt")."""
    names: dict[str, int] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for number, name in locale.months["format"][width].items():
                names[name.casefold().rstrip(".")] = number
                names[locale.months["stand-alone"][width][number].casefold().rstrip(".")] = number
    # older and common Indonesian spellings
    names.update({"pebruari": 2, "agu": 8, "agt": 8, "sept": 9, "nopember": 11, "nop": 11})
    return names


def format_date(value: DateValue | str, language: str) -> str:
    """ "15 Juli 2019" / "15 July 2019"; a month "April 2017"; stored ISO text is read first.

    Text that is not an ISO date is returned as it is (a value typed before validation)."""
    if isinstance(value, str):
        text = value
        try:
            value = date_from_iso(text)
        except ValueError:
            return text
    code = _lang(language)
    if isinstance(value, Month):
        return format_skeleton("yMMMM", value.first_day(), locale=code)
    if isinstance(value, dt.datetime):
        value = value.date()
    return babel_format_date(value, "d MMMM y", locale=code)


def date_from_iso(text: str) -> DateValue:
    """A stored date: "2019-07-15" → ``date``, "2017-04" → ``Month``; ``ValueError`` else."""
    text = str(text).strip()
    if len(text) == 7:
        return Month.fromisoformat(text)
    return dt.date.fromisoformat(text)


def latest_day(value: object) -> dt.date | None:
    """A stored date as a day, a month alone as its last day (the later, safe end of a
    roll-out or a follow-up); ``None`` for anything else."""
    try:
        parsed = date_from_iso(str(value or ""))
    except ValueError:
        return None
    return parsed.last_day() if isinstance(parsed, Month) else parsed


def date_to_iso(value: DateValue) -> str:
    return value.isoformat()


def parse_date(text: str, language: str) -> DateValue:
    """A date as typed: "15 Juli 2019", "15 July 2019", "15/7/2019" (day first in both
    languages, as the printed form), "2019-07-15"; or only a month, kept as a ``Month``:
    "April 2017", "Juli 2019", "7/2019", "2017-04". ``UserError`` otherwise."""
    raw = " ".join((text or "").split())
    try:
        return _parse_date(raw)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "“{value}” is not a date. Write it like {day} or {month} (only the month), "
                "or as 2019-07-15.",
            ),
            value=raw,
            day=format_date(dt.date(2019, 7, 15), language),
            month=format_date(Month(2017, 4), language),
        ) from None


def _parse_date(raw: str) -> DateValue:
    if re.fullmatch(r"\d{4}-\d{1,2}", raw):
        year_text, month_text = raw.split("-")
        return Month(int(year_text), int(month_text))
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", raw):
        year_text, month_text, day_text = raw.split("-")
        return dt.date(int(year_text), int(month_text), int(day_text))
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", raw)
    if numeric:
        day, month, year = (int(part) for part in numeric.groups())
        return dt.date(year, month, day)
    numeric_month = re.fullmatch(r"(\d{1,2})[/.-](\d{4})", raw)
    if numeric_month:
        return Month(int(numeric_month.group(2)), int(numeric_month.group(1)))
    named = re.fullmatch(r"(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?,?\s+(\d{4})", raw)
    if named:
        named_month = _month_names().get(named.group(2).casefold())
        if named_month is None:
            raise ValueError(raw)
        if named.group(1) is None:
            return Month(int(named.group(3)), named_month)
        return dt.date(int(named.group(3)), named_month, int(named.group(1)))
    raise ValueError(raw)
