"""The region's view over every workshop in a store (a regional server, or one laptop):
counts of innovations by year, region, stage, type, form, initiator, government affair,
origin and evaluation, and a search across all innovations.

Everything is counted in SQL with SQLAlchemy Core, the same statements on SQLite and
PostgreSQL; user text only ever reaches the database as a bound parameter. A workshop's
region is named in Python (``region_from``: the consolidation and the proposal use it too)
from its organiser, place and name, grouped in SQL. The search is
PostgreSQL's full-text search with the ``simple`` configuration (no stemming: Indonesian
has no built-in dictionary, and names of places and agencies must match as typed); SQLite
falls back to a LIKE per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    case,
    cast,
    extract,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql import Select

from labinov.errors import QT_TRANSLATE_NOOP, Translate
from labinov.method.profile import profile_field
from labinov.store.db import Store
from labinov.store.engines import is_sqlite
from labinov.store.models import Project, StageWork, Team, Workshop

P = Project.__table__
T = Team.__table__
W = Workshop.__table__
S = StageWork.__table__

# The dimensions of the dashboard, in the order shown; labels in context "Region".
DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("year", QT_TRANSLATE_NOOP("Region", "Innovations by year")),
    ("region", QT_TRANSLATE_NOOP("Region", "Region")),
    ("stage", QT_TRANSLATE_NOOP("Region", "Innovation stage")),
    ("type", QT_TRANSLATE_NOOP("Region", "Type (digital or not)")),
    ("form", QT_TRANSLATE_NOOP("Region", "Form of innovation")),
    ("initiator", QT_TRANSLATE_NOOP("Region", "Initiator")),
    ("affair", QT_TRANSLATE_NOOP("Region", "Government affair")),
    ("origin", QT_TRANSLATE_NOOP("Region", "Original, adapted or replicated")),
    ("evaluated", QT_TRANSLATE_NOOP("Region", "Evaluated")),
)
# The profile field each dimension reads (its choice labels name the values).
PROFILE_KEYS = {
    "stage": "innovation_stage",
    "type": "innovation_type",
    "form": "innovation_form",
    "initiator": "initiator",
    "affair": "government_affair",
}
VALUE_LABELS = {
    "original": QT_TRANSLATE_NOOP("Region", "original"),
    "adapted": QT_TRANSLATE_NOOP("Region", "adapted from another region"),
    "replicated": QT_TRANSLATE_NOOP("Region", "replicated"),
    "yes": QT_TRANSLATE_NOOP("Region", "evaluated"),
    "no": QT_TRANSLATE_NOOP("Region", "not evaluated"),
    "": QT_TRANSLATE_NOOP("Region", "(not filled in)"),
}
SOURCE_KEYS = ("source_region", "source_agency", "source_name")  # a replication names its giver
ADAPTED_KEY = "adaptation_note"  # what the receiver changed: adapted rather than replicated
# COI's evaluation (phase 3, "collect, analyse, conclude"): findings written = evaluated
EVALUATION_STAGE, EVALUATED_KEY = "delivery", "eval_findings"
SEARCH_KEYS = (
    "purpose",
    "benefits",
    "results",
    "design_summary",
    "government_affair",
    "source_region",
    "source_name",
)
SEARCH_LIMIT = 200
SIMPLE = "'simple'::regconfig"  # a constant of ours, never user text
# The words of a project as PostgreSQL indexes them (migration 0008_project_search holds
# the same text: the planner uses the index only for this very expression).
PROJECT_VECTOR = (
    f"to_tsvector({SIMPLE}, coalesce(title, '') || ' ' || "
    + " || ' ' || ".join(f"coalesce(profile ->> '{key}', '')" for key in SEARCH_KEYS)
    + ")"
)


@dataclass(frozen=True)
class Count:
    value: str  # the stored key ("digital", "2024", "" when not filled in)
    count: int


@dataclass(frozen=True)
class Statistics:
    total: int
    year: int | None  # the year chosen, or None for all years
    counts: dict[str, list[Count]]  # dimension → counts, largest first


@dataclass(frozen=True)
class Hit:
    project_id: str
    title: str
    team: str
    workshop: str
    region: str
    year: int | None
    stage: str  # the profile's innovation_stage key


def dimension_label(dimension: str, translate: Translate) -> str:
    return translate("Region", dict(DIMENSIONS)[dimension])


def value_label(dimension: str, value: str, language: str, translate: Translate) -> str:
    """What a counted value is called: a choice's label in ``language``, a year or a
    region as stored, "(not filled in)" for nothing."""
    if value == "" or dimension in ("origin", "evaluated"):
        return translate("Region", VALUE_LABELS.get(value, value))
    key = PROFILE_KEYS.get(dimension)
    if key is not None and profile_field(key).choices:
        return profile_field(key).choice_label(value, language)
    return value


def _text(expression: Any) -> ColumnElement[str]:
    return func.coalesce(func.trim(expression), "")


def _profile(key: str, projects: Any = P) -> ColumnElement[str]:
    return _text(projects.c.profile[key].as_string())


def _filled(expression: ColumnElement[str]) -> ColumnElement[bool]:
    return func.length(expression) > 0


def _year(projects: Any = P) -> ColumnElement[Any]:
    """The workshop's year (its start date), else the year the project was created."""
    return func.coalesce(extract("year", W.c.start_date), extract("year", projects.c.created_at))


def region_of(workshop: Any) -> str:
    """The region a workshop serves (``region_from`` its organiser, place and name)."""
    return region_from(workshop.organiser, workshop.place, workshop.name)


def region_from(organiser: str | None, place: str | None, name: str | None) -> str:
    """ "Kota Makassar" as named in the organiser, place or name ("Balitbangda Kota
    Makassar"); else the organiser, else the place, as the bundle import does. The one
    rule: the consolidation, the proposal's cover and the region's statistics use it."""
    for text in (organiser, place, name):
        found = _REGION.search(text or "")
        if found:
            return found.group()
    return (organiser or place or "").strip()


_REGION = re.compile(
    r"\b(?:Kota|Kabupaten|Kab\.|Provinsi|City of|Regency of|Province of)"
    r"(?:\s+[A-Z][\w'-]*)+"
)
_PARTS = "\x1f"  # between a workshop's organiser, place and name read for ``region_from``


def _region_parts() -> ColumnElement[str]:
    """What ``region_from`` reads, as one text (grouped in SQL, named in Python)."""
    parts = (func.coalesce(column, "") for column in (W.c.organiser, W.c.place, W.c.name))
    first, second, third = parts
    return first + _PARTS + second + _PARTS + third


def _origin(projects: Any = P) -> ColumnElement[str]:
    replicated = or_(*(_filled(_profile(key, projects)) for key in SOURCE_KEYS))
    return case(
        (and_(replicated, _filled(_profile(ADAPTED_KEY, projects))), literal("adapted")),
        (replicated, literal("replicated")),
        else_=literal("original"),
    )


def _evaluated() -> ColumnElement[str]:
    findings = _text(S.c.answers[EVALUATED_KEY].as_string())
    return case((_filled(findings), literal("yes")), else_=literal("no"))


def _columns(projects: Any = P) -> dict[str, ColumnElement[Any]]:
    columns: dict[str, ColumnElement[Any]] = {"year": _year(projects), "region": _region_parts()}
    columns.update({name: _profile(key, projects) for name, key in PROFILE_KEYS.items()})
    columns["origin"] = _origin(projects)
    columns["evaluated"] = _evaluated()
    return columns


def _innovations(
    *columns: ColumnElement[Any], year: int | None = None, projects: Any = P
) -> Select[Any]:
    """Every innovation (project not archived) with its team, workshop and delivery work."""
    joined = (
        projects.join(T, T.c.id == projects.c.team_id)
        .join(W, W.c.id == T.c.workshop_id)
        .outerjoin(S, and_(S.c.project_id == projects.c.id, S.c.stage == EVALUATION_STAGE))
    )
    query = select(*columns).select_from(joined).where(projects.c.archived == false())
    if year is not None:
        query = query.where(_year(projects) == year)
    return query


def _parsed_projects() -> Any:
    """PostgreSQL: the projects with each JSON profile parsed once (``jsonb``), kept apart
    (MATERIALIZED) so the planner does not parse it again for every key read."""
    from sqlalchemy.dialects.postgresql import JSONB

    columns = [P.c.id, P.c.team_id, P.c.created_at, P.c.archived]
    return (
        select(*columns, cast(P.c.profile, JSONB).label("profile"))
        .cte("projects")
        .prefix_with("MATERIALIZED")
    )


class RegionService:
    """Statistics and search across every workshop of the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def years(self) -> list[int]:
        """The years that have innovations, newest first."""
        rows = _innovations(_year().label("year")).subquery()
        query = select(rows.c.year).distinct().order_by(rows.c.year.desc())
        with self.store.transaction() as session:
            return [int(y) for y in session.connection().execute(query).scalars() if y]

    def statistics(self, year: int | None = None) -> Statistics:
        """Counts per dimension (``DIMENSIONS``) in one statement: the innovations read
        once (a materialized CTE: each JSON profile parsed once, not once per dimension),
        then one GROUP BY per dimension, joined by UNION ALL. Grouping by a labelled
        column of the CTE is the same SQL on both engines (grouping by a JSON expression
        with bound parameters is refused by PostgreSQL)."""
        found: dict[str, list[Count]] = {name: [] for name, _label in DIMENSIONS}
        with self.store.transaction() as session:
            connection = session.connection()
            projects = P if is_sqlite(connection) else _parsed_projects()
            columns = (c.label(name) for name, c in _columns(projects).items())
            rows = (
                _innovations(*columns, year=year, projects=projects)
                .cte("innovations")
                .prefix_with("MATERIALIZED", dialect="postgresql")
            )
            query = union_all(
                *(
                    select(
                        literal(name).label("dimension"),
                        cast(rows.c[name], String).label("value"),
                        func.count().label("n"),
                    ).group_by(rows.c[name])
                    for name, _label in DIMENSIONS
                )
            )
            regions: dict[str, int] = {}  # workshops of one region counted together
            for dimension, value, number in connection.execute(query):
                if dimension == "region":
                    named = region_from(*str(value or "").split(_PARTS))
                    regions[named] = regions.get(named, 0) + int(number)
                else:
                    found[dimension].append(Count(_value_text(dimension, value), int(number)))
            found["region"] = [Count(value, number) for value, number in regions.items()]
        for name, counts in found.items():  # largest first; a tie: newest year, else A–Z
            counts.sort(key=lambda c: (-c.count, _tie(name, c.value)))
        total = sum(c.count for c in found["year"])
        return Statistics(total, year, found)

    def search(self, words: str, limit: int = SEARCH_LIMIT) -> list[Hit]:
        """Innovations that hold every word of ``words`` in their title, team, workshop or
        profile texts (each word in any of them); nothing typed: every innovation. By
        title. On PostgreSQL each word is looked up in the project index
        (``PROJECT_VECTOR``) and in the team and workshop names; on SQLite with LIKE."""
        query = _innovations(P.c.id, P.c.title, T.c.name, W.c.name, _year())
        query = query.add_columns(_profile("innovation_stage"), W.c.organiser, W.c.place)
        with self.store.transaction() as session:
            connection = session.connection()
            sqlite = is_sqlite(connection)
            document = func.lower(_document())
            for term in words.split():
                if sqlite:  # autoescape: % and _ typed are text, not wildcards
                    query = query.where(document.contains(term.lower(), autoescape=True))
                else:
                    query = query.where(_matches(term))
            query = query.order_by(P.c.title, P.c.id).limit(limit)
            rows = connection.execute(query).all()
        return [
            Hit(
                r[0],
                r[1],
                r[2],
                r[3],
                region_from(r[6], r[7], r[3]),
                int(r[4]) if r[4] is not None else None,
                r[5],
            )
            for r in rows
        ]


def _value_text(dimension: str, value: Any) -> str:
    if value is None:
        return ""
    if dimension == "year":  # PostgreSQL's EXTRACT is numeric: "2024" or "2024.0"
        return str(int(float(value)))
    return str(value)


def _tie(dimension: str, value: str) -> tuple[int, str]:
    return (-int(value), "") if dimension == "year" and value else (0, value)


def _document() -> ColumnElement[str]:
    """What the search reads of an innovation, as one text."""
    parts: list[ColumnElement[str]] = [
        _text(P.c.title),
        _text(T.c.name),
        _text(W.c.name),
        _text(W.c.organiser),
    ]
    parts += [_profile(key) for key in SEARCH_KEYS]
    document = parts[0]
    for part in parts[1:]:
        document = document + " " + part
    return document


def _matches(term: str) -> ColumnElement[bool]:
    """One typed word (a bound parameter) in a project's words, its team's name or its
    workshop's name, organiser or place: PostgreSQL full-text, ``simple`` configuration."""
    config: ColumnElement[Any] = literal_column(SIMPLE)
    asked = func.plainto_tsquery(config, term)
    in_projects = select(P.c.id).where(literal_column(PROJECT_VECTOR).op("@@")(asked))
    in_teams = select(T.c.id).where(func.to_tsvector(config, T.c.name).op("@@")(asked))
    workshop_words = W.c.name + " " + W.c.organiser + " " + W.c.place
    in_workshops = select(W.c.id).where(func.to_tsvector(config, workshop_words).op("@@")(asked))
    return or_(P.c.id.in_(in_projects), T.c.id.in_(in_teams), W.c.id.in_(in_workshops))
