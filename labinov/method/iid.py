"""The Indeks Inovasi Daerah (IID) indicators as data, and a project's *estimated* score.

``resources/method/iid_<year>.json`` holds the aspects, variables and indicators with their
options (parameters 1-3) and weights, each value with a ``cite`` (as the KIPP outlines do:
``{"doc", "where", "confirmed"}``). A project records, in its profile, the level it reaches
on each innovation indicator (16-35) under ``iid_levels`` and what proves it under
``iid_evidence``; files go to the attachments (``indicator:<no>``).

The estimate is the innovation's own indicator score, Σ weight × level, out of the maximum
(3 × Σ weights), as a percentage rated with the year's bands. The real index is computed
per region (its 15 region indicators, every innovation, their number): the figure is only
ever shown as *perkiraan* (an estimate). Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from labinov.method.stages import pick
from labinov.paths import resource

DEFAULT = "iid_2023"
LEVELS_KEY = "iid_levels"
EVIDENCE_KEY = "iid_evidence"
PROFILE_KEYS = (LEVELS_KEY, EVIDENCE_KEY)
MAX_LEVEL = 3
MAX_EVIDENCE = 2000


@cache
def read(key: str = DEFAULT) -> dict[str, Any]:
    return dict(json.loads(resource("method", f"{key}.json").read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Indicator:
    no: int
    data: dict[str, Any] = field(repr=False)

    @property
    def weight(self) -> float:
        return float(self.data["weight"])

    @property
    def mandatory(self) -> bool:
        return bool(self.data.get("mandatory"))

    @property
    def confirmed(self) -> bool:
        return bool((self.data.get("cite") or {}).get("confirmed"))

    def label(self, language: str) -> str:
        return str(pick(self.data["label"], language))

    def evidence_hint(self, language: str) -> str:
        return str(pick(self.data.get("evidence", ""), language))

    def option(self, level: int, language: str) -> str:
        for option in self.data["options"]:
            if option["level"] == level:
                return str(pick(option["label"], language))
        return ""

    def variable(self, language: str, key: str = DEFAULT) -> str:
        for variable in read(key)["variables"]:
            if variable["key"] == self.data["variable"]:
                return str(pick(variable["label"], language))
        return str(self.data["variable"])


def indicators(key: str = DEFAULT) -> tuple[Indicator, ...]:
    """The innovation's indicators (16-35), in order."""
    return tuple(Indicator(int(i["no"]), i) for i in read(key)["indicators"])


def checked(name: str, value: Any, key: str = DEFAULT) -> dict[str, Any] | None:
    """A profile value of ``iid_levels`` / ``iid_evidence`` made canonical (numbers as text
    keys), None when empty; a wrong number, level or type raises ValueError."""
    if value in (None, {}, ""):
        return None
    if not isinstance(value, dict):
        raise ValueError(f"{name} takes an object")
    known = {str(i.no) for i in indicators(key)}
    out: dict[str, Any] = {}
    for number, item in value.items():
        if str(number) not in known:
            raise ValueError(f"{name}: no innovation indicator {number!r}")
        if name == LEVELS_KEY:
            if type(item) is not int or not 0 <= item <= MAX_LEVEL:
                raise ValueError(f"{name}[{number}]: a level from 0 to {MAX_LEVEL}")
            if item:
                out[str(number)] = item
        else:
            if not isinstance(item, str):
                raise ValueError(f"{name}[{number}] takes text")
            if item.strip():
                out[str(number)] = item[:MAX_EVIDENCE]
    return out or None


@dataclass(frozen=True)
class Estimate:
    """An innovation's estimated indicator score; ``percent`` is out of 100."""

    score: float
    maximum: float
    percent: float
    rating: str
    answered: int
    total: int
    missing_mandatory: tuple[Indicator, ...]
    unconfirmed: bool  # some value used is not confirmed by a source of the year


def rating_for(percent: float, language: str, key: str = DEFAULT) -> str:
    for band in read(key)["ratings"]["bands"]:
        if percent >= float(band["min"]):
            return str(pick(band["label"], language))
    return ""


def estimate(profile: dict[str, Any], language: str, key: str = DEFAULT) -> Estimate:
    levels = profile.get(LEVELS_KEY) or {}
    found = indicators(key)
    score = sum(i.weight * int(levels.get(str(i.no), 0)) for i in found)
    maximum = sum(i.weight * MAX_LEVEL for i in found)
    percent = round(score * 100 / maximum, 2) if maximum else 0.0
    unconfirmed = not all(i.confirmed for i in found) or not read(key)["ratings"]["cite"].get(
        "confirmed"
    )
    return Estimate(
        score=score,
        maximum=maximum,
        percent=percent,
        rating=rating_for(percent, language, key),
        answered=sum(1 for i in found if levels.get(str(i.no))),
        total=len(found),
        missing_mandatory=tuple(i for i in found if i.mandatory and not levels.get(str(i.no))),
        unconfirmed=unconfirmed,
    )


def missing_sources(data: dict[str, Any]) -> list[str]:
    """Every value of an IID file without a proper cite (as ``competition.missing_sources``)."""
    documents = data.get("documents", {})
    cites: list[tuple[str, Any]] = []
    for name in ("aspects", "variables", "region_indicators", "indicators"):
        for index, entry in enumerate(data.get(name, [])):
            cites.append((f"{name}[{index}]", entry.get("cite")))
    cites += [
        ("count_indicator", data.get("count_indicator", {}).get("cite")),
        ("scoring", data.get("scoring", {}).get("cite")),
        ("ratings", data.get("ratings", {}).get("cite")),
    ]
    missing = []
    for where, cite in cites:
        if not isinstance(cite, dict) or not cite.get("where") or "confirmed" not in cite:
            missing.append(where)
        elif cite.get("doc") not in documents:
            missing.append(f"{where} (unknown document {cite.get('doc')})")
    return missing
