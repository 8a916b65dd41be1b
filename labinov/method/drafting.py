"""Honest drafting: what the proposal says about a text it composed from other answers.

A proposal part is *drafted* when its text comes from another field than its own: a later
``fill`` group of the outline, or an alternative reference after the first (Implementasi
from the profile's "Rancang bangun" instead of Design ▸ How it works). The PDF section,
the readiness view and the appendix name the source ("disusun dari jawaban lain: …").
A drafted part is also checked for two defects real drafts had: it repeats another
section's sentences (the IID "Rancang bangun" often holds the background), or it is too
thin to stand as a section (a bare date). Plain Python, read by the report and services.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from labinov.method.stages import Localized, pick

THIN_WORDS = 15  # fewer words than this: a drafted part is flagged as too thin
REPEAT_WORDS = 5  # a shared sentence counts as a repeat when it has this many words
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Drawn:
    """A source's text and the reference it came from (``own``: the part's own field)."""

    text: str
    ref: str
    own: bool


def draw(refs: Sequence[str], text_of: Callable[[str], str], own: bool) -> Drawn | None:
    """The text of the first reference that gives one; only the first reference of a
    source in the part's first ``fill`` group is the part's own field."""
    for index, ref in enumerate(refs):
        text = text_of(ref)
        if text:
            return Drawn(text, ref, own and index == 0)
    return None


def sentences(text: str) -> set[str]:
    """The sentences of ``text`` as word sequences (case and punctuation ignored), those of
    at least ``REPEAT_WORDS`` words: short fragments ("Ya.") repeat by chance."""
    found = set()
    for chunk in _SENTENCE_END.split(text or ""):
        words = _WORD.findall(chunk.casefold())
        if len(words) >= REPEAT_WORDS:
            found.add(" ".join(words))
    return found


def repeats(texts: dict[str, str], drafted: set[str]) -> dict[str, list[str]]:
    """For each drafted key, the other keys whose text shares a sentence with it."""
    own = {key: sentences(text) for key, text in texts.items()}
    result: dict[str, list[str]] = {}
    for key in texts:
        if key not in drafted or not own[key]:
            continue
        shared = [other for other in texts if other != key and own[key] & own[other]]
        if shared:
            result[key] = shared
    return result


def thin(words: int, drafted: bool) -> bool:
    return drafted and 0 < words < THIN_WORDS


def ref_place(ref: str, label: Localized | None, language: str, profile_word: str) -> str:
    """Where a reference is written, for people: "Profil inovasi ▸ Rancang bangun …",
    "Design ▸ How it works"; "" for an unknown reference."""
    from labinov.method import worksheets
    from labinov.method.profile import profile_field
    from labinov.method.stages import stage_content

    kind, _, path = ref.partition(":")
    try:
        if kind == "profile":
            return f"{profile_word} ▸ {profile_field(path).label(language)}"
        stage, _, key = path.partition(".")
        place = stage_content(stage).name(language)
        if key:
            place += f" ▸ {worksheets.field_of(stage, key.split('.')[0]).title(language)}"
        elif label:  # several fields of the stage, named by the label
            place += f" ▸ {pick(label, language)}"
        return place
    except (KeyError, ValueError, StopIteration):
        return ""


def places(refs: Sequence[tuple[str, Any]], language: str, profile_word: str) -> str:
    """Distinct places of (reference, label) pairs, joined with "; "."""
    found: list[str] = []
    for ref, label in refs:
        place = ref_place(ref, label, language, profile_word)
        if place and place not in found:
            found.append(place)
    return "; ".join(found)
