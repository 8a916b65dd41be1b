"""Worksheet definitions, cell parsing, word limits, USG ranking and the stage gate rules."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.method import gates, usg
from labinov.method.stages import STAGES
from labinov.method.worksheets import (
    COLUMN_TYPES,
    KINDS,
    clean_value,
    field_of,
    is_filled,
    over_limit,
    parse_cell,
    word_count,
    worksheet,
)


def test_every_stage_has_fields_with_both_languages() -> None:
    for stage in STAGES:
        for item in worksheet(stage):
            assert item.kind in KINDS
            assert item.title("id") and item.title("en")
            assert item.title("id") != "" and item.help.get("id")
            for column in item.columns:
                assert column.type in COLUMN_TYPES and column.title("id")
    # METHOD.md §3: the named worksheets exist
    assert field_of("diagnose", "usg").kind == "usg"
    plan = field_of("design", "action_plan")
    assert [c.type for c in plan.columns] == [
        "text",
        "text",
        "date",
        "date",
        "text",
        "rupiah",
        "choice",
    ]
    assert {c.key for c in field_of("delivery", "indicators").columns} >= {
        "baseline",
        "target",
        "actual",
    }


def test_word_count_and_limit_boundary() -> None:
    item = field_of("diagnose", "problem_statement")
    limit = item.max_words
    assert limit == 100
    at_limit = " ".join(["kata"] * limit)
    assert word_count(at_limit) == limit and not over_limit(item, at_limit)
    assert over_limit(item, at_limit + "\tlagi")
    assert word_count("  satu\ndua\t\ttiga  ") == 3
    assert word_count("") == 0


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("1500000", 1500000), ("Rp 1.500.000", 1500000), ("rp1.500.000,-", 1500000), ("", None)],
)
def test_rupiah_cells(typed: str, stored: int | None) -> None:
    assert parse_cell(field_of("design", "action_plan").column("budget"), typed) == stored


@pytest.mark.parametrize("typed", ["satu juta", "1.5e6", "-", "12abc"])
def test_non_numeric_budget_refused(typed: str) -> None:
    with pytest.raises(UserError, match="Rupiah"):
        parse_cell(field_of("design", "action_plan").column("budget"), typed)


@pytest.mark.parametrize("typed", ["0", "6", "tinggi", "2.5", "-1"])
def test_score_outside_1_to_5_refused(typed: str) -> None:
    with pytest.raises(UserError, match="1 to 5"):
        parse_cell(field_of("diagnose", "usg").column("u"), typed)


def test_numbers_dates_choices() -> None:
    baseline = field_of("delivery", "indicators").column("baseline")
    assert parse_cell(baseline, "12,5") == 12.5
    assert parse_cell(baseline, "14") == 14
    with pytest.raises(UserError) as refused:
        parse_cell(baseline, "empat belas")
    assert refused.value.params["column"] == "Nilai awal"  # the column in the user's words
    with pytest.raises(UserError, match="Baseline"):
        parse_cell(baseline, "empat belas", "en")
    start = field_of("design", "action_plan").column("start")
    assert parse_cell(start, "2019-09-02") == "2019-09-02"
    assert parse_cell(start, "2 September 2019") == "2019-09-02"
    assert parse_cell(start, "September 2019") == "2019-09"  # only the month: kept as one
    with pytest.raises(UserError, match="not a date"):
        parse_cell(start, "2 September")
    status = field_of("design", "action_plan").column("status")
    assert parse_cell(status, "Berjalan") == "berjalan"
    assert parse_cell(status, "done") == "selesai"
    with pytest.raises(UserError):
        parse_cell(status, "mungkin")


def test_usg_total_rank_and_ties() -> None:
    rows = [
        {"problem": "A", "u": 3, "s": 4, "g": 5},  # 12, U3
        {"problem": "B", "u": 5, "s": 3, "g": 4},  # 12, U5 -> first
        {"problem": "C", "u": 5, "s": 4, "g": 3},  # 12, U5 S4 -> before B
        {"problem": "D", "u": 1, "s": 1, "g": 1},
        {"problem": "E", "u": 2, "s": None, "g": 1},  # not scored yet
    ]
    ranked = usg.rank(rows)
    assert [r.total for r in ranked] == [12, 12, 12, 3, None]
    assert [r.rank for r in ranked] == [3, 2, 1, 4, None]
    assert usg.chosen(rows) == 2
    rows[3] = {"problem": "D", "u": 5, "s": 5, "g": 5}  # an edit re-ranks
    assert [r.rank for r in usg.rank(rows)] == [4, 3, 2, 1, None]
    same = [{"u": 4, "s": 4, "g": 4}, {"u": 4, "s": 4, "g": 4}]
    assert [r.rank for r in usg.rank(same)] == [1, 1]
    assert usg.chosen(same) == 0
    assert usg.chosen([]) is None


def test_gate_names_missing_and_counts_progress() -> None:
    answers: dict = {}
    assert gates.progress("drum_up", answers).__str__() == "0/4"
    answers["team_roles"] = [
        {"name": "Nurhayati", "nip": "", "position": "", "role": "ketua"},
        {"name": "Rudi", "nip": "", "position": "", "role": None},  # role required
    ]
    answers["issues"] = ["Antrean akta kelahiran panjang", "  "]
    answers["commitment_leader"] = "Kepala Dinas"
    assert gates.missing("drum_up", answers, "en") == ["Team and roles", "Date of commitment"]
    assert gates.missing("drum_up", answers, "id") == ["Tim dan peran", "Tanggal komitmen"]
    answers["team_roles"][1]["role"] = "anggota"
    answers["commitment_date"] = "2019-08-01"
    assert gates.missing("drum_up", answers) == []
    assert gates.progress("drum_up", answers).complete
    assert not is_filled(field_of("diagnose", "usg"), [{"problem": "x", "u": 1, "s": 2, "g": None}])


def test_filled_counts_complete_rows_and_entries_only() -> None:
    roles = field_of("drum_up", "team_roles")  # at least 2 complete rows (name and role)
    half = {"name": "Rudi", "role": None}
    whole = {"name": "Nurhayati", "role": "ketua"}
    assert roles.needed == ("name", "role")
    assert not is_filled(roles, [half, whole])
    assert not is_filled(roles, [half, half, whole])
    assert is_filled(roles, [half, whole, {"name": "Ani", "role": "anggota"}])
    assert not is_filled(roles, None) and not is_filled(roles, [])
    usg_field = field_of("diagnose", "usg")
    assert usg_field.needed == ("problem", "u", "s", "g")  # every score, and the problem
    issues = field_of("drum_up", "issues")
    assert not is_filled(issues, ["  ", "\t"])
    assert is_filled(issues, ["  ", "Antrean"])
    assert not is_filled(field_of("design", "innovation_name"), "   ")
    assert is_filled(field_of("delivery", "launch_date"), "2019-11-04")


def test_whole_answer_refused_naming_the_column_in_the_language() -> None:
    item = field_of("delivery", "indicators")
    rows = [{"indicator": "Waktu layanan", "baseline": "banyak"}]
    for language, name in (("en", "Baseline"), ("id", "Nilai awal")):
        with pytest.raises(UserError) as refused:
            clean_value(item, rows, language)
        assert refused.value.params["column"] == name
