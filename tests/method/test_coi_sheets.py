"""COI's evaluation plan and spreading routes as data: the further sheets, the follow-up
dates (next, overdue, suggested up to the competition's minimum years) and the state of a
replication (done only when the receiver records that it runs)."""

from __future__ import annotations

import datetime as dt

from labinov.method import followups, gates, spreading
from labinov.method.sheets import all_sheets, sheet, sheets_of
from labinov.method.worksheets import field_of, is_filled

REPLICA = {"source_name": "Akta Lahir Sehari", "source_agency": "Disdukcapil"}


def test_sheets_load_with_their_stages_and_never_join_the_gate() -> None:
    assert [(s.key, s.stage.value) for s in all_sheets()] == [
        ("evaluation", "delivery"),
        ("share", "display"),
        ("reuse", "delivery"),
    ]
    evaluation = sheet("evaluation")
    assert [f.key for f in evaluation.fields] == [
        "eval_clarify",
        "eval_plan",
        "eval_followups",
        "eval_findings",
        "eval_use",
    ]  # COI's four phases, the follow-up dates inside "plan"
    assert field_of("delivery", "eval_followups").column("date").type == "date"
    gate = {f.key for f in gates.required_fields("delivery")}
    assert not gate & {f.key for s in all_sheets() for f in s.fields}
    # the receiver's route only for a replication
    assert [s.key for s in sheets_of("delivery", {})] == ["evaluation"]
    assert [s.key for s in sheets_of("delivery", REPLICA)] == ["evaluation", "reuse"]
    assert [s.key for s in sheets_of("display", {})] == ["share"]


def test_share_check_offers_its_questions_and_needs_every_answer() -> None:
    check = field_of("display", "share_check")
    rows = check.preset("id")
    assert len(rows) == 5 and rows[0]["question"].startswith("Hasilnya terbukti")
    assert check.preset("en")[4]["question"].startswith("The team is willing")
    assert not is_filled(check, rows)
    answered = [dict(r, answer="ya") for r in rows]
    assert not is_filled(check, answered[:4])
    assert is_filled(check, answered)


def test_next_followup_due_then_overdue_and_done_rows_skipped() -> None:
    answers = {
        "eval_followups": [
            {"date": "2026-01-15", "what": "Ukur waktu layanan", "status": "done"},
            {"date": "2026-06", "what": "Survei kepuasan", "status": "planned"},
            {"date": "2026-12-01", "what": "Hitung akta", "status": None},
            {"date": None, "what": "tanpa tanggal"},
        ]
    }
    before = followups.next_followup(answers, dt.date(2026, 6, 30))
    assert before is not None and before.due == dt.date(2026, 6, 30)  # a month: its last day
    assert not before.overdue and before.what == "Survei kepuasan"
    late = followups.next_followup(answers, dt.date(2026, 7, 2))
    assert late is not None and late.overdue and late.days_late == 2
    text, overdue = followups.followup_text(answers, "id", dt.date(2026, 7, 2))
    assert overdue
    assert text == "Tindak lanjut evaluasi terlambat sejak 30 Juni 2026 — Survei kepuasan"
    text, overdue = followups.followup_text(answers, "en", dt.date(2026, 5, 1))
    assert (text, overdue) == ("Next evaluation follow-up: 30 June 2026 — Survei kepuasan", False)
    assert followups.next_followup({}, dt.date(2026, 1, 1)) is None
    assert followups.followup_text({}, "id")[0].startswith("Belum ada tindak lanjut evaluasi")


def test_suggested_dates_reach_the_competitions_minimum_years() -> None:
    profile = {"rollout_date": "2025-03-10", "competition": "kipp_2021:umum"}
    rows = followups.suggest(profile, {}, "id", dt.date(2025, 6, 1))
    assert [r["date"] for r in rows] == ["2025-09-10", "2026-03-10", "2026-09-10", "2027-03-10"]
    assert rows[-1]["what"].endswith(
        "syarat lama penerapan KIPP 2021 — Kelompok umum (2 tahun) terpenuhi"
    )
    assert all(r["status"] == "planned" for r in rows)
    # replication group of 2021 asks one year; dates already planned or past are left out
    profile["competition"] = "kipp_2021:replikasi"
    have = {"eval_followups": [{"date": "2025-09-10", "what": "x"}]}
    rows = followups.suggest(profile, have, "en", dt.date(2025, 6, 1))
    assert [r["date"] for r in rows] == ["2026-03-10"]
    assert rows[0]["what"].endswith(
        "minimum years of use for KIPP 2021 — Replication group (1) are reached"
    )
    # long in use: the next step after today; no roll-out date: nothing to suggest
    old = {"rollout_date": "2019-07", "competition": "kipp_2021:umum"}
    assert [r["date"] for r in followups.suggest(old, {}, "id", dt.date(2026, 11, 30))] == [
        "2027-01-31"
    ]
    assert followups.suggest({}, {}, "id") == []


def test_a_replication_is_done_only_when_it_runs_in_the_new_place() -> None:
    assert spreading.replication({}, {}) is None
    found = spreading.replication(REPLICA, {})
    assert found is not None and found.state == spreading.ADAPTING and not found.done
    assert found.source == "Akta Lahir Sehari (Disdukcapil)"
    adapting = {"delivery": {"reuse_adapt": [{"part": "Formulir", "change": "Bahasa Bugis"}]}}
    assert spreading.replication(REPLICA, adapting).state == spreading.ADAPTING
    trying = {"delivery": {"reuse_trial": "Uji coba di RSUD Salewangang, Maret 2026"}}
    assert spreading.replication(REPLICA, trying).state == spreading.TRYING
    running = {"delivery": {"reuse_runs_since": "2026-05-02"}}
    done = spreading.replication(REPLICA, running)
    assert done is not None and done.done
    assert spreading.state_text(done, "id") == (
        "replikasi dari Akta Lahir Sehari (Disdukcapil): selesai, berjalan sejak 2 Mei 2026"
    )


def test_a_new_replication_leaves_the_givers_route_and_dates_behind() -> None:
    giver = {
        "launch_date": "2019-09-02",
        "eval_plan": "Bandingkan waktu terbit akta",
        "eval_followups": [{"date": "2020-03-01", "what": "Ukur"}],
        "reuse_runs_since": "2019-01-01",
        "share_decision": "Ya",
    }
    assert spreading.receiver_answers(giver) == {
        "launch_date": "2019-09-02",
        "eval_plan": "Bandingkan waktu terbit akta",
    }


def test_min_years_reads_the_rule_without_checking_eligibility(monkeypatch) -> None:
    from labinov.method import competition, eligibility

    profile = {"rollout_date": "2025-03-10", "competition": "kipp_2021:umum"}
    # the title is the one a full check names
    expected = eligibility.check(competition.read("kipp_2021"), profile, "umum", "id").title
    monkeypatch.setattr(eligibility, "check", lambda *a, **k: 1 / 0)  # never needed
    assert followups.min_years(profile) == (2, expected)
    assert followups.min_years({**profile, "competition": "kipp_2021:replikasi"}, "en") == (
        1,
        "KIPP 2021 — Replication group",
    )
