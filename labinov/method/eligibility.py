"""May the project enter the competition it chose? Checked against the outline's rules.

Rules are data in the outline file (``eligibility``), each with a ``cite``:

- ``{"rule": "min_years", "years": N, "groups": [..]}``: in use at least N years, counted
  from the profile's *waktu penerapan* (``rollout_date``) to the outline's ``deadline``
  (today when the file has no deadline). A date known only to the month counts from the
  month's last day, so a team is never told it is eligible by a guess.
- ``{"rule": "max_years", "years": N}`` (IID: in use at most 2 years): from the same date.
- ``{"rule": "letters"}``: every entry of the outline's ``letters`` ticked in the profile's
  ``letters_ready`` checklist (the files themselves are not kept yet; the team declares them).

A rule whose cite is not confirmed never makes a project ineligible: it warns. A rule
without ``groups`` applies to every group. Qt-free: texts through ``labinov.i18n``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method import competition, locale
from labinov.method.stages import pick

CONTEXT = "Eligibility"
ROLLOUT_FIELD = "rollout_date"
NO_DATE = QT_TRANSLATE_NOOP(
    "Eligibility",
    "the roll-out date (waktu penerapan) is empty: {years} years of use are asked; "
    "write it in the profile",
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Eligibility",
    "full years in use by {deadline}: {used}, at least {years} asked for {group}; "
    "enter a later year or another group",
)
TOO_OLD = QT_TRANSLATE_NOOP(
    "Eligibility",
    "full years in use by {deadline}: {used}, at most {years} allowed; this innovation "
    "no longer counts as new for this competition",
)
NO_LETTER = QT_TRANSLATE_NOOP(
    "Eligibility", "{letter} is not ready; prepare it and tick it in the profile"
)
ESTIMATED = QT_TRANSLATE_NOOP(
    "Eligibility", "{problem} (rule not confirmed by a source: check the guide of the year)"
)


@dataclass(frozen=True)
class Finding:
    """One problem: ``blocking`` (not eligible) or a warning (the rule is unconfirmed)."""

    text: str
    blocking: bool


@dataclass(frozen=True)
class Result:
    outline: str
    group: str
    findings: tuple[Finding, ...]
    title: str = ""  # "KIPP 2021 — Kelompok umum"

    @property
    def eligible(self) -> bool:
        return not any(f.blocking for f in self.findings)


def full_years(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def rollout_day(profile: dict[str, Any]) -> dt.date | None:
    """The profile's roll-out day (``rollout_date``), a month counting from its last day."""
    return locale.latest_day(profile.get(ROLLOUT_FIELD))


def deadline_of(data: dict[str, Any], today: dt.date) -> dt.date:
    raw = (data.get("deadline") or {}).get("date")
    try:
        found = locale.date_from_iso(str(raw)) if raw else None
    except ValueError:
        found = None
    if isinstance(found, locale.Month):
        return found.first_day()
    return found or today


def check(
    data: dict[str, Any],
    profile: dict[str, Any],
    group: str,
    language: str,
    today: dt.date | None = None,
    deadline: dt.date | None = None,
) -> Result:
    """Every rule of the outline ``data`` for ``group`` against the profile."""
    translate = translator(language)
    today = today or dt.date.today()
    end = deadline or deadline_of(data, today)
    group_name = str(pick(data.get("groups", {}).get(group) or group, language))
    findings = []
    for rule in data.get("eligibility", []):
        if rule.get("groups") and group not in rule["groups"]:
            continue
        sure = competition.confirmed(rule)
        for problem in _problems(rule, data, profile, end, group_name, language):
            text = translate(CONTEXT, problem[0]).format(**problem[1])
            if not sure:
                text = translate(CONTEXT, ESTIMATED).format(problem=text)
            findings.append(Finding(text, sure))
    return Result(str(data.get("key", "")), group, tuple(findings), title(data, group, language))


def title(data: dict[str, Any], group: str, language: str) -> str:
    """The competition and group a check is for: "KIPP 2021 — Kelompok umum"."""
    group_name = str(pick(data.get("groups", {}).get(group) or group, language))
    name = str(pick(data.get("short_name") or data.get("name") or {}, language))
    return f"{name} — {group_name}" if name else group_name


def _problems(
    rule: dict[str, Any],
    data: dict[str, Any],
    profile: dict[str, Any],
    end: dt.date,
    group_name: str,
    language: str,
) -> list[tuple[str, dict[str, Any]]]:
    kind, years = rule.get("rule"), rule.get("years")
    if kind in ("min_years", "max_years"):
        start = rollout_day(profile)
        if start is None:
            return [(NO_DATE, {"years": years})] if kind == "min_years" else []
        used = max(0, full_years(start, end))
        values = {
            "used": used,
            "years": years,
            "group": group_name,
            "deadline": locale.format_date(end, language),
        }
        if kind == "min_years" and years is not None and used < years:
            return [(TOO_NEW, values)]
        if kind == "max_years" and years is not None and used > years:
            return [(TOO_OLD, values)]
        return []
    if kind == "letters":
        ready = set(profile.get(competition.LETTERS_FIELD) or ())
        return [
            (NO_LETTER, {"letter": str(pick(letter["label"], language))})
            for letter in data.get("letters", [])
            if letter["key"] not in ready
        ]
    return []


def check_project(
    profile: dict[str, Any],
    language: str,
    override: str | None = None,
    today: dt.date | None = None,
    deadline: dt.date | None = None,
) -> Result | None:
    """The check for the competition the profile chose (or ``override``); None when the
    outline file is missing."""
    key, group = competition.chosen(profile, override)
    data = competition.read(key)
    if data is None:
        return None
    chosen_group = competition.group_for(data, profile, group)
    return check(data, profile, chosen_group, language, today, deadline)
