"""Hot edits of issue 14 (item 5): each user edit through its service, one transaction and
one commit, against raw ``sqlite3`` doing the same writes on the same database file with
the same pragmas (WAL, foreign_keys, ``synchronous=FULL``), interleaved in one run so the
noise of a shared machine hits both alike. The file system of the temporary folder is
printed: on tmpfs ``fsync`` costs nothing and the ratio would flatter nobody honestly.

The edits, as the GUI makes them (the caller gives the values undo needs when it holds
them, as the canvas document does):
move N notes (x, y, zone), resize one, note text, one new note, project rename, a worksheet
answer (the baseline reads the stage's answers, changes one key and writes them back), a
vote. Budget: ≤ 1.5× the raw figure (median of many runs).
"""

from __future__ import annotations

import inspect
import itertools
import json
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import BUSY_TIMEOUT_MS, SYNCHRONOUS, open_store
from labinov.store.types import new_id
from tests.bench.common import Figure

RATIO_BUDGET = 1.5
Changes = dict[str, dict[str, Any]]
ITEM_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    "canvas_id",
    "kind",
    "x",
    "y",
    "width",
    "height",
    "text",
    "colour",
    "zone",
    "votes",
    "z",
    "attachment_id",
    "locked",
)


def file_system(folder: Path) -> str:
    """The type of the file system holding ``folder`` (from /proc/mounts), e.g. "ext4"."""
    best, kind = "", "unknown"
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return kind
    target = str(folder.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) > 2 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind


def _stamp() -> str:
    """``updated_at`` as SQLAlchemy stores a naive UTC datetime in SQLite."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(" ")


class Raw:
    """A plain sqlite3 connection with Labinov's pragmas; one transaction per edit."""

    def __init__(self, database: Path) -> None:
        self.connection = sqlite3.connect(database, isolation_level=None)
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            f"synchronous={SYNCHRONOUS}",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            self.connection.execute(f"PRAGMA {pragma}")

    def update_items(self, changes: dict[str, dict[str, Any]]) -> None:
        now = _stamp()
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for item_id, fields in changes.items():
            key = tuple(sorted(fields))
            groups.setdefault(key, []).append((*(fields[k] for k in key), now, item_id))
        self.connection.execute("BEGIN")
        for key, rows in groups.items():
            sets = ", ".join(f"{name} = ?" for name in key)
            self.connection.executemany(
                f"UPDATE canvasitem SET {sets}, updated_at = ? WHERE id = ?", rows
            )
        self.connection.execute("COMMIT")

    def add_item(self, canvas_id: str, row: dict[str, Any]) -> None:
        now = _stamp()
        values = {**row, "id": new_id(), "canvas_id": canvas_id}
        values.update(created_at=now, updated_at=now, attachment_id=None, locked=False)
        self.connection.execute("BEGIN")
        self.connection.execute(
            f"INSERT INTO canvasitem ({', '.join(ITEM_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in ITEM_COLUMNS)})",
            [values[name] for name in ITEM_COLUMNS],
        )
        self.connection.execute("COMMIT")

    def rename(self, project_id: str, title: str) -> None:
        self.connection.execute("BEGIN")
        self.connection.execute(
            "UPDATE project SET title = ?, updated_at = ? WHERE id = ?",
            (title, _stamp(), project_id),
        )
        self.connection.execute("COMMIT")

    def set_answer(self, project_id: str, stage: str, key: str, value: Any) -> None:
        self.connection.execute("BEGIN")
        work_id, text = self.connection.execute(
            "SELECT id, answers FROM stagework WHERE project_id = ? AND stage = ?",
            (project_id, stage),
        ).fetchone()
        answers = json.loads(text)
        answers[key] = value
        self.connection.execute(
            "UPDATE stagework SET answers = ?, updated_at = ? WHERE id = ?",
            (json.dumps(answers), _stamp(), work_id),
        )
        self.connection.execute("COMMIT")


class Mirror:
    """What the canvas document holds: the items' current values, kept in step with the
    edits, so the service gets the previous values from its caller as the GUI gives them."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = {row["id"]: dict(row) for row in items}

    def previous(self, changes: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
        return {i: {k: self.items[i][k] for k in fields} for i, fields in changes.items()}

    def apply(self, changes: dict[str, dict[str, Any]]) -> None:
        for item_id, fields in changes.items():
            self.items[item_id].update(fields)


def _update_items(services: Services, mirror: Mirror, changes: Changes, held: bool = True) -> None:
    """``held``: the service takes the caller's previous values (``takes_previous``)."""
    canvases = services.canvases
    if held:
        canvases.update_items(changes, previous=mirror.previous(changes))
    else:  # the code before the fast path (for a before/after run): it reads them itself
        canvases.update_items(changes)
    mirror.apply(changes)


def takes_previous(services: Services) -> bool:
    return "previous" in inspect.signature(services.canvases.update_items).parameters


Pairs = list[tuple[str, Callable[[], object], Callable[[], object]]]


def _interleaved(pairs: Pairs, repeats: int) -> dict[str, tuple[float, float]]:
    """Median seconds of (service, raw) per edit, the two alternating run by run."""
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _, _ in pairs}
    for _ in range(repeats):
        for name, service, raw in pairs:
            for function, bucket in ((service, times[name][0]), (raw, times[name][1])):
                start = time.perf_counter()
                function()
                bucket.append(time.perf_counter() - start)
    return {
        name: (statistics.median(mine), statistics.median(base))
        for name, (mine, base) in times.items()
    }


def edit_pairs(root: Path, notes: int) -> tuple[Pairs, Callable[[], None]]:
    """(name, service edit, raw edit) for every hot edit on a fresh store under ``root``,
    and a function closing both connections."""
    moves = (1, 20, 200)
    store = open_store(user_paths(root / "labinov"))
    services = Services(store)
    workshop = services.workshops.create("Benchmark 2026")
    team = services.teams.create(workshop.id, "OPD")
    project = services.projects.create(team.id, "Inovasi").id
    canvas = services.canvases.create(project, "diagnose", "blank", "Dinding").id
    ids = services.canvases.add_items(
        canvas,
        [{"x": i * 3.0, "y": i * 1.5, "text": f"Catatan {i}"} for i in range(notes)],
    )
    mirror = Mirror(services.canvases.load(canvas)[0])
    raw = Raw(store.database)
    counter = itertools.count()

    held = takes_previous(services)

    def mine(changes: Changes) -> None:
        _update_items(services, mirror, changes, held)

    def moved(count: int) -> Callable[[], Changes]:
        def changes() -> Changes:
            step = float(next(counter) % 7)
            return {i: {"x": step, "y": step + 1, "zone": None} for i in ids[:count]}

        return changes

    def size() -> Changes:
        step = float(next(counter) % 9)
        return {ids[1]: {"width": 160 + step, "height": 110 + step}}

    def text() -> Changes:
        return {ids[2]: {"text": f"Catatan yang diketik {next(counter)}"}}

    def vote() -> Changes:
        return {ids[3]: {"votes": next(counter) % 5}}

    pairs: Pairs = []
    edits = [(f"move {n} note(s)", moved(n)) for n in moves]
    edits += [("resize a note", size), ("note text", text), ("vote", vote)]
    for name, make_changes in edits:
        pairs.append(
            (
                name,
                lambda m=make_changes: mine(m()),  # type: ignore[misc]
                lambda m=make_changes: raw.update_items(m()),  # type: ignore[misc]
            )
        )
    note = {"kind": "note", "x": 10.0, "y": 20.0, "width": 160.0, "height": 110.0}
    note.update(text="Baru", colour="yellow", zone=None, votes=0, z=5.0)
    pairs.append(
        (
            "one new note",
            lambda: services.canvases.add_items(canvas, [dict(note)]),
            lambda: raw.add_item(canvas, note),
        )
    )
    pairs.append(
        (
            "rename a project",
            lambda: services.projects.rename(project, f"Inovasi {next(counter)}"),
            lambda: raw.rename(project, f"Inovasi {next(counter)}"),
        )
    )
    pairs.append(
        (
            "worksheet answer",
            lambda: services.worksheets.set_answer(
                project, "diagnose", "target_group", f"Warga {next(counter)}"
            ),
            lambda: raw.set_answer(project, "diagnose", "target_group", f"Warga {next(counter)}"),
        )
    )

    def close() -> None:
        raw.connection.close()
        store.dispose()

    return pairs, close


def run(quick: bool, folder: str | None = None) -> list[Figure]:
    repeats = 40 if quick else 200
    notes = 200 if quick else 1000
    with tempfile.TemporaryDirectory(dir=folder or os.environ.get("LABINOV_BENCH_DIR")) as tmp:
        root = Path(tmp)
        kind = file_system(root)
        pairs, close = edit_pairs(root, notes)
        _interleaved(pairs, 3)  # warm-up: statement caches, page cache
        measured = _interleaved(pairs, repeats)
        close()
    return [
        Figure(
            f"{name}, canvas of {notes} ({kind}, synchronous={SYNCHRONOUS}, median)",
            mine * 1000,
            "ms",
            baseline=base * 1000,
            baseline_name="raw sqlite3",
            ratio_budget=RATIO_BUDGET,
        )
        for name, (mine, base) in measured.items()
    ]
