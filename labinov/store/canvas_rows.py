"""A canvas item's rules and the rows of new items and links, one way for the services,
the ORM model's column defaults and the quick start's boot store (no SQLAlchemy here: the
boot store must not load it, ``store/boot_store.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.store.ids import new_id

Row = dict[str, Any]

# an item's own fields and what a new one gets for those it does not give; the model's
# column defaults (``models.CanvasItem``) are taken from here
ITEM_DEFAULTS: Mapping[str, Any] = MappingProxyType(
    {
        "kind": "note",
        "x": 0.0,
        "y": 0.0,
        "width": 160.0,
        "height": 110.0,
        "text": "",
        "colour": "yellow",
        "zone": None,
        "votes": 0,
        "z": 0.0,
        "locked": False,
    }
)
ITEM_FIELDS = tuple(ITEM_DEFAULTS)
ITEM_KINDS = ("note", "text", "frame", "image")
# what an edit may change: the fields and the row's new version (``ids.versioned``)
WRITABLE = frozenset((*ITEM_FIELDS, "rev"))
MAX_TEXT = 20_000


def check_item(values: Mapping[str, Any]) -> None:
    """Refuse an unknown kind (a programming error) or a text over ``MAX_TEXT`` (the
    user's: a clear message)."""
    kind = values.get("kind", "note")
    if kind not in ITEM_KINDS:
        raise ValueError(f"unknown canvas item kind {kind!r}")
    if len(values.get("text") or "") > MAX_TEXT:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A note may hold at most {limit} characters."),
            limit=MAX_TEXT,
        )


def check_changes(changes: Mapping[str, Mapping[str, Any]]) -> None:
    """Refuse an edit of a field an item does not have or may not change, or a text
    over the limit."""
    shapes = {tuple(fields) for fields in changes.values()}  # one check per shape
    for names in shapes:
        if not WRITABLE.issuperset(names):
            raise ValueError(f"not editable: {sorted(set(names) - WRITABLE)}")
    if any("text" in names for names in shapes):
        for fields in changes.values():
            if "text" in fields:
                check_item({"text": fields["text"]})


def restricted(
    previous: Mapping[str, Mapping[str, Any]], changes: Mapping[str, Mapping[str, Any]]
) -> dict[str, Row] | None:
    """``previous`` cut to the fields of ``changes``, or None when it lacks one."""
    try:
        return {i: {k: previous[i][k] for k in fields} for i, fields in changes.items()}
    except KeyError:
        return None


def seen_by_caller(held: dict[str, Row], previous: Mapping[str, Mapping[str, Any]] | None) -> None:
    """In the values read for undo (``held``), the version the caller saw wherever it
    gave one: that version, not the one just read, must still be stored for the write."""
    for item_id, fields in (previous or {}).items():
        if "rev" in fields and item_id in held:
            held[item_id]["rev"] = fields["rev"]


def new_rows(
    canvas_id: str,
    items: Iterable[Mapping[str, Any]],
    links: Iterable[Mapping[str, Any]] | None,
    *,
    now: Any,
    token: str,
) -> tuple[list[Row], list[Row]]:
    """Item rows (``ITEM_DEFAULTS`` for missing fields, checked) and link rows, with
    ``now`` as both time stamps and ``token`` as the version of rows given none."""
    item_rows = []
    for values in items:
        row = {key: values.get(key, default) for key, default in ITEM_DEFAULTS.items()}
        check_item(row)
        row.update(id=values.get("id") or new_id(), canvas_id=canvas_id)
        row.update(attachment_id=values.get("attachment_id"), created_at=now, updated_at=now)
        row["rev"] = values.get("rev") or token
        item_rows.append(row)
    link_rows = [
        {
            "id": values.get("id") or new_id(),
            "canvas_id": canvas_id,
            "source_id": values["source_id"],
            "target_id": values["target_id"],
            "label": values.get("label", ""),
            "arrow": values.get("arrow", True),
            "created_at": now,
            "updated_at": now,
            "rev": values.get("rev") or token,
        }
        for values in links or []
    ]
    return item_rows, link_rows
