"""A bundle import places a conflict's marked copy of a note as a sync does: beside the
note that stayed, covering no note of the canvas as the import leaves it (notes here and
notes the bundle brings), the same spot when the same bundle is imported into a copy of
the store."""

from __future__ import annotations

import shutil
from pathlib import Path

from labinov.exchange.export import export_bundle
from labinov.exchange.merge import import_bundle
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from tests.sync.conftest import covers, project_with_notes

SIZE = {"width": 120.0, "height": 80.0}


def _notes(store: Store, canvas: str) -> dict[str, dict]:
    return {item["id"]: item for item in Services(store).canvases.load(canvas)[0]}


def test_an_imported_conflict_copy_covers_no_note(
    laptop_a: Store, laptop_b: Store, tmp_path: Path
) -> None:
    a, b = Services(laptop_a), Services(laptop_b)
    one = project_with_notes(a, notes=2)
    first, right = one["items"]
    # the note right of the first one lies where a copy placed without looking would go
    a.canvases.update_items(
        {first: {"x": 0.0, "y": 0.0, **SIZE}, right: {"x": 136.0, "y": 0.0, **SIZE}}
    )
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "first.labinov")
    import_bundle(laptop_b, tmp_path / "first.labinov")
    a.canvases.update_items({first: {"text": "Versi A"}})
    # a note the bundle brings, just below the first one: the copy's next choice
    (below,) = a.canvases.add_items(one["canvas"], [{"text": "Baru", "x": 0.0, "y": 96.0, **SIZE}])
    b.canvases.update_items({first: {"text": "Versi B"}})
    export_bundle(laptop_a, "workshop", one["workshop"], tmp_path / "second.labinov")
    before = tmp_path / "laptop-b-before"
    shutil.copytree(tmp_path / "laptop-b", before)

    _plan, result = import_bundle(laptop_b, tmp_path / "second.labinov")
    assert result is not None and result.conflicts == 1
    ((table, copy_id),) = result.copies
    notes = _notes(laptop_b, one["canvas"])
    copy = notes.pop(copy_id)
    assert table == "canvasitem" and copy["text"] == "Versi A"
    assert notes[first]["text"] == "Versi B" and below in notes and right in notes
    assert not any(covers(copy, note) for note in notes.values())
    assert (copy["x"], copy["y"]) == (-136.0, 0.0)  # left of its note: right and below taken

    # the same bundle into the same store elsewhere: the very same copy, on the same spot
    again = open_store(user_paths(before))
    try:
        _plan, result = import_bundle(again, tmp_path / "second.labinov")
        assert result is not None and result.copies == [("canvasitem", copy_id)]
        twin = _notes(again, one["canvas"])[copy_id]
        assert (twin["x"], twin["y"]) == (copy["x"], copy["y"])
    finally:
        again.dispose()
