"""What every benchmark reports: a figure, its baseline from the same run, and its budget."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure. ``budget`` is the absolute limit, ``ratio_budget`` the limit of
    value / baseline; either may be None."""

    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    budget: float | None = None
    ratio_budget: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def ok(self) -> bool:
        within = self.budget is None or self.value <= self.budget
        ratio = self.ratio
        return within and (self.ratio_budget is None or ratio is None or ratio <= self.ratio_budget)

    def line(self) -> str:
        text = f"{self.name}: {self.value:.3f} {self.unit}"
        if self.budget is not None:
            text += f" (budget {self.budget:g} {self.unit})"
        if self.baseline is not None:
            text += f"; baseline {self.baseline_name}: {self.baseline:.3f} {self.unit}"
            text += f"; ratio {self.ratio:.2f}"
            if self.ratio_budget is not None:
                text += f" (budget {self.ratio_budget:g}x)"
        return text + ("  OK" if self.ok else "  OVER BUDGET")


def median_time(function: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``repeats`` calls, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
