"""Supporting files of a project (*data dukung*): a scanned letter, a decree, a photo, kept
in the store as canvas pictures are (table ``attachment``) and carried in bundles.

``purpose`` says what a file supports: ``field:<profile key>`` (a field of the IID form),
``indicator:<IID number>`` (evidence of an indicator), ``letter:<letter key>`` (a letter an
outline requires). Canvas pictures have ``purpose`` "" and are not listed here.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import mimetypes
import re
from dataclasses import dataclass

from sqlmodel import col, select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.competition import LETTERS_FIELD
from labinov.services.base import Service, get_or_raise
from labinov.services.canvases import MAX_IMAGE_BYTES, image_mime
from labinov.store import snapshot
from labinov.store.models import Attachment, CanvasItem, Project
from labinov.store.types import utcnow

MAX_FILE_BYTES = MAX_IMAGE_BYTES  # what a bundle carries per attachment (exchange/bundle.py)
PURPOSE = re.compile(r"^(field|indicator|letter|spbe):[\w.-]{1,60}$")
KINDS = ("field", "indicator", "letter", "spbe")


@dataclass(frozen=True)
class FileInfo:
    """An attachment without its bytes."""

    id: str
    filename: str
    mime: str
    size: int
    purpose: str
    sha256: str

    @property
    def kind(self) -> str:
        return self.purpose.partition(":")[0]

    @property
    def key(self) -> str:
        return self.purpose.partition(":")[2]


def file_mime(filename: str, data: bytes) -> str:
    """By the content for PDFs and pictures (a renamed file is still what it is), else by
    the name."""
    if data[:5] == b"%PDF-":
        return "application/pdf"
    found = image_mime(data)
    if found:
        return found
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def page_count(data: bytes, mime: str) -> int | None:
    """Pages of a PDF, 1 for a picture (None when it cannot be read), None otherwise."""
    if mime.startswith("image/"):
        from PIL import Image  # reportlab's own dependency

        try:
            with Image.open(io.BytesIO(data)) as picture:
                picture.load()  # a damaged picture fails here, not in the PDF
        except (OSError, ValueError, SyntaxError):
            return None
        return 1
    if mime != "application/pdf":
        return None
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return None


def _info(row: Attachment) -> FileInfo:
    return FileInfo(row.id, row.filename, row.mime, row.size, row.purpose, row.sha256)


@dataclass(frozen=True)
class Attached:
    """A file ``attach`` kept: its id, and whether it ticked its letter in the profile
    (``letters_before``: the checklist as it was, for ``detach``)."""

    id: str
    ticked: bool = False
    letters_before: list[str] | None = None


def _set_letters(project: Project, letters: list[str] | None) -> None:
    """The profile's "letters ready" checklist (none: the field goes, as an empty answer)."""
    profile = dict(project.profile)
    if letters:
        profile[LETTERS_FIELD] = letters
    else:
        profile.pop(LETTERS_FIELD, None)
    project.profile = profile
    project.updated_at = utcnow()


class AttachmentService(Service):
    def add(self, project_id: str, purpose: str, filename: str, data: bytes) -> str:
        """Keep ``data`` as supporting data of ``purpose``; returns the new id."""
        return self.attach(project_id, purpose, filename, data).id

    def attach(self, project_id: str, purpose: str, filename: str, data: bytes) -> Attached:
        """``add``; a letter's file (``letter:KEY``) also ticks that letter as ready in the
        profile's checklist, in the same transaction (one undoable step: ``detach``)."""
        if not PURPOSE.match(purpose):
            raise ValueError(f"unknown attachment purpose {purpose!r}")
        name = (filename or "").strip().replace("\\", "/").rsplit("/", 1)[-1][:200]
        if not name:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The {what} must not be empty."), what="file name"
            )
        if not data:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "{name} is empty."), name=name)
        if len(data) > MAX_FILE_BYTES:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "{name} is larger than {limit} MB."),
                name=name,
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        with self.store.transaction() as session:
            project = get_or_raise(session, Project, project_id)
            row = Attachment(
                project_id=project_id,
                filename=name,
                mime=file_mime(name, data),
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                purpose=purpose,
            )
            session.add(row)
            kind, _, key = purpose.partition(":")
            before = project.profile.get(LETTERS_FIELD)
            ticked = kind == "letter" and key not in (before or [])
            if ticked:
                _set_letters(project, [*(before or []), key])
                session.add(project)
        return Attached(row.id, ticked, before)

    def detach(self, attached: Attached) -> None:
        """Undo ``attach``: the file goes, and the letter's tick it made (only that one:
        the checklist as it was before would drop a tick given since, by another app)."""
        with self.store.transaction() as session:
            row = get_or_raise(session, Attachment, attached.id)
            if attached.ticked:
                project = get_or_raise(session, Project, row.project_id)
                key = row.purpose.partition(":")[2]
                letters = project.profile.get(LETTERS_FIELD) or []
                _set_letters(project, [letter for letter in letters if letter != key])
                session.add(project)
            session.delete(row)

    def list(self, project_id: str, purpose: str | None = None) -> builtins.list[FileInfo]:
        """The project's supporting files (``purpose``: only those; a kind such as
        ``"indicator"`` lists every indicator's), oldest first; no bytes are read."""
        return self.by_project([project_id], purpose)[project_id]

    def by_project(
        self, project_ids: builtins.list[str], purpose: str | None = None
    ) -> dict[str, builtins.list[FileInfo]]:
        """``list`` of many projects in one query."""
        found: dict[str, builtins.list[FileInfo]] = {project_id: [] for project_id in project_ids}
        if not project_ids:
            return found
        columns = [c for c in Attachment.__table__.columns if c.name != "data"]
        query = select(*columns).where(col(Attachment.project_id).in_(project_ids))
        if purpose is None:
            query = query.where(Attachment.purpose != "")
        elif ":" in purpose:
            query = query.where(Attachment.purpose == purpose)
        else:
            query = query.where(col(Attachment.purpose).startswith(f"{purpose}:"))
        query = query.order_by(col(Attachment.created_at), col(Attachment.filename))
        with self.store.transaction() as session:
            rows = session.execute(query).mappings().all()
        for r in rows:
            found[r["project_id"]].append(
                FileInfo(r["id"], r["filename"], r["mime"], r["size"], r["purpose"], r["sha256"])
            )
        return found

    def data(self, attachment_id: str) -> bytes:
        with self.store.transaction() as session:
            return bytes(get_or_raise(session, Attachment, attachment_id).data)

    def info(self, attachment_id: str) -> FileInfo:
        with self.store.transaction() as session:
            return _info(get_or_raise(session, Attachment, attachment_id))

    def remove(self, attachment_id: str) -> snapshot.Snapshot:
        """Delete a supporting file; returns what ``restore`` needs (undo). A canvas picture
        is not removed here."""
        with self.store.transaction() as session:
            row = get_or_raise(session, Attachment, attachment_id)
            used = session.exec(
                select(CanvasItem.id).where(CanvasItem.attachment_id == attachment_id)
            ).first()
            if not row.purpose or used is not None:
                raise ValueError("a canvas picture is removed with its canvas item")
        return self._delete(Attachment, attachment_id)
