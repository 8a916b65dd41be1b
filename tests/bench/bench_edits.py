"""Hot edits of issue 14 (item 5): each user edit through its service, one transaction and
one commit, against raw ``sqlite3`` doing the same writes on the same database file with
the same pragmas (WAL, foreign_keys, ``synchronous=FULL``), interleaved in one run so the
noise of a shared machine hits both alike. The file system of the temporary folder is
printed: on tmpfs ``fsync`` costs nothing and the ratio would flatter nobody honestly.
Both sides write the same database file, so the sync triggers (``store/sync_schema.py``:
change number, new ``rev`` unless given) fire for both; both set the new ``rev`` and
check the one seen (``AND rev = ?``, a short row count refuses the edit).

Where the time goes: with ``synchronous=FULL`` on ext4 the commit's fsync is most of an
edit (0.3–0.5 ms on a quiet disk, 4–7 ms on a busy one), so the ratio mostly measures the
disk's noise; what is ours is the CPU around the same SQLite work (measure it with
``synchronous=OFF`` or ``profile_edits.py``, which reports CPU time).

The edits, as the GUI makes them (the caller gives the values undo needs when it holds
them, as the canvas document does):
move N notes (x, y, zone), resize one, note text, one new note, project rename, a worksheet
answer (the baseline reads the stage's answers, changes one key and writes them back), a
vote. Budget: ≤ 1.5× the raw figure (median of many runs).
"""

from __future__ import annotations

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
from labinov.store.fast_edits import Version, versioned
from labinov.store.types import new_id, new_rev
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
    "rev",
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


class Stale(Exception):  # noqa: N818 - the raw baseline's own stale-write refusal
    pass


class Raw:
    """A plain sqlite3 connection with Labinov's pragmas; one transaction per edit. Every
    update sets ``rev`` to the caller's new token and matches the version it saw next to
    the primary key, and a short row count refuses the edit (rolled back), as Labinov's."""

    def __init__(self, database: Path) -> None:
        self.connection = sqlite3.connect(database, isolation_level=None)
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            f"synchronous={SYNCHRONOUS}",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            self.connection.execute(f"PRAGMA {pragma}")

    def _commit_if(self, touched: int, expected: int) -> None:
        if touched != expected:
            self.connection.execute("ROLLBACK")
            raise Stale
        self.connection.execute("COMMIT")

    def update_items(self, changes: Changes, seen: dict[str, str]) -> None:
        now = _stamp()
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for item_id, fields in changes.items():
            key = tuple(sorted(fields))
            row = (*(fields[k] for k in key), now, item_id, seen[item_id])
            groups.setdefault(key, []).append(row)
        self.connection.execute("BEGIN")
        touched = 0
        for key, rows in groups.items():
            sets = ", ".join(f"{name} = ?" for name in key)
            touched += self.connection.executemany(
                f"UPDATE canvasitem SET {sets}, updated_at = ? WHERE id = ? AND rev = ?", rows
            ).rowcount
        self._commit_if(touched, len(changes))

    def add_item(self, canvas_id: str, row: dict[str, Any]) -> None:
        now = _stamp()
        values = {**row, "id": new_id(), "canvas_id": canvas_id, "rev": new_rev()}
        values.update(created_at=now, updated_at=now, attachment_id=None, locked=False)
        self.connection.execute("BEGIN")
        self.connection.execute(
            f"INSERT INTO canvasitem ({', '.join(ITEM_COLUMNS)}) "
            f"VALUES ({', '.join('?' for _ in ITEM_COLUMNS)})",
            [values[name] for name in ITEM_COLUMNS],
        )
        self.connection.execute("COMMIT")

    def rename(self, project_id: str, title: str, version: Version) -> None:
        self.connection.execute("BEGIN")
        touched = self.connection.execute(
            "UPDATE project SET title = ?, updated_at = ?, rev = ? WHERE id = ? AND rev = ?",
            (title, _stamp(), version.new, project_id, version.seen),
        ).rowcount
        self._commit_if(touched, 1)

    def set_answer(
        self, project_id: str, stage: str, key: str, value: Any, version: Version
    ) -> None:
        self.connection.execute("BEGIN")
        work_id, text, _rev = self.connection.execute(
            "SELECT id, answers, rev FROM stagework WHERE project_id = ? AND stage = ?",
            (project_id, stage),
        ).fetchone()
        answers = json.loads(text)
        answers[key] = value
        touched = self.connection.execute(
            "UPDATE stagework SET answers = ?, updated_at = ?, rev = ? WHERE id = ? AND rev = ?",
            (json.dumps(answers), _stamp(), version.new, work_id, version.seen),
        ).rowcount
        self._commit_if(touched, 1)


class Mirror:
    """What the canvas document holds: the items' current values and versions, kept in
    step with the edits of both sides (they edit the same notes in turn), so the service
    gets the previous values and versions from its caller as the GUI gives them."""

    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = {row["id"]: dict(row) for row in items}

    def previous(self, changes: Changes) -> Changes:
        return {i: {k: self.items[i][k] for k in fields} for i, fields in changes.items()}

    def seen(self, changes: Changes) -> dict[str, str]:
        return {i: self.items[i]["rev"] for i in changes}

    def apply(self, changes: Changes) -> None:
        for item_id, fields in changes.items():
            self.items[item_id].update(fields)


class Shown:
    """One row's version (and title) as a page holds it, shared by both sides."""

    def __init__(self, rev: str, title: str = "") -> None:
        self.rev, self.title = rev, title

    def version(self) -> Version:
        return Version(self.rev)


Pairs = list[tuple[str, Callable[[], object], Callable[[], object]]]


def _interleaved(pairs: Pairs, repeats: int) -> dict[str, tuple[float, float]]:
    """Median seconds of (service, raw) per edit, the two alternating run by run, and
    which goes first alternating round by round (the edit after a 200-note move meets a
    larger WAL, or its checkpoint: that must not always be the same side's)."""
    times: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name, _, _ in pairs}
    for round_ in range(repeats):
        for name, service, raw in pairs:
            both = [(service, times[name][0]), (raw, times[name][1])]
            for function, bucket in both if round_ % 2 == 0 else both[::-1]:
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
    title = Shown(services.projects.get(project).rev, "Inovasi")
    work = Shown(services.worksheets.versioned_answers(project, "diagnose")[1])

    def mine(changes: Changes) -> None:  # as the board (commands.Board.write) does
        changes = versioned(changes)
        services.canvases.update_items(changes, mirror.previous(changes))
        mirror.apply(changes)

    def theirs(changes: Changes) -> None:
        changes = versioned(changes)
        raw.update_items(changes, mirror.seen(changes))
        mirror.apply(changes)

    def rename(write: Callable[[str, Version], object]) -> None:
        version, new = title.version(), f"Inovasi {next(counter)}"
        write(new, version)
        title.rev, title.title = version.new, new

    def answer(write: Callable[[str, Version], object]) -> None:
        version = work.version()
        write(f"Warga {next(counter)}", version)
        work.rev = version.new

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
                lambda m=make_changes: theirs(m()),  # type: ignore[misc]
            )
        )
    note = {"kind": "note", "x": 10.0, "y": 20.0, "width": 160.0, "height": 110.0}
    note.update(text="Baru", colour="yellow", zone=None, votes=0, z=5.0)
    pairs.append(
        (
            "one new note",
            lambda: services.canvases.add_items(canvas, [dict(note, rev=new_rev())]),
            lambda: raw.add_item(canvas, note),
        )
    )
    pairs.append(
        (
            "rename a project",
            lambda: rename(lambda t, v: services.projects.rename(project, t, v, title.title)),
            lambda: rename(lambda t, v: raw.rename(project, t, v)),
        )
    )
    key = "target_group"
    pairs.append(
        (
            "worksheet answer",
            lambda: answer(
                lambda a, v: services.worksheets.set_answer(project, "diagnose", key, a, v)
            ),
            lambda: answer(lambda a, v: raw.set_answer(project, "diagnose", key, a, v)),
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
