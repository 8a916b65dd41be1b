"""Where a replication stands (COI's Spreading Innovation, the receiver's route).

A project is a replication when its profile names a source (``source_name``,
``source_agency`` or ``source_region``: set when it was started from a giver's bundle).
It counts as done only when the receiver records, in the reuse sheet of Delivery, the
date since which it runs in the new place (``reuse_runs_since``); before that it is
"being adapted" (nothing of the route yet) or "on trial". No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method import locale

SOURCE_FIELDS = ("source_name", "source_agency", "source_region")
STAGE, RUNS_FIELD = "delivery", "reuse_runs_since"
FOLLOWUPS_FIELD = "eval_followups"
ADAPTING, TRYING, RUNNING = "adapting", "trying", "running"
CONTEXT = "Replication"
TEXTS = {
    ADAPTING: QT_TRANSLATE_NOOP("Replication", "replication of {source}: being adapted"),
    TRYING: QT_TRANSLATE_NOOP("Replication", "replication of {source}: on trial, not yet running"),
    RUNNING: QT_TRANSLATE_NOOP(
        "Replication", "replication of {source}: done, running since {date}"
    ),
}


@dataclass(frozen=True)
class Replication:
    state: str  # ADAPTING, TRYING or RUNNING
    source: str  # "SiPANDU — Dinas Kesehatan (Balitbangda Kota Makassar)"
    since: str = ""  # ISO date it runs from (RUNNING only)

    @property
    def done(self) -> bool:
        return self.state == RUNNING


def is_replication(profile: dict[str, Any] | None) -> bool:
    return any(str((profile or {}).get(k) or "").strip() for k in SOURCE_FIELDS)


def replication(
    profile: dict[str, Any] | None, answers_by_stage: dict[str, dict[str, Any]]
) -> Replication | None:
    """The state of a replication; None when the project is not one."""
    if not is_replication(profile):
        return None
    profile = profile or {}
    name = str(profile.get("source_name") or "").strip()
    where = " — ".join(
        str(profile.get(k) or "").strip()
        for k in ("source_agency", "source_region")
        if profile.get(k)
    )
    source = f"{name} ({where})" if name and where else name or where
    answers = answers_by_stage.get(STAGE) or {}
    since = str(answers.get(RUNS_FIELD) or "").strip()
    if since:
        return Replication(RUNNING, source, since)
    trying = str(answers.get("reuse_trial") or "").strip()
    return Replication(TRYING if trying else ADAPTING, source)


def receiver_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """A stage's answers as a new replication starts from them: the giver's own route
    (share), a former receiver's route (reuse) and the giver's dated follow-ups stay
    behind; the receiver writes its own."""
    from labinov.method.sheets import sheet

    dropped = {f.key for key in ("share", "reuse") for f in sheet(key).fields}
    dropped.add(FOLLOWUPS_FIELD)
    return {k: v for k, v in (answers or {}).items() if k not in dropped}


def state_text(found: Replication, language: str) -> str:
    translate = translator(language)
    return translate(CONTEXT, TEXTS[found.state]).format(
        source=found.source, date=locale.format_date(found.since, language) if found.since else ""
    )
