"""The ``.labinov`` bundle format, version 1 (see FORMAT.md), as pydantic models.

Row models are built from the tables' columns, so columns and tables added by other
features with a migration are validated (and travel) without edits here. A bundle from a
newer format version is refused with "update Labinov" before anything else is read.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    TypeAdapter,
    create_model,
)
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, String, Table
from sqlalchemy.types import TypeDecorator

from labinov.exchange.rows import TABLES
from labinov.store.models import ALL_TABLES

FORMAT_NAME = "labinov-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
ID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]


def _text(value: Any) -> Any:
    """Dates and times travel as ISO text only (no numbers read as timestamps)."""
    if not isinstance(value, str):
        raise ValueError("expected ISO date text")
    return value


class AttachmentEntry(BaseModel):
    """An attachment file of the bundle: ``attachments/<id>``, its size and SHA-256."""

    model_config = ConfigDict(extra="forbid")
    id: Id
    size: StrictInt = Field(ge=0)
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Scope(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["project", "team", "workshop"]
    id: Id


class Manifest(BaseModel):
    """``manifest.json``: what the bundle is, who made it and what it holds."""

    model_config = ConfigDict(extra="forbid")
    format: Literal["labinov-bundle"]
    format_version: Literal[1]
    app_version: StrictStr
    created_at: Annotated[AwareDatetime, BeforeValidator(_text)]
    device_id: StrictStr = Field(max_length=64)
    scope: Scope
    documents: list[Annotated[str, Field(pattern=r"^(projects|frames)/[0-9a-fA-F-]{36}\.json$")]]
    attachments: list[AttachmentEntry] = []


REQUIRED = ("id", "created_at", "updated_at")


def _column_type(model: type, table: Table, name: str) -> Any:
    column = table.c[name]
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl  # UtcDateTime is a DateTime underneath
    if isinstance(kind, DateTime):
        annotation: Any = Annotated[AwareDatetime, BeforeValidator(_text)]
    elif isinstance(kind, Date):
        annotation = Annotated[date, BeforeValidator(_text)]
    elif isinstance(kind, Boolean):
        annotation = StrictBool
    elif isinstance(kind, Integer):
        annotation = StrictInt
    elif isinstance(kind, Float):
        annotation = StrictFloat | StrictInt
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


def _default(model: type, name: str) -> Any:
    field = model.model_fields.get(name)  # type: ignore[attr-defined]
    if field is None or field.is_required():
        return ...
    if field.default_factory is not None:
        return Field(default_factory=field.default_factory)
    return field.default


@cache
def row_model(table_name: str) -> type[BaseModel]:
    """A strict pydantic model of one row of ``table_name`` (binary columns excluded)."""
    model = next(m for m in ALL_TABLES if m.__table__.name == table_name)  # type: ignore[attr-defined]
    table: Table = model.__table__  # type: ignore[attr-defined]
    fields: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, LargeBinary):
            continue
        default = ... if column.name in REQUIRED else _default(model, column.name)
        if default is ... and column.nullable:
            default = None
        fields[column.name] = (_column_type(model, table, column.name), default)
    return create_model(  # type: ignore[call-overload,no-any-return]
        f"{model.__name__}Row", __config__=ConfigDict(extra="forbid"), **fields
    )


@cache
def document_adapter() -> TypeAdapter[Any]:
    """Validator of one document: ``{"kind", "id", "title", "tables": {name: [rows]}}``."""
    tables = create_model(
        "Tables",
        __config__=ConfigDict(extra="forbid"),
        **{t.name: (list[row_model(t.name)], []) for t in TABLES},  # type: ignore[valid-type]
    )
    document = create_model(
        "Document",
        __config__=ConfigDict(extra="forbid"),
        kind=(Literal["project", "frame"], ...),
        id=(Id, ...),
        title=(StrictStr, ""),
        tables=(tables, ...),
    )
    return TypeAdapter(document)
