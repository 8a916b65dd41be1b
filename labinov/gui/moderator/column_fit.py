"""How the overview's columns share a window's width (plain Python: measured by the table).

Each column says how wide it is with every text on one line (``natural``) and how narrow it
can go without cutting a word (``least``: headings on two lines, texts at their longest
word, the progress bar short). When the naturals do not fit, in this order:

1. the columns that do not wrap (stages done, the bar) go down to their least: their
   headings wrap onto two lines, the bar gets shorter;
2. the wrapping columns (team, innovation, stage) take the fewest lines that fit, each
   column as wide as its longest text needs for that many lines (never below its longest
   word), so a row's texts wrap evenly instead of one column wrapping five times beside
   another on one line; what is left brings the columns closest to a line fewer there;
3. when even ``max_lines`` lines do not fit, each keeps its longest word (the no-break
   spaces of the stage give way, headings take three lines) and the longest texts are cut
   short with "…" (the table gives a whole tooltip); only when the words do not fit either
   do they share the room equally (a long word then breaks inside).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FILL = 0.85  # a wrapped line is on average this full (words do not split)


@dataclass(frozen=True)
class Column:
    """One column's needs in pixels; ``pad`` is the air round its texts. ``tightest``, when
    below ``least``, is for a window too narrow for that: no-break spaces give way, a heading
    takes three lines."""

    natural: int
    least: int
    wraps: bool
    pad: int = 0
    tightest: int | None = None

    def for_lines(self, lines: int) -> int:
        """Wide enough to hold its longest text in ``lines`` lines (at ``FILL``)."""
        text = max(0, self.natural - self.pad)
        return min(self.natural, max(self.least, self.pad + math.ceil(text / (lines * FILL))))


def fit_columns(
    columns: list[Column], room: int, widest: int, max_lines: int, narrowest: int
) -> tuple[list[int], set[int]]:
    """The columns' widths in ``room`` pixels, and the wrapping columns made narrower than
    their natural width (their rows grow). ``widest`` takes what is left when all fit."""
    naturals = [column.natural for column in columns]
    spare = room - sum(naturals)
    if spare >= 0:
        naturals[widest] += spare
        return naturals, set()
    wrapping = [n for n, column in enumerate(columns) if column.wraps]
    fixed = [n for n, column in enumerate(columns) if not column.wraps]
    widths = [column.least if not column.wraps else column.natural for column in columns]
    share = room - sum(widths[n] for n in fixed)
    left = share - sum(naturals[n] for n in wrapping)
    if left >= 0:  # every text on one line: the fixed columns widen again with what is left
        _grow(widths, naturals, fixed, left)
    elif sum(columns[n].for_lines(max_lines) for n in wrapping) <= share:
        _balance(columns, widths, wrapping, share, max_lines)
    else:
        _squeeze(columns, widths, room, max_lines, narrowest)
    return widths, {n for n in wrapping if widths[n] < naturals[n]}


def _balance(
    columns: list[Column], widths: list[int], wrapping: list[int], share: int, max_lines: int
) -> None:
    """The fewest lines that fit for all; then, with what is left, the columns closest to
    one line fewer get it first (two short names on one line each rather than three
    columns of two lines), none below its longest word."""
    lines = next(
        n
        for n in range(2, max_lines + 1)
        if sum(columns[c].for_lines(n) for c in wrapping) <= share or n == max_lines
    )
    for c in wrapping:
        widths[c] = columns[c].for_lines(lines)
    spare = share - sum(widths[c] for c in wrapping)
    longest = set(wrapping)  # the columns still at the most lines
    for fewer in range(lines - 1, 0, -1):
        gaps = sorted((columns[c].for_lines(fewer) - widths[c], c) for c in wrapping)
        for gap, c in gaps:
            if 0 < gap <= spare:
                widths[c] += gap
                spare -= gap
                longest.discard(c)
    # the rest to the columns left at the most lines: their shorter texts may take fewer
    naturals = [column.natural for column in columns]
    for group in (longest, set(wrapping)):
        narrowed = [c for c in group if widths[c] < naturals[c]]
        before = sum(widths)
        _grow(widths, naturals, narrowed, spare)
        spare -= sum(widths) - before


def _squeeze(
    columns: list[Column], widths: list[int], room: int, max_lines: int, narrowest: int
) -> None:
    """Too narrow for every text on ``max_lines`` lines: no word cut while the longest words
    fit (the longest texts end in "…"), the fixed columns' headings on three lines if need
    be; else the short texts keep their width and the longer ones share the rest equally."""
    wrapping = [n for n, column in enumerate(columns) if column.wraps]
    fixed = [n for n, column in enumerate(columns) if not column.wraps]
    floors = [column.tightest or column.least for column in columns]
    for n in wrapping:
        widths[n] = floors[n]
    for n in fixed:
        widths[n] = floors[n]
    left = room - sum(widths)
    if left >= 0:
        _grow(widths, [column.least for column in columns], fixed, left)
        targets = [column.for_lines(max_lines) for column in columns]
        _grow(widths, targets, wrapping, room - sum(widths))
        return
    share = room - sum(widths[n] for n in fixed)
    naturals = [column.natural for column in columns]
    waiting = sorted(wrapping, key=lambda n: naturals[n])
    while waiting:
        fair = max(0, share) // len(waiting)
        if naturals[waiting[0]] > fair:
            for n in waiting:
                widths[n] = max(narrowest, fair)
            break
        widths[waiting[0]] = naturals[waiting[0]]
        share -= naturals[waiting[0]]
        waiting.pop(0)


def _grow(widths: list[int], limits: list[int], columns: list[int], extra: int) -> None:
    """Share ``extra`` pixels among ``columns`` equally, none beyond its limit."""
    growing = sorted(columns, key=lambda n: limits[n] - widths[n])
    while growing and extra > 0:
        step = extra // len(growing)
        n = growing.pop(0)
        gain = min(step, limits[n] - widths[n]) if growing else min(extra, limits[n] - widths[n])
        widths[n] += gain
        extra -= gain
