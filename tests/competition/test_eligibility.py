"""Eligibility by the chosen outline's rules, with a fixed today and deadline."""

from __future__ import annotations

import datetime as dt

from labinov.method import competition, eligibility

DEADLINE = dt.date(2024, 6, 1)


def check(key: str, group: str, profile: dict, language: str = "en") -> eligibility.Result:
    data = competition.read(key)
    assert data is not None
    return eligibility.check(data, profile, group, language, today=DEADLINE, deadline=DEADLINE)


def test_one_year_against_kipp_2021_general_is_not_eligible_and_says_why() -> None:
    result = check("kipp_2021", "umum", {"rollout_date": "2023-05-01"})
    assert not result.eligible
    [finding] = result.findings
    assert finding.blocking
    assert "full years in use by 1 June 2024: 1, at least 2" in finding.text
    assert "General group" in finding.text
    indonesian = check("kipp_2021", "umum", {"rollout_date": "2023-05-01"}, "id")
    assert "paling singkat 2 tahun" in indonesian.findings[0].text


def test_three_years_against_kipp_2021_general_is_eligible() -> None:
    result = check("kipp_2021", "umum", {"rollout_date": "2021-05-01"})
    assert result.eligible and result.findings == ()


def test_one_year_against_kipp_2021_replication_is_eligible() -> None:
    result = check("kipp_2021", "replikasi", {"rollout_date": "2023-05-01"})
    assert result.eligible and result.findings == ()


def test_a_month_only_date_counts_from_the_months_end() -> None:
    # June 2022 → 30 June 2022: not yet 2 years on 1 June 2024
    assert not check("kipp_2021", "umum", {"rollout_date": "2022-06"}).eligible
    assert check("kipp_2021", "umum", {"rollout_date": "2022-05"}).eligible


def test_an_empty_roll_out_date_is_asked_for() -> None:
    result = check("kipp_2021", "umum", {})
    assert not result.eligible and "roll-out date" in result.findings[0].text


def test_a_missing_required_letter_makes_it_not_eligible() -> None:
    ready = {"rollout_date": "2021-01-01", "letters_ready": ["surat_identitas_inovator"]}
    result = check("kipp_2025", "umum", ready)
    assert not result.eligible
    [finding] = result.findings
    assert finding.blocking and "willingness to be replicated" in finding.text
    both = {**ready, "letters_ready": ["surat_identitas_inovator", "surat_kesediaan_replikasi"]}
    assert check("kipp_2025", "umum", both).eligible


def test_an_unconfirmed_rule_only_warns() -> None:
    data = competition.read("kipp_2023")
    assert data is not None
    rule = next(r for r in data["eligibility"] if r["rule"] == "min_years")
    assert rule["cite"]["confirmed"] is False  # 2 years is not sourced for 2023
    result = check("kipp_2023", "umum", {"rollout_date": "2023-05-01"})
    assert result.eligible
    [finding] = result.findings
    assert not finding.blocking and "not confirmed by a source" in finding.text


def test_at_most_two_years_in_use(tmp_path) -> None:
    data = {
        "key": "iid_test",
        "groups": {"umum": {"id": "Umum", "en": "General"}},
        "eligibility": [
            {"rule": "max_years", "years": 2, "cite": {"doc": "x", "where": "y", "confirmed": True}}
        ],
    }
    old = eligibility.check(data, {"rollout_date": "2021-01-01"}, "umum", "en", DEADLINE, DEADLINE)
    assert not old.eligible and "at most 2" in old.findings[0].text
    new = eligibility.check(data, {"rollout_date": "2023-01-01"}, "umum", "en", DEADLINE, DEADLINE)
    assert new.eligible


def test_the_deadline_comes_from_the_outline_file() -> None:
    data = competition.read("kipp_2025")
    assert data is not None
    assert eligibility.deadline_of(data, DEADLINE) == dt.date(2025, 6, 3)
    assert eligibility.deadline_of(competition.read("kipp_2021") or {}, DEADLINE) == DEADLINE


def test_the_profile_chooses_competition_and_group() -> None:
    assert competition.chosen({}) == ("kipp_2023", None)
    assert competition.chosen({"competition": "kipp_2021:replikasi"}) == ("kipp_2021", "replikasi")
    assert competition.chosen({"competition": "kipp_1999:umum"}) == ("kipp_2023", None)
    assert competition.chosen({"competition": "kipp_2021:khusus"}, "kipp-2025") == (
        "kipp_2025",
        None,
    )
    result = eligibility.check_project(
        {"competition": "kipp_2021:replikasi", "rollout_date": "2023-05-01"},
        "en",
        today=DEADLINE,
    )
    assert result is not None and result.group == "replikasi" and result.eligible
