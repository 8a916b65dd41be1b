"""Canvases of a stage and the items on them: every edit one transaction, returning what
undo needs (previous values, or a snapshot of deleted rows to restore).

Items and links travel as plain dicts of column values, so the GUI keeps no ORM objects
and a 5,000-note canvas loads with one query per table.
"""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import col

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method import templates
from labinov.method.stages import Stage
from labinov.services.base import Service, get_or_raise, listed_order, required_name
from labinov.services.canvas_writes import renamed, viewed, write_canvas, write_rows
from labinov.store import canvas_lineage, snapshot
from labinov.store.canvas_rows import check_changes, new_rows
from labinov.store.fast_edits import Version, not_found, stale
from labinov.store.ids import order_version
from labinov.store.models import Attachment, Canvas, CanvasItem, Link, Project
from labinov.store.types import new_id, new_rev, utcnow

ItemRow = dict[str, Any]
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_LABEL = 200  # a connector's label is a few words on the line, not a paragraph
LINK_FIELDS = ("label", "arrow")
ITEMS = CanvasItem.__table__  # type: ignore[attr-defined]
LINKS = Link.__table__  # type: ignore[attr-defined]
CANVASES = Canvas.__table__  # type: ignore[attr-defined]
# not read by a board: the time stamps and the change number (store/sync_schema.py); the
# version (``rev``) is, as the document's edits are checked against it (``versioned``)
STAMPS = ("created_at", "updated_at", "change_seq")

# (magic bytes, mime) of the picture formats Qt reads out of the box
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def image_mime(data: bytes) -> str | None:
    """The picture type of ``data`` by its first bytes, or None when it is not a picture."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for magic, mime in IMAGE_SIGNATURES:
        if data.startswith(magic):
            return mime
    return None


def _shown(canvas: Canvas) -> Canvas:
    """``canvas`` (read, its session closed) with its view as shown; set as the loaded
    value, not a change: the row is never written back without its record."""
    if canvas_lineage.KEY in (canvas.view or {}):
        set_committed_value(canvas, "view", canvas_lineage.shown(canvas.view))
    return canvas


class CanvasService(Service):
    """Canvases (create from a template, rename, reorder, delete) and their items/links."""

    # -- canvases ------------------------------------------------------------------

    def list(self, project_id: str, stage: Stage | str) -> list[Canvas]:
        with self.store.transaction() as session:
            rows = session.execute(
                select(Canvas)
                .where(
                    col(Canvas.project_id) == project_id, col(Canvas.stage) == Stage(stage).value
                )
                .order_by(*listed_order(Canvas))
            ).scalars()
            found = list(rows)
        return [_shown(row) for row in found]  # the session closed: nothing written back

    def get(self, canvas_id: str) -> Canvas:
        """The canvas, its ``view`` as the board restores it (the record of its content
        version, ``store/canvas_lineage.py``, is the store's: sync and import read it)."""
        return _shown(self._get(Canvas, canvas_id))

    def create(
        self,
        project_id: str,
        stage: Stage | str,
        template: str = templates.BLANK,
        title: str = "",
        canvas_id: str | None = None,
    ) -> Canvas:
        """A new canvas at the end of the stage's list; the title defaults to the template's
        Indonesian name. ``canvas_id`` lets redo recreate the same row."""
        chosen = templates.get(template)
        with self.store.transaction() as session:
            get_or_raise(session, Project, project_id)
            last = session.execute(
                select(func.max(Canvas.sort_order)).where(
                    col(Canvas.project_id) == project_id, col(Canvas.stage) == Stage(stage).value
                )
            ).scalar()
            canvas = Canvas(
                id=canvas_id or new_id(),
                project_id=project_id,
                stage=Stage(stage).value,
                template=chosen.key,
                title=(title or "").strip() or chosen.title("id"),
                sort_order=(last + 1) if last is not None else 0,
            )
            session.add(canvas)
        return canvas

    def rename(self, canvas_id: str, title: str, version: Version | None = None) -> dict[str, Any]:
        """Set the title; returns ``{"title": old}``. ``version``: see ``Service._update``."""
        title = required_name(title, QT_TRANSLATE_NOOP("UserError", "canvas title"))
        before = write_canvas(self.store, canvas_id, renamed(title), version)
        return {"title": before["title"]}

    def reorder(
        self,
        project_id: str,
        stage: Stage | str,
        canvas_ids: builtins.list[str],
        version: str | None = None,
    ) -> builtins.list[str]:
        """Put the stage's canvases in the order of ``canvas_ids``; returns the old order.
        ``version``: the order the caller showed (``ids.order_version``); when another app
        reordered, added or removed a canvas since, ``StaleWriteError`` and nothing changes
        (a zoom or a rename is no change of the order). Read and written in one transaction
        (the rows locked on a server)."""
        with self.store.transaction() as session:
            rows = (
                session.execute(
                    select(Canvas)
                    .where(
                        col(Canvas.project_id) == project_id,
                        col(Canvas.stage) == Stage(stage).value,
                    )
                    .order_by(*listed_order(Canvas))
                    .with_for_update()
                )
                .scalars()
                .all()
            )
            previous = [row.id for row in rows]
            if version is not None and version != order_version(previous):
                raise stale()
            rank = {canvas_id: index for index, canvas_id in enumerate(canvas_ids)}
            for row in rows:
                order = rank.get(row.id, len(rank))
                if row.sort_order == order:
                    continue  # unchanged: no new version to sync
                rev = new_rev()
                before = {"rev": row.rev, "view": row.view}
                row.view = canvas_lineage.after_content_write(before, rev)
                row.sort_order, row.rev = order, rev
                session.add(row)
        return previous

    def delete(self, canvas_id: str) -> snapshot.Snapshot:
        return self._delete(Canvas, canvas_id)

    def set_view(
        self, canvas_id: str, view: dict[str, Any], version: Version | None = None
    ) -> dict[str, Any]:
        """Save zoom/scroll/voting state; not an undoable edit. The content version the row
        holds is recorded with it (``store/canvas_lineage.py``): a zoom here against a rename
        elsewhere is then no conflict."""
        before = write_canvas(self.store, canvas_id, viewed(view), version)
        return dict(before["view"] or {})

    # -- items and links -------------------------------------------------------------

    def load(self, canvas_id: str) -> tuple[builtins.list[ItemRow], builtins.list[ItemRow]]:
        """Every item (by z-order) and link of a canvas, one query each, without the time
        stamps (no reader needs them; converting them was a fifth of opening a board)."""
        item_columns = [c for c in ITEMS.c if c.name not in STAMPS]
        link_columns = [c for c in LINKS.c if c.name not in STAMPS]
        with self.store.transaction() as session:
            items = session.execute(
                select(*item_columns).where(ITEMS.c.canvas_id == canvas_id).order_by(ITEMS.c.z)
            )
            names = tuple(items.keys())
            item_rows = [dict(zip(names, row, strict=True)) for row in items.all()]
            links = session.execute(select(*link_columns).where(LINKS.c.canvas_id == canvas_id))
            names = tuple(links.keys())
            return item_rows, [dict(zip(names, row, strict=True)) for row in links.all()]

    def add_items(
        self,
        canvas_id: str,
        items: builtins.list[ItemRow],
        links: builtins.list[ItemRow] | None = None,
    ) -> builtins.list[str]:
        """Insert items (and links between them) in one transaction; rows may carry ids
        and versions (``rev``: then the caller knows the new rows' versions). A canvas that
        is gone fails its foreign key: ``NotFoundError``."""
        item_rows, link_rows = new_rows(canvas_id, items, links, now=utcnow(), token=new_rev())
        edits = self.store.edits
        try:
            with edits.transaction() as connection:
                edits.insert(connection, ITEMS, item_rows)
                edits.insert(connection, LINKS, link_rows)
        except IntegrityError:
            with edits.transaction() as connection:
                if not edits.read(connection, CANVASES, [canvas_id], ()):
                    raise not_found(canvas_id) from None
            raise
        return [row["id"] for row in item_rows]

    def update_items(
        self,
        changes: dict[str, dict[str, Any]],
        previous: dict[str, dict[str, Any]] | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Change fields of many items at once (a drag of 500 notes is one statement per
        set of fields); returns the previous values in the same shape, for undo. Versions
        (``rev`` in ``changes``, the caller's ``previous``): see ``canvas_writes.write_rows``."""
        if not changes:
            return {}
        check_changes(changes)
        return write_rows(self.store, ITEMS, changes, previous)

    def delete_items(
        self, item_ids: builtins.list[str], link_ids: Sequence[str] = ()
    ) -> snapshot.Snapshot:  # type: ignore[assignment]
        """Delete items, every link touching them and the given links; returns the rows
        (attachments only an image used, items, links) for ``restore``."""
        ids = list(item_ids)
        with self.store.transaction() as session:
            rows: snapshot.Snapshot = []
            items = (
                session.execute(select(CanvasItem).where(col(CanvasItem.id).in_(ids)))
                .scalars()
                .all()
            )
            clauses = [col(Link.id).in_(list(link_ids))]
            if ids:
                clauses += [col(Link.source_id).in_(ids), col(Link.target_id).in_(ids)]
            links = session.execute(select(Link).where(or_(*clauses))).scalars().all()
            attachment_ids = {item.attachment_id for item in items if item.attachment_id}
            for attachment_id in sorted(attachment_ids):
                others = session.execute(
                    select(func.count()).where(
                        ITEMS.c.attachment_id == attachment_id, ITEMS.c.id.not_in(ids)
                    )
                ).scalar()
                attachment = session.get(Attachment, attachment_id)
                if attachment is not None and not others:
                    rows.append((Attachment, snapshot.row_values(attachment)))
            rows += [(CanvasItem, snapshot.row_values(item)) for item in items]
            rows += [(Link, snapshot.row_values(link)) for link in links]
            session.execute(delete(LINKS).where(LINKS.c.id.in_([link.id for link in links])))
            session.execute(delete(ITEMS).where(ITEMS.c.id.in_(ids)))
            dropped = [values["id"] for table, values in rows if table is Attachment]
            session.execute(
                delete(Attachment.__table__).where(Attachment.__table__.c.id.in_(dropped))
            )  # type: ignore[attr-defined]
        return rows

    def add_link(
        self,
        canvas_id: str,
        source_id: str,
        target_id: str,
        label: str = "",
        link_id: str | None = None,
    ) -> ItemRow:
        if source_id == target_id:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A connector needs two different notes.")
            )
        with self.store.transaction() as session:
            for item_id in (source_id, target_id):
                item = get_or_raise(session, CanvasItem, item_id)
                if item.canvas_id != canvas_id:
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "A connector must stay on one canvas.")
                    )
            link = Link(
                id=link_id or new_id(),
                canvas_id=canvas_id,
                source_id=source_id,
                target_id=target_id,
                label=label,
                rev=new_rev(),  # the caller then knows its version (a relabel checks it)
            )
            session.add(link)
        return snapshot.row_values(link)

    def update_links(
        self,
        changes: dict[str, dict[str, Any]],
        previous: dict[str, dict[str, Any]] | None = None,
    ) -> dict[str, dict[str, Any]]:
        """Change the label or arrow of connectors; returns the previous values, for undo.
        ``changes`` may carry the links' new ``rev``; ``previous``: the values and the
        version (``rev``) the caller saw, checked as for items (``write_rows``): a label
        another app changed since is refused (``StaleWriteError``), not overwritten."""
        for fields in changes.values():
            unknown = set(fields) - {*LINK_FIELDS, "rev"}
            if unknown:
                raise ValueError(f"not editable: {sorted(unknown)}")
            if len(fields.get("label") or "") > MAX_LABEL:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A connector label may hold at most {limit} characters."
                    ),
                    limit=MAX_LABEL,
                )
        return write_rows(self.store, LINKS, changes, previous) if changes else {}

    def reset_votes(self, canvas_id: str, token: str | None = None) -> dict[str, dict[str, Any]]:
        """Set every vote of a canvas to zero; returns previous votes (for undo). The notes
        with votes are read and reset in one transaction (a vote given meanwhile is never
        missed); they get version ``token`` (a new one when None), so the caller knows
        what its undo is checked against."""
        rev = token or new_rev()
        edits = self.store.edits
        with edits.transaction() as connection:
            voted = connection.execute(
                select(ITEMS.c.id, ITEMS.c.votes, ITEMS.c.rev).where(
                    ITEMS.c.canvas_id == canvas_id, ITEMS.c.votes != 0
                )
            ).all()
            changes = {item_id: {"votes": 0, "rev": rev} for item_id, _votes, _rev in voted}
            if changes:
                edits.write(connection, ITEMS, changes, {i: seen for i, _v, seen in voted})
        return {item_id: {"votes": votes} for item_id, votes, _rev in voted}

    # -- pictures ----------------------------------------------------------------------

    def store_image(self, project_id: str, filename: str, data: bytes) -> str:
        """Keep a picture in the database; refuses files that are not pictures or too big."""
        if len(data) > MAX_IMAGE_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{name} is larger than {limit} MB."),
                name=filename,
                limit=MAX_IMAGE_BYTES // (1024 * 1024),
            )
        mime = image_mime(data)
        if mime is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "{name} is not a picture (PNG, JPEG, GIF, BMP or WebP)."
                ),
                name=filename,
            )
        with self.store.transaction() as session:
            get_or_raise(session, Project, project_id)
            attachment = Attachment(
                project_id=project_id,
                filename=filename,
                mime=mime,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
            )
            session.add(attachment)
        return attachment.id

    def image_data(self, attachment_id: str) -> bytes:
        with self.store.transaction() as session:
            return get_or_raise(session, Attachment, attachment_id).data
