"""The tables of DESIGN.md as SQLModel classes.

Every row has a text UUID key and UTC ``created_at``/``updated_at``. Free-form, method-
defined data (profile fields, worksheet answers, checklists) is JSON whose keys are
defined under ``resources/method``, so next year's form is a data change, not a migration.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from sqlalchemy import JSON, BigInteger, Column, Index, LargeBinary, Table, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy import text as sa_text
from sqlmodel import Field, SQLModel

from labinov.store.canvas_rows import ITEM_DEFAULTS
from labinov.store.types import UtcDateTime, new_id, utcnow

OnDelete = Literal["CASCADE", "SET NULL", "RESTRICT"]


def _fk(target: str, *, nullable: bool = False, ondelete: OnDelete = "CASCADE") -> Any:
    return Field(
        default=None if nullable else ...,
        foreign_key=target,
        ondelete=ondelete,
        nullable=nullable,
        index=True,
        max_length=36,
    )


def _json(default: Any) -> Any:
    return Field(default_factory=default, sa_type=JSON, nullable=False)


def _time(*, nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_type=UtcDateTime, nullable=True)
    return Field(default_factory=utcnow, sa_type=UtcDateTime, nullable=False)


class Row(SQLModel):
    """Columns every table has."""

    if TYPE_CHECKING:  # set by SQLModel on each table class
        __table__: ClassVar[Table]

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = _time()
    updated_at: datetime = _time()
    # the row's version (a random token, new on every write; store/sync_schema.py): a
    # write that leaves it unchanged or '' gets a new one from the trigger; sync and
    # import set another store's version explicitly
    rev: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})


class Workshop(Row, table=True):
    """A Labinov cohort run by a Balitbangda."""

    name: str
    organiser: str = ""
    place: str = ""
    start_date: date | None = None
    end_date: date | None = None
    moderators: str = ""
    description: str = ""
    archived: bool = False


class Team(Row, table=True):
    """An OPD, Perusda, academic or community partner taking part in a workshop."""

    workshop_id: str = _fk("workshop.id")
    name: str
    kind: str = "opd"
    contact: str = ""


class Member(Row, table=True):
    """A person in a team, with their role (ketua / anggota / pendamping)."""

    team_id: str = _fk("team.id")
    name: str
    nip: str = ""
    position: str = ""
    role: str = "anggota"
    sort_order: int = 0


class Project(Row, table=True):
    """One innovation a team carries through the five stages."""

    team_id: str = _fk("team.id")
    title: str
    archived: bool = False
    profile: dict[str, Any] = _json(dict)


class StageWork(Row, table=True):
    """A project's work in one stage: status, worksheet answers, checklist."""

    __table_args__ = (UniqueConstraint("project_id", "stage"),)

    project_id: str = _fk("project.id")
    stage: str
    status: str = "not_started"
    answers: dict[str, Any] = _json(dict)
    checklist: dict[str, Any] = _json(dict)
    started_at: datetime | None = _time(nullable=True)
    completed_at: datetime | None = _time(nullable=True)
    override_reason: str | None = None


class Canvas(Row, table=True):
    """A board of notes in one stage of a project, made from a template."""

    project_id: str = _fk("project.id")
    stage: str
    template: str = "blank"
    title: str = ""
    sort_order: int = 0
    view: dict[str, Any] = _json(dict)


class Attachment(Row, table=True):
    """A file kept inside the database: a photo of a paper wall, a signed letter."""

    project_id: str = _fk("project.id")
    filename: str
    mime: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    data: bytes = Field(sa_type=LargeBinary, nullable=False)
    # what the file supports: "" (a canvas picture), "field:<profile key>",
    # "indicator:<IID number>", "letter:<letter key>" (services/attachments.py)
    purpose: str = Field(default="", max_length=80, sa_column_kwargs={"server_default": ""})


class CanvasItem(Row, table=True):
    """A note, text label, frame or image on a canvas."""

    __table_args__ = (Index("ix_canvasitem_canvas_z", "canvas_id", "z"),)

    # the defaults are ``canvas_rows.ITEM_DEFAULTS``: the quick start's boot store, which
    # runs before SQLAlchemy is loaded, writes new items with them too
    canvas_id: str = _fk("canvas.id")
    kind: str = ITEM_DEFAULTS["kind"]
    x: float = ITEM_DEFAULTS["x"]
    y: float = ITEM_DEFAULTS["y"]
    width: float = ITEM_DEFAULTS["width"]
    height: float = ITEM_DEFAULTS["height"]
    text: str = ITEM_DEFAULTS["text"]
    colour: str = ITEM_DEFAULTS["colour"]
    zone: str | None = ITEM_DEFAULTS["zone"]
    votes: int = ITEM_DEFAULTS["votes"]
    z: float = ITEM_DEFAULTS["z"]
    attachment_id: str | None = _fk("attachment.id", nullable=True, ondelete="SET NULL")
    # refuses move, resize and delete until unlocked (there are no user roles)
    locked: bool = Field(
        default=ITEM_DEFAULTS["locked"], sa_column_kwargs={"server_default": sa_false()}
    )


class Link(Row, table=True):
    """A connector between two items of the same canvas."""

    canvas_id: str = _fk("canvas.id")
    source_id: str = _fk("canvasitem.id")
    target_id: str = _fk("canvasitem.id")
    label: str = ""
    arrow: bool = True


class AgendaSession(Row, table=True):
    """A session of a workshop's agenda: a time box, optionally linked to a stage."""

    workshop_id: str = _fk("workshop.id")
    title: str
    stage: str | None = None
    day: date | None = None
    start_time: str = ""  # "HH:MM", local time of the workshop
    minutes: int = 30
    notes: str = ""
    sort_order: int = 0


class ParkingItem(Row, table=True):
    """A question or idea parked during a workshop, to come back to later."""

    workshop_id: str = _fk("workshop.id")
    text: str
    done: bool = False
    sort_order: int = 0


class Conflict(Row, table=True):
    """Two versions of a row changed on two stores (SYNC.md "Rules per row"): ``row_id``
    stayed the row; the other version is either the marked copy ``copy_id`` beside it
    (notes, links, members, agenda, parking) or its values in ``payload`` (rows that
    cannot stand twice: a workshop, team, project, stage work, canvas, attachment).
    A data table: it syncs and travels like any row."""

    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    copy_id: str | None = Field(default=None, max_length=36)
    payload: dict[str, Any] | None = Field(default=None, sa_type=JSON, nullable=True)
    origin: str = Field(default="", max_length=64)  # device id of the version that lost
    project_id: str | None = _fk("project.id", nullable=True)
    resolved: bool = False


class SyncState(SQLModel, table=True):
    """This store's identity and change counter: one row, ``id`` = 1. On PostgreSQL the
    counter is the sequence ``labinov_change_seq`` and this row is the writers' lock."""

    id: int = Field(default=1, primary_key=True)
    device_id: str = Field(max_length=64)
    counter: int = Field(default=0, sa_type=BigInteger)


class Tombstone(SQLModel, table=True):
    """A deleted row: written by the delete trigger, travels in change sets and bundles."""

    row_id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    parent_id: str | None = Field(default=None, max_length=36)  # its owner, for scopes
    rev: str = Field(default="", max_length=32)  # the version deleted
    change_seq: int = Field(default=0, sa_type=BigInteger, index=True)
    deleted_at: datetime = _time()
    device_id: str = Field(default="", max_length=64)


class SyncPeer(SQLModel, table=True):
    """How far this store and a peer (another store's ``device_id``) have synced, per
    scope (a workshop id, or '' for everything): both counters' high-water marks."""

    peer_id: str = Field(primary_key=True, max_length=64)
    scope: str = Field(primary_key=True, max_length=36)
    sent_upto: int = Field(default=0, sa_type=BigInteger)
    received_upto: int = Field(default=0, sa_type=BigInteger)
    synced_at: datetime | None = _time(nullable=True)


class ExchangeBase(SQLModel, table=True):
    """The version of a row last exchanged through a bundle (exported or imported here).

    An import compares both sides with it to tell "changed here", "changed there" and
    "changed on both" (a conflict); not a table of the data, so it is never exported.
    """

    row_id: str = Field(primary_key=True, max_length=36)
    table_name: str
    updated_at: datetime = Field(sa_type=UtcDateTime, nullable=False)
    # the version last exchanged (migration 0010): what an import compares with
    rev: str = Field(default="", max_length=32, sa_column_kwargs={"server_default": ""})


ALL_TABLES: tuple[type[Row], ...] = (
    Workshop,
    Team,
    Member,
    Project,
    StageWork,
    Canvas,
    Attachment,
    CanvasItem,
    Link,
    AgendaSession,
    ParkingItem,
    Conflict,
)

LOCAL_COLUMNS = frozenset({"change_seq"})
"""Columns of every data table that never leave this store (not in exchange rows,
bundles or digests)."""


def _add_change_seq(table: Table) -> None:
    """``change_seq``: this store's counter at the row's last write here, set by the
    triggers only. A column of the table (Alembic and the change-set queries know it)
    but not of the model, so the ORM never sends it."""
    table.append_column(
        Column("change_seq", BigInteger, nullable=False, server_default=sa_text("0"), index=True)
    )


for _model in ALL_TABLES:
    _add_change_seq(_model.__table__)
