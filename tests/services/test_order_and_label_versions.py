"""The last edits that wrote last-writer-wins now check what the editor saw (two apps on one
store, both engines): the order of agenda sessions and of a stage's boards (the order's
version is the order shown, ``ids.order_version``), a connector's label (its ``rev``) and
resetting a board's votes without a board open (its undo checks the version the reset
gave). A stale edit is refused and changes nothing; from the current version it is
written, and its undo is checked likewise."""

from __future__ import annotations

import pytest
from sqlmodel import select

from labinov.errors import StaleWriteError
from labinov.services import Services
from labinov.store import canvas_lineage
from labinov.store.db import Store
from labinov.store.ids import new_rev, order_version
from labinov.store.models import Canvas


@pytest.fixture
def project(services: Services) -> dict[str, str]:
    workshop = services.workshops.create("Labinov Makassar 2026").id
    team = services.teams.create(workshop, "Disdukcapil").id
    return {"workshop": workshop, "project": services.projects.create(team, "Akta Sehari").id}


def _sessions(services: Services, workshop: str) -> list[str]:
    return [row.title for row in services.moderation.sessions(workshop)]


def test_an_agenda_order_shown_before_another_apps_change_is_refused(
    store: Store, project: dict[str, str]
) -> None:
    mine, theirs = Services(store), Services(store)
    workshop = project["workshop"]
    opening, usg, closing = (
        mine.moderation.add_session(workshop, title).id for title in ("Pembukaan", "USG", "Penutup")
    )
    shown = order_version([opening, usg, closing])  # B's agenda window

    for edit in (
        lambda: mine.moderation.reorder_sessions(workshop, [usg, opening, closing]),  # reordered
        lambda: mine.moderation.add_session(workshop, "Istirahat"),  # added since
    ):
        edit()
        current = _sessions(mine, workshop)
        with pytest.raises(StaleWriteError):
            theirs.moderation.reorder_sessions(workshop, [opening, closing, usg], shown)
        assert _sessions(mine, workshop) == current  # nothing changed

    # from the order as it now is: written, the undo from the order it wrote
    ids = [row.id for row in theirs.moderation.sessions(workshop)]
    order = [ids[-1], *ids[:-1]]
    previous = theirs.moderation.reorder_sessions(workshop, order, order_version(ids))
    assert previous == ids
    assert _sessions(mine, workshop) == ["Istirahat", "USG", "Pembukaan", "Penutup"]
    mine.moderation.reorder_sessions(workshop, ids)  # A puts its order back meanwhile
    with pytest.raises(StaleWriteError):
        theirs.moderation.reorder_sessions(workshop, previous, order_version(order))
    assert _sessions(mine, workshop) == ["USG", "Pembukaan", "Penutup", "Istirahat"]


def test_a_boards_order_is_checked_and_keeps_its_lineage(
    store: Store, project: dict[str, str]
) -> None:
    mine, theirs = Services(store), Services(store)
    project_id = project["project"]
    first, second, third = (
        mine.canvases.create(project_id, "diagnose", "blank", title).id
        for title in ("Dinding", "Pohon masalah", "Tulang ikan")
    )
    shown = order_version([first, second, third])  # B's tabs

    # a zoom and a rename by the other app are no change of the order: B's move is written
    mine.canvases.set_view(first, {"zoom": 1.5})
    mine.canvases.rename(second, "Pohon masalah akta")
    theirs.canvases.reorder(project_id, "diagnose", [second, first, third], shown)
    assert [c.id for c in mine.canvases.list(project_id, "diagnose")] == [second, first, third]
    with store.transaction() as session:  # a moved board's row says its content is new
        for canvas_id in (first, second):
            row = session.get(Canvas, canvas_id)
            assert row is not None
            assert canvas_lineage.content({"rev": row.rev, "view": row.view}) == row.rev
        assert session.get(Canvas, first).view["zoom"] == 1.5  # type: ignore[union-attr]

    # B's next move from the order it showed before A reordered: refused, nothing written
    shown = order_version([second, first, third])
    mine.canvases.reorder(project_id, "diagnose", [third, second, first])
    with store.transaction() as session:
        before = {c.id: (c.rev, c.sort_order) for c in session.exec(select(Canvas)).all()}
    with pytest.raises(StaleWriteError):
        theirs.canvases.reorder(project_id, "diagnose", [first, second, third], shown)
    with store.transaction() as session:
        assert {c.id: (c.rev, c.sort_order) for c in session.exec(select(Canvas)).all()} == before


def test_a_connector_label_edited_since_is_refused(store: Store, project: dict[str, str]) -> None:
    mine, theirs = Services(store), Services(store)
    canvas = mine.canvases.create(project["project"], "diagnose").id
    cause, effect = mine.canvases.add_items(canvas, [{"text": "sebab"}, {"text": "akibat"}])
    link = mine.canvases.add_link(canvas, cause, effect)
    assert link["rev"]  # the new link's version, known to the board without a read
    seen = {link["id"]: {"label": "", "rev": link["rev"]}}  # B's board

    mine.canvases.update_links({link["id"]: {"label": "menyebabkan"}})  # A, meanwhile
    with pytest.raises(StaleWriteError):
        theirs.canvases.update_links({link["id"]: {"label": "memicu"}}, seen)
    assert mine.canvases.load(canvas)[1][0]["label"] == "menyebabkan"

    # from the version now stored: written, and undone from the version it gave
    current = mine.canvases.load(canvas)[1][0]
    rev = new_rev()
    change = {link["id"]: {"label": "memicu", "rev": rev}}
    previous = theirs.canvases.update_links(change, {link["id"]: current})
    assert previous == {link["id"]: {"label": "menyebabkan"}}
    undo = {link["id"]: {**previous[link["id"]], "rev": new_rev()}}
    mine.canvases.update_links({link["id"]: {"arrow": False}})  # A again
    with pytest.raises(StaleWriteError):
        theirs.canvases.update_links(undo, {link["id"]: {"label": "memicu", "rev": rev}})
    assert mine.canvases.load(canvas)[1][0]["label"] == "memicu"


def test_the_undo_of_a_vote_reset_keeps_votes_given_since(
    store: Store, project: dict[str, str]
) -> None:
    mine, theirs = Services(store), Services(store)
    canvas = mine.canvases.create(project["project"], "diagnose").id
    a, b = mine.canvases.add_items(canvas, [{"text": "a", "votes": 3}, {"text": "b", "votes": 1}])
    token = new_rev()
    previous = theirs.canvases.reset_votes(canvas, token)
    assert previous == {a: {"votes": 3}, b: {"votes": 1}}
    items = {row["id"]: row for row in mine.canvases.load(canvas)[0]}
    assert {(items[i]["votes"], items[i]["rev"]) for i in (a, b)} == {(0, token)}

    mine.canvases.update_items({a: {"votes": 2}})  # A's room votes again
    held = {i: {"votes": 0, "rev": token} for i in previous}
    with pytest.raises(StaleWriteError):  # the undo would drop A's new votes
        theirs.canvases.update_items(previous, held)
    assert {row["id"]: row["votes"] for row in mine.canvases.load(canvas)[0]} == {a: 2, b: 0}


def test_sessions_tied_in_their_order_are_listed_and_checked_by_id(
    store: Store, project: dict[str, str]
) -> None:
    """Two sessions with the same place and time (a merge, a clock's second) came back in
    any order from a server: the order shown and the one read for the reorder differed,
    and the reorder was refused although nobody had changed anything."""
    from labinov.store.models import AgendaSession

    services = Services(store)
    workshop = project["workshop"]
    ids = [services.moderation.add_session(workshop, title).id for title in "ABCDEF"]
    with store.transaction() as session:
        rows = session.exec(select(AgendaSession).where(AgendaSession.workshop_id == workshop))
        first = None
        for row in rows:
            row.sort_order = 0
            first = first or row.created_at
            row.created_at = first  # all six tied (insertion order matches ids 1 in 720)
    listed = [row.id for row in services.moderation.sessions(workshop)]
    assert listed == sorted(ids)  # ties broken by id, on either engine
    services.moderation.reorder_sessions(workshop, listed[::-1], order_version(listed))
    assert [row.id for row in services.moderation.sessions(workshop)] == listed[::-1]
