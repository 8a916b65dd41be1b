"""Numbers and dates as written in Indonesian and English (``labinov.method.locale``)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from labinov.errors import UserError
from labinov.i18n import translator
from labinov.method.locale import (
    Month,
    date_from_iso,
    format_amount,
    format_date,
    format_number,
    format_rupiah,
    parse_amount,
    parse_date,
    parse_number,
)


@pytest.mark.parametrize(
    ("typed", "id_value", "en_value"),
    [
        ("1.200", 1200, 1.2),
        ("1.250.000", 1_250_000, None),
        ("1.200,5", 1200.5, None),
        ("12,5", 12.5, None),
        ("1,7", 1.7, None),
        ("94,53", 94.53, None),
        ("1,200", 1.2, 1200),
        ("1,200.5", None, 1200.5),
        ("1200", 1200, 1200),
        ("-3", -3, -3),
        ("0,5", 0.5, None),
    ],
)
def test_numbers_by_language(typed: str, id_value: float | None, en_value: float | None) -> None:
    for language, expected in (("id", id_value), ("en", en_value)):
        if expected is None:
            with pytest.raises(UserError):
                parse_number(typed, language)
        else:
            value = parse_number(typed, language)
            assert value == expected and type(value) is type(expected), (language, typed)


def test_whole_numbers_are_ints() -> None:
    assert isinstance(parse_number("1.200", "id"), int)
    assert isinstance(parse_number("1.200,00", "id"), int)


@pytest.mark.parametrize(
    ("typed", "decimal", "whole"), [("1.5", "1,5", "15"), ("12.50", "12,50", "1250")]
)
def test_misplaced_dot_refused_with_both_readings(typed: str, decimal: str, whole: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_number(typed, "id")
    assert (refused.value.params["decimal"], refused.value.params["whole"]) == (decimal, whole)
    shown = refused.value.text(translator("id"))
    assert f"{decimal} atau {whole}?" in shown, shown  # "1,5 atau 15?"
    english = refused.value.text()
    assert decimal in english and whole in english


def test_english_comma_refused_with_both_readings() -> None:
    with pytest.raises(UserError) as refused:
        parse_number("1,5", "en")
    assert (refused.value.params["decimal"], refused.value.params["whole"]) == ("1.5", "15")


@pytest.mark.parametrize("typed", ["", "abc", "1,2,3", "12abc", "1.5e6", "--1"])
def test_not_numbers(typed: str) -> None:
    with pytest.raises(UserError):
        parse_number(typed, "id")


def test_format_numbers() -> None:
    assert format_number(1200, "id") == "1.200" and format_number(1200, "en") == "1,200"
    assert format_number(94.53, "id") == "94,53" and format_number(94.53, "en") == "94.53"
    assert format_number(1200.0, "id") == "1.200"
    assert format_number(1_250_000, "id") == "1.250.000"
    assert format_number(1.5, "id", decimals=2) == "1,50"
    assert format_number(1.7, "xx") == "1,7"  # an unknown language falls back to Indonesian


@pytest.mark.parametrize(
    "typed",
    ["Rp1.250.000,00", "Rp 1.250.000", "rp1.250.000,-", "1250000", "1 250 000", "Rp. 1.250.000"],
)
def test_amounts(typed: str) -> None:
    assert parse_amount(typed, "id") == 1_250_000


def test_amounts_refused_and_english() -> None:
    for bad in ("Rp1.250.000,50", "satu juta", "-5", "1.5"):
        with pytest.raises(UserError, match="Rupiah"):
            parse_amount(bad, "id")
    assert parse_amount("Rp 1,250,000.00", "en") == 1_250_000
    assert format_amount(1_250_000, "id") == "1.250.000"
    assert format_rupiah(1_250_000, "en") == "Rp 1,250,000"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15 Juli 2019", dt.date(2019, 7, 15)),
        ("15 July 2019", dt.date(2019, 7, 15)),
        ("15 Jul 2019", dt.date(2019, 7, 15)),
        ("15/7/2019", dt.date(2019, 7, 15)),
        ("15-07-2019", dt.date(2019, 7, 15)),
        ("2019-07-15", dt.date(2019, 7, 15)),
        ("2 Agustus 2020", dt.date(2020, 8, 2)),
        ("April 2017", Month(2017, 4)),
        ("Juli 2019", Month(2019, 7)),
        ("Mei 2020", Month(2020, 5)),
        ("2017-04", Month(2017, 4)),
        ("4/2017", Month(2017, 4)),
        ("4 Nopember 2019", dt.date(2019, 11, 4)),  # older spellings still common
        ("Pebruari 2020", Month(2020, 2)),
    ],
)
def test_dates_and_months(typed: str, expected: dt.date | Month) -> None:
    for language in ("id", "en"):
        assert parse_date(typed, language) == expected


@pytest.mark.parametrize("typed", ["31/2/2019", "2 September", "2019", "Juli", "besok", "13/2019"])
def test_not_dates(typed: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_date(typed, "id")
    assert "15 Juli 2019" in refused.value.text() and "April 2017" in refused.value.text()


def test_dates_printed_by_language_and_stored_as_iso() -> None:
    day, month = dt.date(2019, 7, 15), Month(2017, 4)
    assert format_date(day, "id") == "15 Juli 2019"
    assert format_date(day, "en") == "15 July 2019"
    assert format_date(month, "id") == "April 2017"
    assert format_date(Month(2019, 8), "id") == "Agustus 2019"
    assert format_date(month, "en") == "April 2017"
    assert (day.isoformat(), month.isoformat()) == ("2019-07-15", "2017-04")
    assert date_from_iso("2017-04") == month and date_from_iso("2019-07-15") == day
    assert format_date("2017-04", "id") == "April 2017"
    assert format_date("kemarin", "id") == "kemarin"  # not a stored date: shown as it is
    stored = ["2019-07-15", "2017-04", "2017-04-02"]
    assert sorted(stored) == ["2017-04", "2017-04-02", "2019-07-15"]  # text sorts by time
    with pytest.raises(ValueError):
        Month(2017, 13)


@given(
    st.one_of(
        st.integers(min_value=-(10**12), max_value=10**12),
        st.decimals(min_value=-(10**9), max_value=10**9, places=3).map(float),
    ),
    st.sampled_from(["id", "en"]),
)
def test_what_is_printed_reads_back_the_same(value: float, language: str) -> None:
    assert parse_number(format_number(value, language), language) == value
