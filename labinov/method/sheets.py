"""Further worksheets of a stage (``"sheets"`` in ``resources/method/worksheets.json``).

A stage's main worksheet holds the outputs its gate asks for. A further sheet is a tool of
the method with its own tab: COI's evaluation plan (Delivery), the giver's route of
spreading (Display), the receiver's route (Delivery, shown only for a replication: the
profile names a source, ``when_profile``). Its answers live in the same
``StageWork.answers`` as the main worksheet's (keys are unique per stage), so bundles,
undo and exports carry them with no schema change; they never block the stage gate.
A field may give ``rows``: suggested rows shown (and stored on the first edit) while the
answer is empty. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method.stages import Localized, Stage, pick
from labinov.method.worksheets import Field, data, further_fields, is_filled, worksheet


@dataclass(frozen=True)
class Sheet:
    key: str
    stage: Stage
    label: Localized
    help: Localized
    fields: tuple[Field, ...]
    when_profile: tuple[str, ...] = ()  # shown only when one of these profile fields is set

    def title(self, language: str) -> str:
        return str(pick(self.label, language))

    def applies(self, profile: dict[str, Any] | None) -> bool:
        if not self.when_profile:
            return True
        return any(str((profile or {}).get(k) or "").strip() for k in self.when_profile)

    def progress(self, answers: dict[str, Any]) -> tuple[int, int]:
        """(filled, required) of this sheet's required fields."""
        needed = [f for f in self.fields if f.required]
        return sum(is_filled(f, answers.get(f.key)) for f in needed), len(needed)


@cache
def all_sheets() -> tuple[Sheet, ...]:
    raw = data()
    sheets = tuple(
        Sheet(
            key=entry["key"],
            stage=Stage(entry["stage"]),
            label=entry["label"],
            help=entry.get("help", {}),
            fields=further_fields()[entry["key"]][1],
            when_profile=tuple(entry.get("when_profile", ())),
        )
        for entry in raw.get("sheets", ())
    )
    for stage in Stage:
        keys = [f.key for f in worksheet(stage)]
        keys += [f.key for s in sheets if s.stage == stage for f in s.fields]
        if len(keys) != len(set(keys)):
            raise ValueError(f"worksheets.json: a key of {stage} is repeated in its sheets")
    return sheets


def sheets_of(stage: Stage | str, profile: dict[str, Any] | None = None) -> list[Sheet]:
    """The further sheets of ``stage`` (those that apply to ``profile`` when given)."""
    found = [s for s in all_sheets() if s.stage == Stage(stage)]
    return found if profile is None else [s for s in found if s.applies(profile)]


def sheet(key: str) -> Sheet:
    return next(s for s in all_sheets() if s.key == key)
