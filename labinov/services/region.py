"""The region's view over every workshop in a store (a regional server, or one laptop):
counts of innovations by year, region, stage, type, form, initiator, government affair,
origin and evaluation, and a search across all innovations.

Everything is computed in SQL with SQLAlchemy Core, the same statements on SQLite and
PostgreSQL; user text only ever reaches the database as a bound parameter. The search is
PostgreSQL's full-text search with the ``simple`` configuration (no stemming: Indonesian
has no built-in dictionary, and names of places and agencies must match as typed); SQLite
falls back to a LIKE per word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, extract, false, func, literal, or_, select
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


def _profile(key: str) -> ColumnElement[str]:
    return _text(P.c.profile[key].as_string())


def _filled(expression: ColumnElement[str]) -> ColumnElement[bool]:
    return func.length(expression) > 0


def _year() -> ColumnElement[Any]:
    """The workshop's year (its start date), else the year the project was created."""
    return func.coalesce(extract("year", W.c.start_date), extract("year", P.c.created_at))


def _region() -> ColumnElement[str]:
    """The organiser names the region ("Balitbangda Kota Makassar"); else the place."""
    return func.coalesce(
        func.nullif(_text(W.c.organiser), ""), func.nullif(_text(W.c.place), ""), ""
    )


def _origin() -> ColumnElement[str]:
    replicated = or_(*(_filled(_profile(key)) for key in SOURCE_KEYS))
    return case(
        (and_(replicated, _filled(_profile(ADAPTED_KEY))), literal("adapted")),
        (replicated, literal("replicated")),
        else_=literal("original"),
    )


def _evaluated() -> ColumnElement[str]:
    findings = _text(S.c.answers[EVALUATED_KEY].as_string())
    return case((_filled(findings), literal("yes")), else_=literal("no"))


def _columns() -> dict[str, ColumnElement[Any]]:
    columns: dict[str, ColumnElement[Any]] = {"year": _year(), "region": _region()}
    columns.update({name: _profile(key) for name, key in PROFILE_KEYS.items()})
    columns["origin"] = _origin()
    columns["evaluated"] = _evaluated()
    return columns


def _innovations(*columns: ColumnElement[Any], year: int | None = None) -> Select[Any]:
    """Every innovation (project not archived) with its team, workshop and delivery work."""
    joined = (
        P.join(T, T.c.id == P.c.team_id)
        .join(W, W.c.id == T.c.workshop_id)
        .outerjoin(S, and_(S.c.project_id == P.c.id, S.c.stage == EVALUATION_STAGE))
    )
    query = select(*columns).select_from(joined).where(P.c.archived == false())
    if year is not None:
        query = query.where(_year() == year)
    return query


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
        """Counts per dimension (``DIMENSIONS``), each grouped in SQL over one subquery of
        the innovations (grouping by a labelled column of a subquery is the same SQL on both
        engines; grouping by a JSON expression with its own parameters is not on PG)."""
        rows = _innovations(
            *(column.label(name) for name, column in _columns().items()), year=year
        ).subquery()
        counts: dict[str, list[Count]] = {}
        with self.store.transaction() as session:
            connection = session.connection()
            total = connection.execute(select(func.count()).select_from(rows)).scalar() or 0
            for name, _label in DIMENSIONS:
                value = rows.c[name]
                number = func.count().label("n")
                query = (
                    select(value, number)
                    .group_by(value)
                    .order_by(number.desc(), value.desc() if name == "year" else value)
                )
                counts[name] = [
                    Count("" if v is None else str(int(v) if name == "year" else v), int(n))
                    for v, n in connection.execute(query)
                ]
        return Statistics(int(total), year, counts)

    def search(self, words: str, limit: int = SEARCH_LIMIT) -> list[Hit]:
        """Innovations whose title, team, workshop or profile texts hold ``words`` (all
        of them); empty ``words``: every innovation, by title."""
        document = _document()
        query = _innovations(P.c.id, P.c.title, T.c.name, W.c.name, _region(), _year()).add_columns(
            _profile("innovation_stage")
        )
        with self.store.transaction() as session:
            connection = session.connection()
            terms = words.split()
            if not terms:
                query = query.order_by(P.c.title, P.c.id)
            elif is_sqlite(connection):
                for term in terms:
                    query = query.where(
                        func.lower(document).contains(term.lower(), autoescape=True)
                    )
                query = query.order_by(P.c.title, P.c.id)
            else:
                vector = func.to_tsvector(literal("simple").cast(_regconfig()), document)
                asked = func.websearch_to_tsquery(literal("simple").cast(_regconfig()), words)
                query = query.where(vector.op("@@")(asked)).order_by(
                    func.ts_rank(vector, asked).desc(), P.c.title, P.c.id
                )
            rows = connection.execute(query.limit(limit)).all()
        return [
            Hit(r[0], r[1], r[2], r[3], r[4], int(r[5]) if r[5] is not None else None, r[6])
            for r in rows
        ]


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


def _regconfig() -> Any:
    from sqlalchemy.dialects.postgresql import REGCONFIG

    return REGCONFIG
