"""Follow-up dates of the evaluation plan (COI's four phases, ``sheets.py``): which is next,
which are late, and dates to suggest so that evidence keeps coming in until the innovation
has been in use as long as the chosen competition asks.

Rows live in the Delivery answers under ``eval_followups``: ``date`` (ISO day or month),
``what``, ``who``, ``status`` (``planned``/``done``), ``result``. A row is open until its
status is ``done``; a month alone is due on its last day. Dates are formatted by
``locale.py``; texts through ``labinov.i18n``. No Qt here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method import competition, eligibility, locale

STAGE, FIELD = "delivery", "eval_followups"
DONE = "done"
EVERY_MONTHS = 6
CONTEXT = "FollowUp"
DUE = QT_TRANSLATE_NOOP("FollowUp", "Next evaluation follow-up: {date} — {what}")
OVERDUE = QT_TRANSLATE_NOOP("FollowUp", "Evaluation follow-up overdue since {date} — {what}")
NONE_PLANNED = QT_TRANSLATE_NOOP(
    "FollowUp", "No evaluation follow-up is planned: add dates in Delivery ▸ Evaluation plan"
)
SUGGESTED = QT_TRANSLATE_NOOP(
    "FollowUp", "Measure the indicators and keep the evidence ({months} months in use)"
)
SUGGESTED_LAST = QT_TRANSLATE_NOOP(
    "FollowUp",
    "Measure the indicators and keep the evidence: the minimum years of use for {competition} "
    "({years}) are reached",
)


@dataclass(frozen=True)
class FollowUp:
    due: dt.date
    what: str
    row: int
    overdue: bool
    days_late: int = 0


def due_day(value: Any) -> dt.date | None:
    """The day a follow-up is due: its date, or the last day of its month."""
    return locale.latest_day(value)


def open_followups(answers: dict[str, Any], today: dt.date) -> list[FollowUp]:
    """Every dated follow-up not yet done, earliest first (``answers``: Delivery's)."""
    found = []
    for index, row in enumerate(answers.get(FIELD) or []):
        if not isinstance(row, dict) or row.get("status") == DONE:
            continue
        due = due_day(row.get("date"))
        if due is None:
            continue
        late = (today - due).days
        found.append(FollowUp(due, str(row.get("what") or ""), index, late > 0, max(0, late)))
    return sorted(found, key=lambda f: (f.due, f.row))


def next_followup(answers: dict[str, Any], today: dt.date | None = None) -> FollowUp | None:
    """The earliest open follow-up: overdue when its day has passed."""
    found = open_followups(answers, today or dt.date.today())
    return found[0] if found else None


def followup_text(
    answers: dict[str, Any], language: str, today: dt.date | None = None
) -> tuple[str, bool]:
    """(the line the readiness view and the proposal show, whether it is overdue)."""
    translate = translator(language)
    found = next_followup(answers, today)
    if found is None:
        return translate(CONTEXT, NONE_PLANNED), False
    values = {"date": locale.format_date(found.due, language), "what": found.what}
    return translate(CONTEXT, OVERDUE if found.overdue else DUE).format(**values), found.overdue


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def min_years(profile: dict[str, Any], language: str = "id") -> tuple[int | None, str]:
    """(minimum years of use the chosen competition's group asks, its title)."""
    key, group = competition.chosen(profile)
    data = competition.read(key)
    if data is None:
        return None, ""
    chosen = competition.group_for(data, profile, group)
    years = [
        int(rule["years"])
        for rule in data.get("eligibility", [])
        if rule.get("rule") == "min_years"
        and rule.get("years")
        and (not rule.get("groups") or chosen in rule["groups"])
    ]
    return (max(years) if years else None), eligibility.title(data, chosen, language)


def suggest(
    profile: dict[str, Any],
    answers: dict[str, Any],
    language: str,
    today: dt.date | None = None,
) -> list[dict[str, Any]]:
    """Rows to add: every ``EVERY_MONTHS`` months from the roll-out (``rollout_date``) until
    the competition's minimum years are reached (two years when it asks none), leaving out
    past dates and dates already in the plan; when all of those have passed, the next
    such date after today. Empty when the roll-out date is unknown."""
    start = eligibility.rollout_day(profile)
    if start is None:
        return []
    today = today or dt.date.today()
    translate = translator(language)
    years, title = min_years(profile, language)
    span = (years or 2) * 12
    have = {due_day(r.get("date")) for r in answers.get(FIELD) or [] if isinstance(r, dict)}
    steps = list(range(EVERY_MONTHS, span + 1, EVERY_MONTHS))
    if _add_months(start, span) < today:  # already long in use: the next step after today
        passed = (today.year - start.year) * 12 + today.month - start.month
        steps = [(passed // EVERY_MONTHS + 1) * EVERY_MONTHS]
    rows = []
    for months in steps:
        day = _add_months(start, months)
        if day < today or day in have:
            continue
        if months == span and years:
            what = translate(CONTEXT, SUGGESTED_LAST).format(years=years, competition=title)
        else:
            what = translate(CONTEXT, SUGGESTED).format(months=months)
        rows.append({"date": day.isoformat(), "what": what, "status": "planned"})
    return rows
