"""Starting and completing a stage read its row once (in the write's transaction), keep
its first start, and are undone to the very state before."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from labinov.services import Services
from labinov.store.db import Store


@contextmanager
def stage_reads(store: Store) -> Iterator[list[str]]:
    """The SELECTs on the stage table run meanwhile."""
    seen: list[str] = []

    def record(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        text = statement.lower()
        if text.lstrip().startswith("select") and "from stagework" in text:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", record)


def test_start_and_complete_read_the_stage_once(store: Store) -> None:
    services = Services(store)
    workshop = services.workshops.create("Labinov Makassar 2026")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Sehari").id
    stages = services.stages

    with stage_reads(store) as reads:
        before_start = stages.start(project, "diagnose")
    assert len(reads) == 1
    started = stages.get(project, "diagnose").started_at
    assert before_start == {"status": "not_started", "started_at": None, "completed_at": None}

    with stage_reads(store) as reads:  # with a reason: no gate reads the answers
        before_done = stages.complete(project, "diagnose", "Diputuskan pleno")
    assert len(reads) == 1
    done = stages.get(project, "diagnose")
    assert (done.status, done.started_at, done.override_reason) == (
        "done",
        started,  # the first start is kept
        "Diputuskan pleno",
    )
    assert done.completed_at is not None and done.completed_at >= started

    never = stages.complete(project, "design", "Diputuskan pleno")  # never started
    design = stages.get(project, "design")
    assert design.started_at == design.completed_at
    stages.restore_state(project, "design", never)
    stages.restore_state(project, "diagnose", before_done)
    stages.restore_state(project, "diagnose", before_start)
    for stage in ("diagnose", "design"):
        work = stages.get(project, stage)
        assert (work.status, work.started_at, work.completed_at) == ("not_started", None, None)
