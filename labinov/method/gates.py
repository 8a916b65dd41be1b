"""What a stage needs to be done: its required worksheet fields, filled (METHOD.md §1).

The required fields come from ``resources/method/worksheets.json`` (``"required": true``),
so a changed method is a data change. ``missing`` names the outputs still lacking, in the
user's language; ``progress`` gives the navigator's "3/5". No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method.stages import STAGES, Stage
from labinov.method.worksheets import Field, is_filled, worksheet


@dataclass(frozen=True)
class Progress:
    filled: int
    required: int

    @property
    def complete(self) -> bool:
        return self.filled >= self.required

    @property
    def ratio(self) -> float:
        return self.filled / self.required if self.required else 1.0

    def __str__(self) -> str:
        return f"{self.filled}/{self.required}"


@cache
def required_fields(stage: Stage | str) -> tuple[Field, ...]:
    """Cached: the workshop overview asks this for every stage of every project."""
    return tuple(item for item in worksheet(stage) if item.required)


def missing(stage: Stage | str, answers: dict[str, Any], language: str = "id") -> list[str]:
    """Titles of the required fields not yet filled, in worksheet order."""
    return [
        item.title(language)
        for item in required_fields(stage)
        if not is_filled(item, answers.get(item.key))
    ]


def progress(stage: Stage | str, answers: dict[str, Any]) -> Progress:
    needed = required_fields(stage)
    done = sum(1 for item in needed if is_filled(item, answers.get(item.key)))
    return Progress(done, len(needed))


def all_progress(answers_by_stage: dict[str, dict[str, Any]]) -> dict[str, Progress]:
    """Progress of all five stages from ``{stage: answers}`` (absent stages count as empty)."""
    return {
        stage.value: progress(stage, answers_by_stage.get(stage.value) or {}) for stage in STAGES
    }
