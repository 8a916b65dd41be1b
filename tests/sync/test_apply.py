"""The apply primitives (``labinov/sync/apply.py``) on any Connection, both engines:
another store's versions written as they are, parents before children, children deleted
before parents, a row moved away from a deleted parent kept."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from labinov.store.db import Store
from labinov.store.types import new_id, new_rev, utcnow
from labinov.sync.apply import (
    BY_NAME,
    TABLES,
    Writes,
    apply,
    read_changed,
    read_changed_tombs,
    read_rows,
    read_tombs,
)


def _row(table: str, **values: object) -> dict:
    now = utcnow()
    defaults = {
        "workshop": {"name": "W", "organiser": "", "place": "", "start_date": None,
                     "end_date": None, "moderators": "", "description": "", "archived": False},
        "team": {"name": "T", "kind": "opd", "contact": ""},
        "project": {"title": "P", "archived": False, "profile": {}},
        "canvas": {"stage": "diagnose", "template": "blank", "title": "", "sort_order": 0,
                   "view": {}},
        "canvasitem": {"kind": "note", "x": 1.0, "y": 2.0, "width": 160.0, "height": 110.0,
                       "text": "", "colour": "yellow", "zone": None, "votes": 0, "z": 0.0,
                       "attachment_id": None, "locked": False},
    }[table]  # fmt: skip
    return {"id": new_id(), "created_at": now, "updated_at": now, "rev": new_rev(), **defaults,
            **values}  # fmt: skip


def _tree() -> dict[str, dict]:
    workshop = _row("workshop", name="Labinov '; DROP TABLE workshop; --")
    team = _row("team", workshop_id=workshop["id"])
    project = _row("project", team_id=team["id"], profile={"purpose": "Akta"})
    canvas = _row("canvas", project_id=project["id"])
    other = _row("canvas", project_id=project["id"], title="Lain")
    item = _row("canvasitem", canvas_id=canvas["id"], text="Antrean")
    return {"workshop": workshop, "team": team, "project": project, "canvas": canvas,
            "other": other, "canvasitem": item}  # fmt: skip


def _table(key: str) -> str:
    return "canvas" if key == "other" else key


def _write_tree(connection: Connection, rows: dict[str, dict]) -> None:
    writes = Writes()
    for key in reversed(list(rows)):  # children first: apply orders them itself
        writes.insert(_table(key), rows[key])
    steps: list[int] = []
    apply(connection, writes, lambda: steps.append(1))
    assert len(steps) == len(TABLES) + 1


def test_rows_are_written_with_their_versions(store: Store) -> None:
    rows = _tree()
    with store.engine.begin() as connection:
        _write_tree(connection, rows)
    with store.engine.connect() as connection:
        for key, row in rows.items():
            found = read_rows(connection, BY_NAME[_table(key)], [row["id"]])[row["id"]]
            assert found == row  # the rev, the times, JSON and booleans as they were
        changed = read_changed(connection, BY_NAME["canvasitem"], 0)
    assert list(changed) == [rows["canvasitem"]["id"]]


def test_updates_keep_the_given_rev_and_deletes_leave_tombstones(store: Store) -> None:
    rows = _tree()
    with store.engine.begin() as connection:
        _write_tree(connection, rows)
    item = rows["canvasitem"]
    moved = {**item, "canvas_id": rows["other"]["id"], "text": "Dipindah", "rev": new_rev()}
    writes = Writes()
    writes.update("canvasitem", moved)
    writes.delete("canvas", rows["canvas"]["id"])  # the item moves away first: it stays
    with store.engine.begin() as connection:
        apply(connection, writes)
    with store.engine.connect() as connection:
        assert read_rows(connection, BY_NAME["canvasitem"], [item["id"]])[item["id"]] == moved
        tombs = read_tombs(connection, [rows["canvas"]["id"], item["id"]])
        assert set(tombs) == {rows["canvas"]["id"]}
        assert tombs[rows["canvas"]["id"]].rev == rows["canvas"]["rev"]
        assert set(read_changed_tombs(connection, 0)) == {rows["canvas"]["id"]}

    writes = Writes()
    for key in ("workshop", "project", "canvasitem", "other", "team"):
        writes.delete(_table(key), rows[key]["id"])  # children are deleted before parents
    with store.engine.begin() as connection:
        apply(connection, writes)
    with store.engine.connect() as connection:
        tombs = read_tombs(connection, [row["id"] for row in rows.values()])
    assert set(tombs) == {row["id"] for row in rows.values()}
    assert (
        tombs[item["id"]].rev == moved["rev"] and tombs[item["id"]].parent_id == moved["canvas_id"]
    )


def test_writes_count_and_forget() -> None:
    writes = Writes()
    assert writes.empty()
    writes.insert("canvasitem", {"id": "a"})
    writes.write("canvasitem", {"id": "b"}, exists=True)
    writes.delete("canvas", "c")
    assert writes.counts() == {"canvasitem": 2, "canvas": 1}
    assert writes.written("canvasitem", "a") and writes.written("canvasitem", "b")
    assert writes.deleting("canvas", "c")
    writes.undelete("canvas", "c")
    assert not writes.deleting("canvas", "c") and writes.counts() == {"canvasitem": 2}
