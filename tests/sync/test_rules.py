"""The per-row rules of sync and import (``labinov/sync/rules.py``), case by case."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from labinov.sync.placement import GAP
from labinov.sync.rules import (
    Action,
    Decision,
    Tomb,
    conflict_id,
    conflict_rev,
    conflict_row,
    copy_id,
    decide,
    marked_copy,
    payload,
    same_values,
)

T0 = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def note(rev: str, text: str = "Antrean panjang", **more: object) -> dict:
    return {
        "id": "n1",
        "rev": rev,
        "created_at": T0,
        "updated_at": T0,
        "change_seq": 7,
        "canvas_id": "c1",
        "x": 10.0,
        "y": 20.0,
        "width": 160.0,
        "height": 110.0,
        "kind": "note",
        "text": text,
        **more,
    }


def tomb(rev: str) -> Tomb:
    return Tomb("n1", "canvasitem", rev, "c1", "laptop-b")


# -- rows on both sides ---------------------------------------------------------------


@pytest.mark.parametrize("here", [False, True])
@pytest.mark.parametrize("there", [False, True])
def test_the_same_rev_is_the_same_version(here: bool, there: bool) -> None:
    assert decide(note("a"), note("a", text="x"), here, there).action is Action.NONE


@pytest.mark.parametrize(("here", "there"), [(True, True), (True, False), (False, True)])
def test_same_values_apart_from_stamps_are_unchanged(here: bool, there: bool) -> None:
    ours = note("a")
    theirs = note("b", updated_at=T1, created_at=T1, change_seq=99)
    assert same_values(ours, theirs)
    assert decide(ours, theirs, here, there) == Decision(Action.NONE)


def test_changed_only_there_is_taken_only_here_is_given() -> None:
    assert decide(note("a"), note("b", "Baru"), False, True).action is Action.TAKE
    assert decide(note("a", "Baru"), note("b"), True, False).action is Action.GIVE
    assert decide(note("a", "Baru"), note("b"), False, False).action is Action.NONE


def test_changed_on_both_sides_is_a_conflict_the_first_stays() -> None:
    decision = decide(note("a", "Ours"), note("b", "Theirs"), True, True)
    assert decision == Decision(Action.CONFLICT, "there") and decision.loser == "here"
    imported = decide(note("a", "Ours"), note("b", "Theirs"), True, True, first="here")
    assert imported.stays == "here" and imported.loser == "there"
    assert Decision(Action.TAKE).loser is None


def test_binary_values_compare_by_content() -> None:
    ours = {"id": "a1", "rev": "a", "data": b"\x01\x02"}
    assert same_values(ours, {"id": "a1", "rev": "b", "data": memoryview(b"\x01\x02")})
    assert not same_values(ours, {"id": "a1", "rev": "b", "data": b"\x01\x03"})
    assert not same_values(ours, {"id": "a1", "rev": "b", "data": b"\x01\x02", "extra": 1})


# -- deletions --------------------------------------------------------------------------


def test_deleted_there_unchanged_here_is_deleted_here() -> None:
    assert decide(note("a"), tomb("a"), False, True).action is Action.DELETE_HERE
    assert decide(note("a"), tomb("z"), False, True).action is Action.DELETE_HERE
    # the deleted version is exactly ours: a stale copy, whatever the marks say
    assert decide(note("a"), tomb("a"), True, False).action is Action.DELETE_HERE


def test_deleted_there_edited_here_is_kept() -> None:
    assert decide(note("b", "Diubah"), tomb("a"), True, True).action is Action.KEEP_HERE
    assert decide(note("b", "Diubah"), tomb("a"), True, False).action is Action.KEEP_HERE


def test_deleted_here_mirrors_deleted_there() -> None:
    assert decide(tomb("a"), note("a"), True, False).action is Action.DELETE_THERE
    assert decide(tomb("a"), note("b"), True, False).action is Action.DELETE_THERE
    assert decide(tomb("a"), note("a"), False, True).action is Action.DELETE_THERE
    assert decide(tomb("a"), note("b", "Diubah"), True, True).action is Action.KEEP_THERE
    assert decide(tomb("a"), note("b", "Diubah"), False, True).action is Action.KEEP_THERE


def test_an_old_deletion_against_an_old_row_does_nothing() -> None:
    assert decide(note("b"), tomb("a"), False, False).action is Action.NONE
    assert decide(tomb("a"), note("b"), False, False).action is Action.NONE


@pytest.mark.parametrize("here", [False, True])
@pytest.mark.parametrize("there", [False, True])
def test_deleted_on_both_sides_or_never_seen_does_nothing(here: bool, there: bool) -> None:
    assert decide(tomb("a"), tomb("b"), here, there).action is Action.NONE
    assert decide(tomb("a"), None, here, there).action is Action.NONE
    assert decide(None, tomb("a"), here, there).action is Action.NONE
    assert decide(None, None, here, there).action is Action.NONE


def test_a_row_on_one_side_only_goes_to_the_other() -> None:
    assert decide(note("a"), None, True, False).action is Action.GIVE
    assert decide(None, note("a"), False, True).action is Action.TAKE
    assert decide(note("a"), None, False, False).action is Action.NONE
    assert decide(None, note("a"), False, False).action is Action.NONE


# -- copies and conflict rows ----------------------------------------------------------


def test_copy_ids_are_derived_from_the_row_and_the_losing_version() -> None:
    assert copy_id("n1", "b") == copy_id("n1", "b")
    assert len({copy_id("n1", "b"), copy_id("n1", "c"), copy_id("n2", "b")}) == 3
    assert conflict_id("n1", "b") != copy_id("n1", "b")
    assert uuid.UUID(copy_id("n1", "b")).version == 5


def test_a_note_copy_lies_beside_the_original() -> None:
    loser = note("b", "Theirs")
    copy = marked_copy("canvasitem", loser, note("a", x=30.0, y=40.0))
    assert copy["id"] == copy_id("n1", "b") and copy["rev"] == "b"
    assert (copy["x"], copy["y"]) == (30.0 + 160.0 + GAP, 40.0)  # right of the one that stayed
    assert copy["text"] == "Theirs" and copy["canvas_id"] == "c1" and "change_seq" not in copy
    member = marked_copy("member", {"id": "m1", "rev": "r", "name": "Nurul", "team_id": "t1"})
    assert member == {"id": copy_id("m1", "r"), "rev": "r", "name": "Nurul", "team_id": "t1"}
    assert loser["x"] == 10.0  # the original is not changed


def test_a_conflict_on_a_note_records_its_copy() -> None:
    record, copy = conflict_row(
        "canvasitem", note("a", "Ours"), note("b", "Theirs", updated_at=T1),
        origin="laptop-b", project_id="p1",
    )  # fmt: skip
    assert copy is not None and copy["text"] == "Theirs"
    assert record == {  # derived from the two versions: every store builds the same row
        "id": conflict_id("n1", "b"),
        "created_at": T1,
        "updated_at": T1,
        "rev": conflict_rev("n1", "b"),
        "table_name": "canvasitem",
        "row_id": "n1",
        "copy_id": copy["id"],
        "payload": None,
        "origin": "laptop-b",
        "project_id": "p1",
        "resolved": False,
    }


def test_a_conflict_on_a_text_answer_keeps_the_other_version_as_payload() -> None:
    stayed = {"id": "s1", "rev": "a", "stage": "diagnose", "answers": {"masalah": "A"}}
    stayed["updated_at"] = T1
    other = {
        "id": "s1",
        "rev": "b",
        "change_seq": 3,
        "stage": "diagnose",
        "answers": {"masalah": "B"},
        "started_at": T0,
        "day": date(2026, 11, 3),
    }
    record, copy = conflict_row("stagework", stayed, other, origin="x" * 80, project_id="p1")
    assert copy is None and record["copy_id"] is None and record["row_id"] == "s1"
    assert record["payload"] == {
        "id": "s1",
        "rev": "b",
        "stage": "diagnose",
        "answers": {"masalah": "B"},
        "started_at": "2026-11-01T08:00:00+00:00",
        "day": "2026-11-03",
    }
    assert len(record["origin"]) == 64


def test_binary_data_stays_out_of_a_payload() -> None:
    values = payload({"id": "a1", "rev": "b", "data": b"\x00" * 10, "filename": "foto.png"})
    assert values == {"id": "a1", "rev": "b", "filename": "foto.png"}
