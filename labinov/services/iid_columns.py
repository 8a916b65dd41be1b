"""The IID columns of the consolidation table: supporting files, each innovation indicator
with its level and evidence, and the estimated score and rating (labelled *perkiraan*)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.method import competition, iid
from labinov.method.profile import profile_fields
from labinov.method.stages import pick
from labinov.services.attachments import FileInfo

SUPPORTING = QT_TRANSLATE_NOOP("Consolidation", "Supporting data (files)")
INDICATOR = QT_TRANSLATE_NOOP("Consolidation", "IID {number}: {name}")
SCORE = QT_TRANSLATE_NOOP("Consolidation", "IID score, estimate (%)")
RATING = QT_TRANSLATE_NOOP("Consolidation", "IID rating, estimate")
ESTIMATE = QT_TRANSLATE_NOOP("Consolidation", "{rating} (estimate)")
EVIDENCE = QT_TRANSLATE_NOOP("Consolidation", "evidence: {text}")
FILES = QT_TRANSLATE_NOOP("Consolidation", "files: {names}")
LETTER = QT_TRANSLATE_NOOP("Consolidation", "Letter: {name}")


def headers(translate: Callable[[str, str], str], language: str) -> list[str]:
    found = [translate("Consolidation", SUPPORTING)]
    for indicator in iid.indicators():
        found.append(
            translate("Consolidation", INDICATOR).format(
                number=indicator.no, name=indicator.label(language)
            )
        )
    return [*found, translate("Consolidation", SCORE), translate("Consolidation", RATING)]


def _purpose_name(info: FileInfo, language: str, translate: Callable[[str, str], str]) -> str:
    labels = {f"field:{f.key}": f.label(language) for f in profile_fields()}
    if info.purpose in labels:
        return labels[info.purpose]
    if info.kind == "indicator":
        return f"IID {info.key}"
    if info.kind == "letter":
        labels = {c["key"]: c["label"] for c in competition.letter_choices()}
        name = pick(labels[info.key], language) if info.key in labels else info.key
        return translate("Consolidation", LETTER).format(name=name)
    return info.purpose


def values(
    profile: dict[str, Any],
    files: list[FileInfo],
    translate: Callable[[str, str], str],
    language: str,
) -> list[Any]:
    """One project's IID cells, in the order of ``headers``."""
    by_purpose: dict[str, list[str]] = {}
    for info in files:
        by_purpose.setdefault(info.purpose, []).append(info.filename)
    supporting = "\n".join(
        f"{_purpose_name(info, language, translate)}: {info.filename}"
        for info in files
        if info.kind != "indicator"
    )
    levels = profile.get(iid.LEVELS_KEY) or {}
    evidence = profile.get(iid.EVIDENCE_KEY) or {}
    cells: list[Any] = [supporting]
    for indicator in iid.indicators():
        number = str(indicator.no)
        parts = []
        level = int(levels.get(number) or 0)
        if level:
            parts.append(f"{level} — {indicator.option(level, language)}")
        if evidence.get(number):
            parts.append(translate("Consolidation", EVIDENCE).format(text=evidence[number]))
        names = by_purpose.get(f"indicator:{number}")
        if names:
            parts.append(translate("Consolidation", FILES).format(names=", ".join(names)))
        cells.append("; ".join(parts))
    estimate = iid.estimate(profile, language)
    cells.append(estimate.percent)
    cells.append(translate("Consolidation", ESTIMATE).format(rating=estimate.rating))
    return cells
