"""How the overview's columns share the width (plain numbers, no widgets)."""

from __future__ import annotations

from labinov.gui.moderator.column_fit import FILL, Column, fit_columns

# team, innovation, stage wrap; stages done and the bar do not
TEAM = Column(natural=520, least=150, wraps=True, pad=14)
PROJECT = Column(natural=560, least=120, wraps=True, pad=14)
STAGE = Column(natural=330, least=190, wraps=True, pad=14, tightest=130)
DONE = Column(natural=150, least=90, wraps=False, pad=14)
BAR = Column(natural=240, least=140, wraps=False, pad=14, tightest=120)
COLUMNS = [TEAM, PROJECT, STAGE, DONE, BAR]


def fit(room: int) -> tuple[list[int], set[int]]:
    return fit_columns(COLUMNS, room, widest=1, max_lines=4, narrowest=80)


def test_room_for_all_gives_the_rest_to_the_widest() -> None:
    widths, narrowed = fit(2000)
    assert widths == [520, 560 + 200, 330, 150, 240] and narrowed == set()


def test_headings_wrap_before_any_text() -> None:
    widths, narrowed = fit(1700)  # 1800 wanted; the fixed columns give up 160 at most
    assert widths[:3] == [520, 560, 330] and narrowed == set()
    assert sum(widths) == 1700 and widths[3] < 150 and widths[4] < 240


def lines(column: Column, width: int) -> float:
    """How many lines the column's longest text takes at ``width`` (at FILL)."""
    return (column.natural - column.pad) / ((width - column.pad) * FILL)


def test_wrapping_columns_take_even_lines() -> None:
    widths, narrowed = fit(1000)
    assert narrowed == {0, 1, 2} and sum(widths) == 1000
    assert widths[3:] == [90, 140]  # headings on two lines, the bar short
    # two lines do not fit all three: three lines do, and what is left brings the stage
    # and the team to two
    taken = [lines(c, w) for c, w in zip(COLUMNS[:3], widths[:3], strict=True)]
    assert max(taken) <= 3 and sorted(round(n + 0.49) for n in taken) == [2, 2, 3]


def test_short_names_stay_on_one_line() -> None:
    """Spare room goes to the columns closest to a line fewer: two short names keep one
    line while the long stage wraps."""
    short = [
        Column(natural=170, least=120, wraps=True, pad=14),
        Column(natural=160, least=90, wraps=True, pad=14),
        Column(natural=330, least=190, wraps=True, pad=14),
        DONE,
        BAR,
    ]
    widths, narrowed = fit_columns(short, 846, widest=1, max_lines=4, narrowest=80)
    assert widths[:2] == [170, 160] and narrowed == {2} and sum(widths) == 846


def test_a_narrow_window_keeps_words_whole_then_breaks_them() -> None:
    widths, narrowed = fit(640)  # four lines do not fit: the floors, grown evenly
    assert sum(widths) == 640 and narrowed == {0, 1, 2}
    assert widths[0] >= TEAM.least and widths[1] >= PROJECT.least
    assert widths[2] >= STAGE.tightest  # type: ignore[operator]
    widths, _ = fit(500)  # not even the longest words: equal shares, not below narrowest
    assert widths[3:] == [90, 120] and widths[0] == widths[1] == widths[2] >= 80
