"""How ready a project is: stage completeness and the proposal texts against their limits.

The proposal outline is data owned by the report (``resources/proposal/kipp_2023.json``,
METHOD.md §5): sections with parts, each with a word limit and ``fill`` groups of sources
(``profile:KEY`` or ``answers:STAGE.KEY[.SUB]``); the first group that gives any text fills
the part, as the PDF does. Read here as plain data so services never import the report.
When the outline file is absent, readiness is stage completeness only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method.stages import pick
from labinov.method.worksheets import word_count
from labinov.paths import resource

OUTLINE = "kipp_2023"
GENERAL, REPLICATION = "umum", "replikasi"


@dataclass(frozen=True)
class ProposalPart:
    """One proposal text: its title, words written and the limit (None: no limit)."""

    section: str
    part: str
    title: str
    words: int
    max_words: int | None

    @property
    def empty(self) -> bool:
        return self.words == 0

    @property
    def over(self) -> int:
        return max(0, self.words - self.max_words) if self.max_words else 0


@cache
def load_outline(key: str = OUTLINE) -> dict[str, Any] | None:
    try:
        path = resource("proposal", f"{key}.json")
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError):
        return None


def as_text(value: Any) -> str:
    """A worksheet or profile value as text: lists become lines, dicts their values."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "\n".join(t for t in (as_text(v) for v in value) if t)
    if isinstance(value, dict):
        return "; ".join(t for t in (as_text(v) for v in value.values()) if t)
    return str(value)


def resolve(ref: str, profile: dict[str, Any], answers: dict[str, dict[str, Any]]) -> Any:
    kind, _, path = ref.partition(":")
    if kind == "profile":
        return profile.get(path)
    if kind == "answers":
        stage, _, rest = path.partition(".")
        current: Any = answers.get(stage) or {}
        for key in rest.split(".") if rest else []:
            if not isinstance(current, dict):
                return None
            current = current.get(key)
        return current
    return None


def proposal_parts(
    profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str = "id"
) -> list[ProposalPart] | None:
    """Every proposal part of the project's group with its word count; None without outline."""
    outline = load_outline()
    if outline is None:
        return None
    replication = any(profile.get(k) for k in outline.get("replication_when_profile", ()))
    group = REPLICATION if replication else GENERAL
    result = []
    for section in outline["sections"]:
        if group not in section.get("groups", (GENERAL, REPLICATION)):
            continue
        parts = section.get("parts") or [section]
        for part in parts:
            text = ""
            for sources in part.get("fill", []):
                refs = [s if isinstance(s, str) else s["from"] for s in sources]
                text = "\n".join(
                    t for t in (as_text(resolve(r, profile, answers)) for r in refs) if t
                )
                if text:
                    break
            title = str(pick(section["title"], language))
            if part is not section and part.get("title"):
                title += " — " + str(pick(part["title"], language))
            result.append(
                ProposalPart(
                    section["key"], part["key"], title, word_count(text), part.get("max_words")
                )
            )
    return result
