"""CanvasService on a real SQLite store: every edit undone back to identical rows."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from labinov.errors import UserError
from labinov.method import templates
from labinov.services import Services
from labinov.services.canvases import MAX_IMAGE_BYTES
from labinov.store.models import Attachment, CanvasItem, Link

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def make_project(services: Services) -> str:
    workshop = services.workshops.create("Labinov Makassar")
    team = services.teams.create(workshop.id, "Disdukcapil")
    return services.projects.create(team.id, "Akta Lahir Sehari").id


def rows(services: Services, canvas_id: str) -> tuple[list, list]:
    """Item and link rows without ``updated_at`` and ``rev`` (which every write moves)."""
    with services.store.transaction() as session:
        items = session.execute(
            select(CanvasItem).where(CanvasItem.canvas_id == canvas_id)
        ).scalars()
        links = session.execute(select(Link).where(Link.canvas_id == canvas_id)).scalars()

        def strip(row):
            return {k: v for k, v in row.model_dump().items() if k not in ("updated_at", "rev")}

        return sorted((strip(r) for r in items), key=lambda r: r["id"]), sorted(
            (strip(r) for r in links), key=lambda r: r["id"]
        )


@pytest.fixture
def canvas(services: Services):
    project_id = make_project(services)
    return services.canvases.create(project_id, "diagnose", "fishbone")


def test_create_from_every_template_in_order(services: Services) -> None:
    project_id = make_project(services)
    for template in templates.all_templates().values():
        stage = "design" if template.stage == templates.ANY_STAGE else template.stage
        services.canvases.create(project_id, stage, template.key)
    diagnose = services.canvases.list(project_id, "diagnose")
    assert [c.template for c in diagnose] == [t.key for t in templates.for_stage("diagnose")[:-1]]
    assert diagnose[0].title == "Diagram Tulang Ikan"
    assert [c.sort_order for c in diagnose] == list(range(len(diagnose)))


def test_unknown_template_is_refused(services: Services) -> None:
    with pytest.raises(UserError, match="no canvas template"):
        services.canvases.create(make_project(services), "design", "nope")


def test_add_update_undo_gives_identical_rows(services: Services, canvas) -> None:
    ids = services.canvases.add_items(canvas.id, [{"text": "Petugas kurang", "x": 10, "y": 20}] * 3)
    services.canvases.add_link(canvas.id, ids[0], ids[1])
    before = rows(services, canvas.id)
    previous = services.canvases.update_items(
        {ids[0]: {"x": 300.0, "y": 40.0, "zone": "people"}, ids[1]: {"colour": "pink"}}
    )
    assert previous == {ids[0]: {"x": 10.0, "y": 20.0, "zone": None}, ids[1]: {"colour": "yellow"}}
    assert rows(services, canvas.id) != before
    services.canvases.update_items(previous)
    assert rows(services, canvas.id) == before  # the same values, a new version


def test_delete_removes_links_and_restore_brings_both_back(services: Services, canvas) -> None:
    ids = services.canvases.add_items(canvas.id, [{"text": "a"}, {"text": "b"}, {"text": "c"}])
    services.canvases.add_link(canvas.id, ids[0], ids[1])
    services.canvases.add_link(canvas.id, ids[2], ids[0])
    before = rows(services, canvas.id)
    saved = services.canvases.delete_items([ids[0]])
    items, links = rows(services, canvas.id)
    assert len(items) == 2 and links == []
    services.canvases.restore(saved)
    assert rows(services, canvas.id) == before


def test_restore_returns_the_new_versions_it_stored(services: Services, canvas) -> None:
    ids = services.canvases.add_items(canvas.id, [{"text": "a"}, {"text": "b"}])
    link = services.canvases.add_link(canvas.id, ids[0], ids[1])["id"]
    old = {row["id"]: row["rev"] for row in services.canvases.load(canvas.id)[0]}
    revs = services.canvases.restore(services.canvases.delete_items(ids))
    items, links = services.canvases.load(canvas.id)
    stored = {row["id"]: row["rev"] for row in [*items, *links]}
    assert revs == stored and set(revs) == {*ids, link}
    assert all(revs[i] not in (old[i], "") for i in ids)  # a new version, not the deleted one


def test_bad_text_and_pictures_are_refused(services: Services, canvas, tmp_path) -> None:
    odd = "<script>alert(1)</script> 🎉 " + "x" * 10_000
    (item_id,) = services.canvases.add_items(canvas.id, [{"text": odd}])
    assert services.canvases.load(canvas.id)[0][0]["text"] == odd
    with pytest.raises(UserError, match="at most"):
        services.canvases.update_items({item_id: {"text": "y" * 30_000}})
    with pytest.raises(UserError, match="not a picture"):
        services.canvases.store_image(canvas.project_id, "notes.txt", b"hello")
    with pytest.raises(UserError, match="larger than 20 MB"):
        services.canvases.store_image(canvas.project_id, "big.png", PNG + b"\0" * MAX_IMAGE_BYTES)
    with services.store.transaction() as session:
        assert session.execute(select(Attachment)).first() is None


def test_image_item_delete_and_restore_keeps_its_picture(services: Services, canvas) -> None:
    attachment_id = services.canvases.store_image(canvas.project_id, "dinding.png", PNG)
    (item_id,) = services.canvases.add_items(
        canvas.id, [{"kind": "image", "attachment_id": attachment_id}]
    )
    saved = services.canvases.delete_items([item_id])
    with services.store.transaction() as session:
        assert session.get(Attachment, attachment_id) is None
    services.canvases.restore(saved)
    assert services.canvases.image_data(attachment_id) == PNG


def test_rename_reorder_delete_canvas_and_votes(services: Services, canvas) -> None:
    other = services.canvases.create(canvas.project_id, "diagnose", "problem_tree")
    assert services.canvases.rename(canvas.id, "  Tulang ikan akta  ") == {
        "title": "Diagram Tulang Ikan"
    }
    with pytest.raises(UserError):
        services.canvases.rename(canvas.id, "  ")
    old = services.canvases.reorder(canvas.project_id, "diagnose", [other.id, canvas.id])
    assert old == [canvas.id, other.id]
    assert [c.id for c in services.canvases.list(canvas.project_id, "diagnose")] == [
        other.id,
        canvas.id,
    ]
    ids = services.canvases.add_items(canvas.id, [{"text": "a", "votes": 3}, {"text": "b"}])
    previous = services.canvases.reset_votes(canvas.id)
    assert previous == {ids[0]: {"votes": 3}}
    saved = services.canvases.delete(canvas.id)
    assert [c.id for c in services.canvases.list(canvas.project_id, "diagnose")] == [other.id]
    services.canvases.restore(saved)
    assert len(services.canvases.load(canvas.id)[0]) == 2


def test_link_must_join_two_notes_of_one_canvas(services: Services, canvas) -> None:
    other = services.canvases.create(canvas.project_id, "diagnose")
    (a,) = services.canvases.add_items(canvas.id, [{"text": "a"}])
    (b,) = services.canvases.add_items(other.id, [{"text": "b"}])
    with pytest.raises(UserError):
        services.canvases.add_link(canvas.id, a, a)
    with pytest.raises(UserError):
        services.canvases.add_link(canvas.id, a, b)


def test_a_link_label_is_set_and_undone_to_identical_rows(services: Services, canvas) -> None:
    a, b = services.canvases.add_items(canvas.id, [{"text": "sebab"}, {"text": "akibat"}])
    link = services.canvases.add_link(canvas.id, a, b)
    before = rows(services, canvas.id)
    previous = services.canvases.update_links({link["id"]: {"label": "menyebabkan"}})
    assert previous == {link["id"]: {"label": ""}}
    assert rows(services, canvas.id)[1][0]["label"] == "menyebabkan"
    services.canvases.update_links(previous)
    assert rows(services, canvas.id) == before
    with pytest.raises(UserError):  # a label is a few words, nothing changes
        services.canvases.update_links({link["id"]: {"label": "x" * 201}})
    with pytest.raises(ValueError):
        services.canvases.update_links({link["id"]: {"source_id": a}})
    with pytest.raises(UserError):
        services.canvases.update_links({"no-such-link": {"label": "x"}})
    assert rows(services, canvas.id) == before
