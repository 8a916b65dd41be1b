"""The consolidation reads a workshop in a fixed number of queries, however many projects
it has, and its rows are what the single-project services say."""

from __future__ import annotations

from sqlalchemy import event

from labinov.services import Services
from labinov.services.consolidation import ID_COLUMN, READINESS_COLUMN, STATUS_COLUMN, consolidation
from tests.report.filler import ANSWERS, fill_answers


def _queries(services: Services, workshop_id: str) -> tuple[int, list[list]]:
    count = 0

    def counted(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        nonlocal count
        # a server store checks its schema at the start of every transaction: not a read
        # of the consolidation
        count += "alembic_version" not in statement

    event.listen(services.store.engine, "before_cursor_execute", counted)
    try:
        _headers, rows = consolidation(services, workshop_id, "id")
    finally:
        event.remove(services.store.engine, "before_cursor_execute", counted)
    return count, rows


def test_queries_do_not_grow_with_the_projects(services: Services) -> None:
    workshop = services.workshops.create("Lab 2026", organiser="Balitbangda Kota Makassar")

    def add(index: int) -> None:
        team = services.teams.create(workshop.id, f"Dinas {index}")
        project = services.projects.create(team.id, f"Inovasi {index}", purpose="Tujuan")
        fill_answers(services, project.id, ANSWERS)
        services.attachments.add(project.id, "field:purpose", f"f{index}.pdf", b"%PDF-1.4 x")

    add(0)
    one, _rows = _queries(services, workshop.id)
    for index in range(1, 6):
        add(index)
    six, rows = _queries(services, workshop.id)
    assert six == one <= 6, (one, six)
    assert len(rows) == 6
    for row in rows:  # the same as asking the services one project at a time
        project_id = row[ID_COLUMN]
        readiness = services.worksheets.readiness(project_id)
        assert row[READINESS_COLUMN] == round(readiness.ratio * 100)
        assert row[STATUS_COLUMN] != "" or not services.stages.list(project_id)
        files = services.attachments.list(project_id)
        assert [f.filename for f in files] == [f"f{row[1].split()[-1]}.pdf"]
