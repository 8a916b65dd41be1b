"""The Balitbangda's consolidation of a workshop: every project × team with its stage,
progress, moderator's notes, unmet limits and innovation profile (METHOD.md §4), then the
IID columns (supporting files, each indicator with its evidence, the estimated score and
rating: ``iid_columns``), as headers and rows in the user's language. ``exchange.table``
writes them as CSV or XLSX, ``report.directory`` as the *Direktori Inovasi* PDF, the GUI's
dashboard shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method import limits, locale, spreading
from labinov.method.overrides import override_notes, status_text
from labinov.method.profile import profile_fields
from labinov.method.stages import stage_content
from labinov.services import iid_columns
from labinov.services.region import region_of

FIXED = (
    QT_TRANSLATE_NOOP("Consolidation", "Workshop"),
    QT_TRANSLATE_NOOP("Consolidation", "Team"),
    QT_TRANSLATE_NOOP("Consolidation", "Team kind"),
    QT_TRANSLATE_NOOP("Consolidation", "Innovation"),
    QT_TRANSLATE_NOOP("Consolidation", "Current stage"),
    QT_TRANSLATE_NOOP("Consolidation", "Stage status"),
    QT_TRANSLATE_NOOP("Consolidation", "Stages done"),
    QT_TRANSLATE_NOOP("Consolidation", "Progress (%)"),
    QT_TRANSLATE_NOOP("Consolidation", "Readiness (%)"),
    QT_TRANSLATE_NOOP("Consolidation", "Id"),
    QT_TRANSLATE_NOOP("Consolidation", "Region"),
    QT_TRANSLATE_NOOP("Consolidation", "Team contact"),
    QT_TRANSLATE_NOOP("Consolidation", "Moderator's notes"),
    QT_TRANSLATE_NOOP("Consolidation", "Problems"),
)
AFTER_PROFILE = (  # after the profile fields: the evaluation plan and spreading (sheets.py)
    QT_TRANSLATE_NOOP("Consolidation", "Next evaluation follow-up"),
    QT_TRANSLATE_NOOP("Consolidation", "Replication"),
)
STAGE_COLUMN, STATUS_COLUMN, DONE_COLUMN, READINESS_COLUMN, ID_COLUMN = 4, 5, 6, 8, 9
REGION_COLUMN, CONTACT_COLUMN, NOTES_COLUMN, PROBLEMS_COLUMN = 10, 11, 12, 13
PROFILE_COLUMN = len(FIXED)  # the profile fields (METHOD.md §4) follow the fixed columns
TEAM_KINDS = {  # the same texts as the GUI's (context "TeamKind")
    "opd": QT_TRANSLATE_NOOP("TeamKind", "OPD (regional agency)"),
    "perusda": QT_TRANSLATE_NOOP("TeamKind", "Perusda / BUMD"),
    "academic": QT_TRANSLATE_NOOP("TeamKind", "Academic partner"),
    "community": QT_TRANSLATE_NOOP("TeamKind", "Community partner"),
}


def _value(field: Any, value: Any, language: str) -> str:
    if value in (None, ""):
        return ""
    if field.kind == "choice":
        return field.choice_label(str(value), language)
    if field.kind == "multichoice" and isinstance(value, list):
        return "; ".join(field.choice_label(str(v), language) for v in value)
    return str(value)


def consolidation(
    services: Any, workshop_id: str, language: str
) -> tuple[list[str], list[list[Any]]]:
    """Headers and rows (one per project, by team then title) in ``language``. Readiness
    is the worksheets' measure (stage outputs and proposal texts), as on the project page."""
    translate: Callable[[str, str], str] = translator(language)
    workshop = services.workshops.get(workshop_id)  # NotFoundError for a wrong id
    fields = profile_fields()
    headers = [translate("Consolidation", h) for h in FIXED] + [f.label(language) for f in fields]
    headers += iid_columns.headers(translate, language)
    headers += [translate("Consolidation", h) for h in AFTER_PROFILE]
    teams = {t.id: t for t in services.teams.list(workshop_id)}
    rows: list[list[Any]] = []
    summaries = sorted(services.projects.summaries(workshop_id), key=lambda s: (s.team, s.title))
    region = region_of(workshop)
    # one query each for every project's row, stages (with their answers) and files
    ids = [summary.id for summary in summaries]
    projects = services.projects.get_many(ids)
    all_works = services.stages.by_project(ids)
    all_files = services.attachments.by_project(ids)
    for summary in summaries:
        project = projects[summary.id]
        team = teams.get(summary.team_id)
        works = all_works[summary.id]
        current = next((w for w in works if w.stage == summary.current_stage), None)
        answers = {work.stage: dict(work.answers or {}) for work in works}
        readiness = services.worksheets.readiness_of(answers, project.profile or {})
        parts = [(p.title, p.words, p.max_words) for p in readiness.proposal or []]
        rows.append(
            [
                workshop.name,
                summary.team,
                translate("TeamKind", TEAM_KINDS[team.kind])
                if team and team.kind in TEAM_KINDS
                else (team.kind if team else ""),
                summary.title,
                stage_content(summary.current_stage).name(language),
                status_text(current, language, reason=False) if current else "",
                summary.stages_done,
                round(summary.stages_done * 100 / 5),
                round(readiness.ratio * 100),
                summary.id,
                region,
                team.contact if team else "",
                override_notes(works, language),
                "\n".join(limits.problems(summary.title, project.profile or {}, parts, language)),
                *(_value(f, project.profile.get(f.key), language) for f in fields),
                *iid_columns.values(
                    project.profile or {},
                    all_files[summary.id],
                    translate,
                    language,
                ),
                _followup(readiness.followup, language),
                spreading.state_text(readiness.replication, language)
                if readiness.replication
                else "",
            ]
        )
    return headers, rows


def _followup(found: Any, language: str) -> str:
    """ "15 Januari 2027", or "terlambat: 30 Juni 2026" for a follow-up past its day."""
    if found is None:
        return ""
    day = locale.format_date(found.due, language)
    if not found.overdue:
        return day
    return translator(language)("Consolidation", LATE).format(date=day)


LATE = QT_TRANSLATE_NOOP("Consolidation", "overdue: {date}")
