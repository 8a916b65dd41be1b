"""How ready a project is: stage completeness and the proposal texts against their limits.

The proposal outline is data owned by the report (``resources/proposal/kipp_2023.json``,
METHOD.md §5): sections with parts, each with a word limit and ``fill`` groups of sources
(``profile:KEY``, ``answers:STAGE.KEY[.SUB]``, ``answers:STAGE``, or an object with
``from`` — one reference or alternatives —, ``row`` templates and ``sum``; see
``labinov/report/outline.py``); the first group that gives any text fills the part, and
its words are counted as the PDF counts them (labels are not counted): both compose the
texts with ``labinov.method.proposal_text``. The outline is read here as plain data so
services never import the report. When the outline file is absent, readiness is stage
completeness only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from labinov.method.proposal_text import compose, resolve
from labinov.method.stages import pick
from labinov.method.worksheets import word_count
from labinov.paths import resource

OUTLINE = "kipp_2023"
GENERAL, REPLICATION = "umum", "replikasi"


@dataclass(frozen=True)
class ProposalPart:
    """One proposal text: its title, words written and the limit (None: no limit).

    ``drafted``: the part's own answers are empty and a later ``fill`` group composed it
    from other answers (the PDF prints it, and its readiness appendix lists it)."""

    section: str
    part: str
    title: str
    words: int
    max_words: int | None
    drafted: bool = False

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


def source_text(
    source: Any, profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str
) -> str:
    """The text one outline source gives (a reference, or ``{"from": …, "row": …}``)."""
    if isinstance(source, str):
        source = {"from": source}
    refs = source.get("from")
    return compose(
        [str(ref) for ref in (refs if isinstance(refs, list) else [refs])],
        lambda ref: resolve(ref, profile, lambda stage: answers.get(stage) or {}),
        language,
        source.get("row"),
        source.get("sep", ", "),
        source.get("sum"),
    )


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
            words, drafted = 0, False
            for index, sources in enumerate(part.get("fill", [])):
                # the first group giving any text fills the part; each source its own words
                words = sum(
                    word_count(source_text(source, profile, answers, language))
                    for source in sources
                )
                if words:
                    drafted = index > 0
                    break
            title = str(pick(section["title"], language))
            if part is not section and part.get("title"):
                title += " — " + str(pick(part["title"], language))
            result.append(
                ProposalPart(
                    section["key"], part["key"], title, words, part.get("max_words"), drafted
                )
            )
    return result
