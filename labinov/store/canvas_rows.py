"""The rows of new canvas items and links, built one way for the services and the quick
start's boot store (no SQLAlchemy here: the boot store must not load it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from labinov.store.ids import new_id

Row = dict[str, Any]


def new_rows(
    canvas_id: str,
    items: Iterable[Mapping[str, Any]],
    links: Iterable[Mapping[str, Any]] | None,
    *,
    now: Any,
    token: str,
    defaults: Mapping[str, Any],
    check: Callable[[Row], object],  # checks, or cleans in place
) -> tuple[list[Row], list[Row]]:
    """Item rows (``defaults`` for missing fields, ``check`` on each) and link rows, with
    ``now`` as both time stamps and ``token`` as the version of rows given none."""
    item_rows = []
    for values in items:
        row = {key: values.get(key, default) for key, default in defaults.items()}
        check(row)
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
