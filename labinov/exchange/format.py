"""The ``.labinov`` bundle format, version 4 (FORMAT.md; versions 1 to 3 still read) in pydantic.

Row models are built from the tables' columns, so columns and tables added by other
features with a migration are validated (and travel) without edits here. A bundle from a
newer format version is refused with "update Labinov" before anything else is read.
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache, partial
from typing import Annotated, Any, Literal, NotRequired, Required

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainValidator,
    StrictBool,
    StrictInt,
    StrictStr,
    TypeAdapter,
)
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Table
from sqlalchemy.types import TypeDecorator
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

from labinov.exchange.rows import TABLES, columns, stored_time
from labinov.store.models import ALL_TABLES

FORMAT_NAME = "labinov-bundle"
FORMAT_VERSION = 4  # the ledger of versions is in FORMAT.md
MANIFEST = "manifest.json"
# what an SQLite INTEGER holds; a larger number cannot be stored (the driver overflows)
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
ID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]


def _text(value: Any) -> Any:
    """Dates and times travel as ISO text only (no numbers read as timestamps)."""
    if not isinstance(value, str):
        raise ValueError("expected ISO date text")
    return value


def _format_version(value: Any) -> int:
    """An integer from 1 (still read) to ours: ``true`` and ``1.0`` are not a version."""
    if type(value) is not int or not 1 <= value <= FORMAT_VERSION:
        raise ValueError(f"expected an integer from 1 to {FORMAT_VERSION}")
    return value


def _stored_float(value: Any) -> float | int:
    """A finite float, or an integer SQLite can bind (a REAL column makes it a float)."""
    if type(value) is float and math.isfinite(value):
        return value
    if type(value) is int and INT_MIN <= value <= INT_MAX:
        return value
    raise ValueError("expected a finite number within the range the store holds")


StoredInt = Annotated[StrictInt, Field(ge=INT_MIN, le=INT_MAX)]
StoredFloat = Annotated[float, PlainValidator(_stored_float)]


class AttachmentEntry(BaseModel):
    """An attachment file of the bundle: ``attachments/<id>``, its size and SHA-256."""

    model_config = ConfigDict(extra="forbid")
    id: Id
    size: StrictInt = Field(ge=0, le=INT_MAX)
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Scope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["project", "team", "workshop"]
    id: Id


def _data_table(value: Any) -> str:
    if type(value) is not str or value not in {t.name for t in TABLES}:
        raise ValueError("expected the name of a data table")
    return value


class Tombstone(BaseModel):
    """A deletion the bundle carries (format 4): the row ``id`` of ``table`` was deleted at
    version ``rev`` on ``device``; ``parent_id`` is the row that owned it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    table: Annotated[str, PlainValidator(_data_table)]
    id: Id
    parent_id: Id | None = None
    rev: StrictStr = Field(max_length=32)
    deleted_at: Annotated[AwareDatetime, BeforeValidator(_text)]
    device: StrictStr = Field(max_length=64)


class Manifest(BaseModel):
    """``manifest.json``: what the bundle is, who made it and what it holds."""

    model_config = ConfigDict(extra="forbid")
    format: Literal["labinov-bundle"]
    format_version: Annotated[int, PlainValidator(_format_version)]
    app_version: StrictStr
    created_at: Annotated[AwareDatetime, BeforeValidator(_text)]
    device_id: StrictStr = Field(max_length=64)
    scope: Scope
    documents: list[Annotated[str, Field(pattern=r"^(projects|frames)/[0-9a-fA-F-]{36}\.json$")]]
    attachments: list[AttachmentEntry] = []
    tombstones: list[Tombstone] = []  # format 4: every deletion of the scope


REQUIRED = ("id", "created_at", "updated_at")
_FAST_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00")


def stored_text(value: Any) -> str:
    """ISO 8601 date-time text with an offset → how the column stores it (naive UTC text
    with microseconds). Rows are validated straight into the stored form: an import writes
    tens of thousands of timestamps, and datetime objects would only be turned back."""
    if type(value) is not str or len(value) > 40:
        raise ValueError("expected ISO date-time text with a UTC offset")
    return _stored_text(value)


@lru_cache(maxsize=4096)
def _stored_text(value: str) -> str:
    """``stored_text`` of a string; memoized, as a pure function: a row's ``created_at``
    and ``updated_at`` are often equal, and rows made together share their times."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("expected ISO date-time text with a UTC offset") from None
    if parsed.tzinfo is None:
        raise ValueError("expected ISO date-time text with a UTC offset")
    if _FAST_TIME.fullmatch(value):  # what Labinov writes: already UTC
        return f"{value[:10]} {value[11:26]}"
    try:
        return stored_time(parsed)
    except OverflowError:  # 9999-12-31T23:59-23:59 is past the last UTC time Python holds
        raise ValueError("date-time out of range") from None


def date_text(value: Any) -> str:
    """ISO date text, checked (a real date), kept as text (how the column stores it)."""
    if not isinstance(value, str) or len(value) > 10:
        raise ValueError("expected ISO date text")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError("expected ISO date text") from None


StoredTime = Annotated[str, PlainValidator(stored_text)]
DateText = Annotated[str, PlainValidator(date_text)]


def _column_type(model: type, table: Table, name: str) -> Any:
    column = table.c[name]
    kind: Any = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl  # UtcDateTime is a DateTime underneath
    if isinstance(kind, DateTime):
        annotation: Any = StoredTime
    elif isinstance(kind, Date):
        annotation = DateText
    elif isinstance(kind, Boolean):
        annotation = StrictBool
    elif isinstance(kind, Integer):
        annotation = StoredInt
    elif isinstance(kind, Float):
        annotation = StoredFloat
    elif isinstance(kind, JSON):
        field = model.model_fields.get(name)  # type: ignore[attr-defined]
        annotation = field.annotation if field is not None else dict[str, Any] | list[Any]
    elif isinstance(kind, String):
        length = getattr(kind, "length", None)
        pattern = ID_PATTERN if name == "id" or column.foreign_keys else None
        annotation = Annotated[StrictStr, Field(max_length=length, pattern=pattern)]
    else:
        annotation = Any
    if column.nullable:
        annotation = annotation | None
    return annotation


def _model(table_name: str) -> Any:
    return next(m for m in ALL_TABLES if m.__table__.name == table_name)  # type: ignore[attr-defined]


@cache
def row_type(table_name: str) -> Any:
    """A strict TypedDict of one row of ``table_name`` (binary columns excluded); columns
    with a default may be missing (``defaults`` fills them). A TypedDict validates straight
    into plain dicts, about three times faster than models plus ``model_dump``."""
    model = _model(table_name)
    table: Table = model.__table__
    fields: dict[str, Any] = {}
    for column in columns(table):
        if isinstance(column.type, LargeBinary):
            continue
        annotation = _column_type(model, table, column.name)
        required = column.name in REQUIRED or (
            _default(model, column.name) is ... and not column.nullable
        )
        fields[column.name] = Required[annotation] if required else NotRequired[annotation]
    return _typed_dict(f"{model.__name__}Row", fields)


@cache
def defaults(table_name: str) -> tuple[tuple[str, Callable[[], Any]], ...]:
    """(column, make default) for the optional columns of ``table_name``, as the model
    defines them; fills what an older bundle leaves out."""
    model = _model(table_name)
    out: list[tuple[str, Callable[[], Any]]] = []
    for column in columns(model.__table__):
        if isinstance(column.type, LargeBinary) or column.name in REQUIRED:
            continue
        field = model.model_fields.get(column.name)
        if field is not None and field.default_factory is not None:
            factory = field.default_factory
            kind: Any = column.type
            kind = kind.impl if isinstance(kind, TypeDecorator) else kind
            if isinstance(kind, DateTime):
                out.append((column.name, partial(_stored_now, factory)))
            else:
                out.append((column.name, factory))
        elif field is not None and not field.is_required():
            value = field.default
            out.append((column.name, partial(copy.deepcopy, value)))
        elif column.nullable:
            out.append((column.name, lambda: None))
    return tuple(out)


@cache
def column_count(table_name: str) -> int:
    """How many columns a complete row of ``table_name`` has (binary columns excluded)."""
    return sum(
        not isinstance(column.type, LargeBinary) for column in columns(_model(table_name).__table__)
    )


def _stored_now(factory: Callable[[], Any]) -> str:
    return stored_time(factory())


def _default(model: type, name: str) -> Any:
    field = model.model_fields.get(name)  # type: ignore[attr-defined]
    if field is None or field.is_required():
        return ...
    if field.default_factory is not None:
        return Field(default_factory=field.default_factory)
    return field.default


@cache
def document_adapter() -> TypeAdapter[Any]:
    """Validator of one document: ``{"kind", "id", "title", "tables": {name: [rows]}}``;
    validates JSON bytes directly (``validate_json``). Rows come out as dicts."""
    rows: dict[str, Any] = {t.name: NotRequired[list[row_type(t.name)]] for t in TABLES}  # type: ignore[misc]
    tables = _typed_dict("Tables", rows)
    document = _typed_dict(
        "Document",
        {
            "kind": Literal["project", "frame"],
            "id": Id,
            "title": NotRequired[StrictStr],
            "tables": tables,
        },
    )
    return TypeAdapter(document)


def _typed_dict(name: str, fields: dict[str, Any]) -> Any:
    """A TypedDict built at run time from the tables (so mypy cannot check it), refusing
    unknown keys."""
    make: Any = TypedDict
    made = make(name, fields)
    made.__pydantic_config__ = ConfigDict(extra="forbid")
    return made
