"""Indicator values as people write them (``labinov.method.measure``), in both languages."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.i18n import translator
from labinov.method.measure import format_measure, format_value, measure_of, parse_measure, stored
from labinov.method.proposal_text import compose
from labinov.method.worksheets import clean_value, field_of

# typed (Indonesian) -> number, qualifier, unit, year, printed in id, printed in en
REAL_FORMS = [
    ("1.200", 1200, "", "", None, "1.200", "1,200"),
    ("1.250.000", 1_250_000, "", "", None, "1.250.000", "1,250,000"),
    ("1,7", 1.7, "", "", None, "1,7", "1.7"),
    ("1,7 (2013)", 1.7, "", "", 2013, "1,7 (2013)", "1.7 (2013)"),
    ("±80", 80, "±", "", None, "±80", "±80"),
    ("±80 persen", 80, "±", "persen", None, "±80 persen", "±80 persen"),
    (">200", 200, ">", "", None, ">200", ">200"),
    ("500–600", 550, "–", "", None, "500–600", "500–600"),
    ("500-600 kasus", 550, "–", "kasus", None, "500–600 kasus", "500–600 kasus"),
    ("6 menit", 6, "", "menit", None, "6 menit", "6 menit"),
    ("Rp1.250.000,00", 1_250_000, "", "Rp", None, "Rp1.250.000", "Rp1,250,000"),
    ("94,53 persen", 94.53, "", "persen", None, "94,53 persen", "94.53 persen"),
    ("nihil", 0, "", "", None, "nihil", "nil"),
    ("belum diukur", None, "", "", None, "belum diukur", "not measured yet"),
    ("-", None, "", "", None, "belum diukur", "not measured yet"),
    ("kurang dari 5 %", 5, "<", "%", None, "kurang dari 5 %", "kurang dari 5 %"),
    ("20 detik (tahun 2020)", 20, "", "detik", 2020, "20 detik (2020)", "20 detik (2020)"),
    ("-3,5", -3.5, "", "", None, "-3,5", "-3.5"),
    ("1 200 orang", 1200, "", "orang", None, "1.200 orang", "1,200 orang"),
]


@pytest.mark.parametrize(
    ("typed", "number", "qualifier", "unit", "year", "in_id", "in_en"), REAL_FORMS
)
def test_real_forms_kept_parsed_and_printed(
    typed: str,
    number: float | None,
    qualifier: str,
    unit: str,
    year: int | None,
    in_id: str,
    in_en: str,
) -> None:
    value = parse_measure(typed, "id")
    assert value is not None and value.text == typed  # kept as typed
    assert (value.number, value.qualifier, value.unit, value.year) == (
        number,
        qualifier,
        unit,
        year,
    )
    assert format_measure(value, "id") == in_id and format_measure(value, "en") == in_en
    row = stored("baseline", typed, "id")  # what a cell writes into its row
    assert row == {"baseline": number, "baseline_text": typed}
    assert measure_of(row, "baseline") == value  # read back the same, whatever the language
    assert format_value(row, "baseline", "en") == in_en


def test_english_forms() -> None:
    value = parse_measure("1,200.5 cases (2019)", "en")
    assert value is not None and (value.number, value.unit, value.year) == (1200.5, "cases", 2019)
    assert format_measure(value, "id") == "1.200,5 cases (2019)"
    row = stored("actual", "1.5", "en")  # English rules in the English UI
    assert row["actual"] == 1.5 and format_value(row, "actual", "id") == "1,5"
    assert parse_measure("not measured", "en").number is None  # type: ignore[union-attr]


def test_range_keeps_both_ends() -> None:
    value = parse_measure("500 s/d 600 kasus", "id")
    assert value is not None and (value.low, value.high, value.number) == (500, 600, 550)
    assert format_measure(value, "en") == "500–600 kasus"


def test_dot_in_indonesian_refused_with_both_readings() -> None:
    with pytest.raises(UserError) as refused:
        parse_measure("1.5 jam", "id")
    assert "1,5 atau 15?" in refused.value.text(translator("id"))


@pytest.mark.parametrize("typed", ["tinggi", "cepat sekali", "belum", "n.a.x"])
def test_text_without_a_number_refused_with_the_accepted_forms(typed: str) -> None:
    with pytest.raises(UserError) as refused:
        parse_measure(typed, "id", "Capaian")
    shown = refused.value.text(translator("id"))
    assert "tidak berisi angka (Capaian)" in shown
    for form in ("1.200", "1,7 (2013)", "±80 persen", "500–600 kasus", "belum diukur", "nihil"):
        assert form in shown
    english = refused.value.text()
    assert "has no number" in english


def test_empty_and_old_values() -> None:
    assert parse_measure("  ", "id") is None and format_measure(None, "id") == ""
    assert measure_of({"baseline": 526}, "baseline").number == 526  # type: ignore[union-attr]
    assert format_value({"baseline": 1.7}, "baseline", "id") == "1,7"  # no text: the number
    assert format_value({}, "baseline", "id") == ""
    # the text disagrees with the number (edited elsewhere): the number wins
    assert format_value({"baseline": 12, "baseline_text": "13 kasus"}, "baseline", "id") == "12"


def test_whole_answer_round_trip_keeps_text_and_numbers() -> None:
    item = field_of("delivery", "indicators")
    rows = [
        {
            "name": "Waktu layanan",
            "unit": "menit",
            "baseline": 6,
            "baseline_text": "6 menit",
            "actual": 20,
            "actual_text": "20 detik",
        },
        {"name": "Akta terbit", "baseline": 1.2, "baseline_check": True, "target": "1.500"},
        {"name": "Pengaduan", "baseline": None, "baseline_text": "belum diukur"},
    ]
    cleaned = clean_value(item, rows, "id")
    assert cleaned[0]["baseline_text"] == "6 menit" and cleaned[0]["actual_text"] == "20 detik"
    assert cleaned[1]["baseline"] == 1.2 and cleaned[1]["baseline_check"] is True  # not re-read
    assert (cleaned[1]["target"], cleaned[1]["target_text"]) == (1500, "1.500")
    assert cleaned[2]["baseline"] is None and cleaned[2]["baseline_text"] == "belum diukur"
    assert clean_value(item, cleaned, "id") == cleaned


def test_proposal_rows_print_indicator_values_in_the_document_language() -> None:
    rows = [
        {
            "name": "Cakupan",
            "baseline": 80,
            "baseline_text": "±80",
            "actual": 94.53,
            "actual_text": "94,53",
            "unit": "persen",
        },
        {
            "name": "Kasus",
            "baseline": 550,
            "baseline_text": "500–600",
            "actual": 1.7,
            "actual_text": "1,7 (2013)",
        },
    ]
    template = {
        "id": ["{name}: {baseline} → {actual} {unit}"],
        "en": ["{name}: {baseline} → {actual} {unit}"],
    }
    ref = "answers:delivery.indicators"
    text_id = compose([ref], lambda _ref: rows, "id", template)
    assert "Cakupan: ±80 → 94,53 persen" in text_id
    text_en = compose([ref], lambda _ref: rows, "en", template)
    assert "Cakupan: ±80 → 94.53 persen" in text_en
