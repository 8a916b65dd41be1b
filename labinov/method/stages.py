"""The five stages of the 5D method, loaded from ``resources/method/stages.json``."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Any, NamedTuple

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.paths import resource


class Stage(StrEnum):
    DRUM_UP = "drum_up"
    DIAGNOSE = "diagnose"
    DESIGN = "design"
    DELIVERY = "delivery"
    DISPLAY = "display"


STAGES: tuple[Stage, ...] = tuple(Stage)


class StageStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


# Words shown for each status; translate with context "Status"
STATUS_LABELS: dict[str, str] = {
    StageStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Status", "not started"),
    StageStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Status", "in progress"),
    StageStatus.DONE: QT_TRANSLATE_NOOP("Status", "done"),
}


Localized = dict[str, Any]  # {"id": ..., "en": ...}


def pick(text: Localized | str, language: str) -> Any:
    """The ``language`` version of a bilingual value, falling back to Indonesian."""
    if isinstance(text, dict):
        return text.get(language) or text.get("id") or ""
    return text


# A NamedTuple, not a frozen dataclass: a dataclass compiles its generated methods when
# its module loads (~1 ms each before the first paint of the window)
class StageContent(NamedTuple):
    """What a stage asks: its name, question, goal, steps, guiding questions, outputs, tips."""

    stage: Stage
    number: int
    data: dict[str, Any]

    def text(self, key: str, language: str) -> Any:
        return pick(self.data.get(key, ""), language)

    def name(self, language: str) -> str:
        return str(self.text("name", language))


@cache
def load_stage_contents() -> dict[Stage, StageContent]:
    import json  # here: the navigator's first paint needs the stage names only later

    raw = json.loads(resource("method", "stages.json").read_text(encoding="utf-8"))
    contents = {}
    for number, entry in enumerate(raw["stages"], start=1):
        stage = Stage(entry["id"])
        contents[stage] = StageContent(stage, number, entry)
    missing = set(STAGES) - set(contents)
    if missing:
        raise ValueError(f"stages.json lacks {sorted(missing)}")
    return contents


def stage_content(stage: Stage | str) -> StageContent:
    return load_stage_contents()[Stage(stage)]
