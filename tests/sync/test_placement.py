"""Where a conflict's copy of a canvas item lies (``labinov/sync/placement.py``): beside
the item that stayed, covering no other item of its layer, the same spot every time."""

from __future__ import annotations

import random

from labinov.sync.placement import GAP, beside, place_copies, rect


def item(name: str, x: float, y: float, w: float = 160.0, h: float = 110.0, **more: object) -> dict:
    return {"id": name, "kind": "note", "x": x, "y": y, "width": w, "height": h, **more}


def _covers(one: dict, other: dict) -> bool:
    x, y, w, h = rect(one)
    ox, oy, ow, oh = rect(other)
    return x < ox + ow and ox < x + w and y < oy + oh and oy < y + h


def test_on_a_free_board_the_copy_lies_right_of_the_note() -> None:
    stayed = item("n", 100.0, 50.0)
    assert beside(stayed, item("c", 0.0, 0.0)) == (100.0 + 160.0 + GAP, 50.0)
    # its own old spot (the losing version's) does not count, nor does the copy itself
    assert beside(stayed, item("c", 0.0, 0.0), [stayed, item("c", 276.0, 50.0)]) == (276.0, 50.0)


def test_a_row_of_neighbours_puts_it_below_then_the_nearest_free_cell() -> None:
    stayed = item("n", 0.0, 0.0)
    row = [stayed] + [item(f"r{i}", 170.0 * i, 10.0 * (i % 2)) for i in range(-3, 6) if i]
    assert beside(stayed, item("c", 0.0, 0.0), row) == (0.0, 110.0 + GAP)  # right is taken
    under = [*row, item("u", 40.0, 130.0)]  # below taken too: left is in the row: above
    assert beside(stayed, item("c", 0.0, 0.0), under) == (0.0, -110.0 - GAP)
    ring = [stayed] + [
        item(f"g{i}{j}", i * 176.0, j * 126.0) for i in (-1, 0, 1) for j in (-1, 0, 1) if i or j
    ]
    assert beside(stayed, item("c", 0.0, 0.0), ring) == (2 * 176.0, 0.0)  # the next ring


def test_frames_and_notes_do_not_block_each_other() -> None:
    stayed = item("n", 0.0, 0.0)
    frame = item("f", -20.0, -20.0, 900.0, 600.0, kind="frame")
    assert beside(stayed, item("c", 0, 0), [stayed, frame]) == (160.0 + GAP, 0.0)
    other_frame = item("g", 0.0, 0.0, 300.0, 300.0, kind="frame")
    copy = item("c", 0, 0, 300.0, 300.0, kind="frame")
    # the first ring lies on the big frame, and so does the next cell right: below it
    assert beside(other_frame, copy, [other_frame, frame, stayed]) == (0.0, 632.0)


def test_a_crowded_board_never_covered_and_the_same_spot_every_time() -> None:
    rng = random.Random(7)
    board = [
        item(f"i{i}", rng.uniform(0, 2000), rng.uniform(0, 1200), rng.uniform(60, 300),
             rng.uniform(40, 200))
        for i in range(300)
    ]  # fmt: skip
    for stayed in board[:40]:
        copy = item("copy", 0.0, 0.0, stayed["width"], stayed["height"])
        spot = beside(stayed, copy, board)
        assert spot == beside(stayed, copy, list(reversed(board)))  # order does not matter
        placed = {**copy, "x": spot[0], "y": spot[1]}
        assert not any(_covers(placed, other) for other in board)
        assert abs(spot[0] - stayed["x"]) < 6000 and abs(spot[1] - stayed["y"]) < 6000


def test_copies_of_one_canvas_are_placed_in_order_of_id_around_each_other() -> None:
    """The one rule of a sync and an import (``place_copies``): a copy already written (a
    retry finds it) is no obstacle, and each copy counts for those placed after it."""
    stayed = item("n", 0.0, 0.0, canvas_id="k")
    second, first = item("c2", 9.0, 9.0, canvas_id="k"), item("c1", 9.0, 9.0, canvas_id="k")
    canvases: list[str] = []

    def items_of(canvas: str) -> dict[str, dict]:
        canvases.append(canvas)
        return {"n": stayed, "c1": item("c1", 176.0, 0.0)}  # c1 written by a first try

    place_copies([(second, stayed), (first, stayed)], items_of)
    assert canvases == ["k"]
    assert (first["x"], first["y"]) == (160.0 + GAP, 0.0)  # right of n: its old spot is free
    assert (second["x"], second["y"]) == (0.0, 110.0 + GAP)  # right is c1's now: below
