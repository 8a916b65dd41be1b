"""USG prioritisation (METHOD.md §3): Urgency, Seriousness, Growth, each scored 1–5.

total = U + S + G; problems are ranked by total, ties broken by U, then S; rank 1 is the
chosen problem. Rows still missing a score have no total and no rank. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SCORES = ("u", "s", "g")


@dataclass(frozen=True)
class Ranked:
    index: int  # position of the row in the worksheet
    total: int | None
    rank: int | None


def total(row: dict[str, Any]) -> int | None:
    values = [row.get(key) for key in SCORES]
    if any(not isinstance(value, int) for value in values):
        return None
    return sum(values)  # type: ignore[arg-type]


def rank(rows: list[dict[str, Any]]) -> list[Ranked]:
    """Each row's total and rank, in worksheet order. Equal (total, U, S) share a rank."""
    scored = [(i, total(row)) for i, row in enumerate(rows)]

    def key(i: int) -> tuple[int, int, int]:
        row = rows[i]
        return (scored[i][1] or 0, row["u"], row["s"])

    order = sorted((i for i, value in scored if value is not None), key=key, reverse=True)
    ranks: dict[int, int] = {}
    for position, i in enumerate(order, start=1):
        previous = order[position - 2] if position > 1 else None
        same = previous is not None and key(previous) == key(i)
        ranks[i] = ranks[previous] if same and previous is not None else position
    return [Ranked(i, value, ranks.get(i)) for i, value in scored]


def chosen(rows: list[dict[str, Any]]) -> int | None:
    """Index of the chosen problem (first of rank 1), or None when none is fully scored."""
    for ranked in sorted(rank(rows), key=lambda r: (r.rank is None, r.rank or 0, r.index)):
        return ranked.index if ranked.rank is not None else None
    return None
