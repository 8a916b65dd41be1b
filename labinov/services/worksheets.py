"""Worksheet answers, the stage gate and readiness of a project.

Answers live in ``StageWork.answers`` keyed by worksheet field (``labinov.method.worksheets``).
Every edit is one transaction and returns the field's previous value, so an undo is
``set_answer(..., previous)`` (``None`` removes the answer). Row edits of tables and lists
(add, edit a cell, move, delete) return the previous whole value for the same reason.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method import eligibility as rules
from labinov.method import followups, gates, spreading, templates
from labinov.method.stages import STAGES, Stage
from labinov.method.suspects import SuspectNumber, confirmed, suspects
from labinov.method.worksheets import (
    LIST,
    Field,
    cell_entries,
    clean_value,
    empty_row,
    field_of,
    set_cell_entries,
)
from labinov.services.base import Service
from labinov.services.readiness import ProposalPart, proposal_parts
from labinov.services.stages import StageService, StageState
from labinov.store.fast_edits import Version, not_found
from labinov.store.models import Canvas, CanvasItem, Member, Project, StageWork
from labinov.store.types import new_rev

WORKS = StageWork.__table__  # type: ignore[attr-defined]
PROPOSAL_NOTE = QT_TRANSLATE_NOOP(
    "Readiness", "The proposal outline is not available yet: stage completeness only."
)


@dataclass(frozen=True)
class Readiness:
    """How far a project is: per stage progress, and the proposal texts when known."""

    stages: dict[str, gates.Progress]
    proposal: list[ProposalPart] | None  # None: no proposal outline data yet
    note: str = ""
    suspects: tuple[SuspectNumber, ...] = ()  # old numbers to check ("periksa angka ini")
    eligibility: rules.Result | None = None  # the chosen competition's rules
    followup: followups.FollowUp | None = None  # the evaluation plan's next open date
    replication: spreading.Replication | None = None  # None: not a replication

    @property
    def proposal_problems(self) -> list[ProposalPart]:
        """Proposal texts still empty, over their word limit, or drafted from other answers
        (the same list as the PDF's readiness appendix)."""
        return [part for part in self.proposal or [] if part.problem]

    @property
    def ratio(self) -> float:
        filled = sum(p.filled for p in self.stages.values())
        needed = sum(p.required for p in self.stages.values())
        return filled / needed if needed else 1.0


class WorksheetService(Service):
    """Answers of the five worksheets; ``language`` names missing outputs (set by the GUI)."""

    language: str = "id"

    def __init__(self, store, stages: StageService) -> None:  # type: ignore[no-untyped-def]
        super().__init__(store)
        self._stages = stages

    def install_gate(self, language: str | None = None) -> None:
        """Make ``stages.complete`` refuse a stage whose required outputs are missing.

        ``language`` ("id"/"en", the UI's) names the missing outputs in the gate's message
        and in ``stages.missing_outputs``; without it the service's current language.
        Not done by ``Services`` itself: the composition root (``app.py``) turns it on, so
        tests that mark stages done without worksheets keep working until they opt in."""
        if language:
            self.language = language
        self._stages.gate = self.missing_outputs

    # -- reading -----------------------------------------------------------------------

    def answers(self, project_id: str, stage: Stage | str) -> dict[str, Any]:
        return dict(self._stages.get(project_id, stage).answers or {})

    def versioned_answers(self, project_id: str, stage: Stage | str) -> tuple[dict[str, Any], str]:
        """The stage's answers and their row's ``rev`` (what a page editing them keeps, to
        pass as ``Version(seen=rev)``)."""
        work = self._stages.get(project_id, stage)
        return dict(work.answers or {}), work.rev

    def answer(self, project_id: str, stage: Stage | str, key: str) -> Any:
        return self.answers(project_id, stage).get(key)

    def all_answers(self, project_ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
        """``{project_id: {stage: answers}}`` for many projects in one query."""
        result: dict[str, dict[str, dict[str, Any]]] = {pid: {} for pid in project_ids}
        if not project_ids:
            return result
        with self.store.transaction() as session:
            rows = session.exec(
                select(StageWork.project_id, StageWork.stage, StageWork.answers).where(
                    StageWork.project_id.in_(project_ids)  # type: ignore[attr-defined]
                )
            ).all()
        for project_id, stage, answers in rows:
            result[project_id][stage] = dict(answers or {})
        return result

    # -- editing -----------------------------------------------------------------------

    def set_answer(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        value: Any,
        version: Version | None = None,
    ) -> Any:
        """Store one field's answer (``None`` removes it); return the previous value.

        ``version``: the stage's ``rev`` as the caller loaded it, which must still be the
        stored one (``StaleWriteError`` otherwise, nothing written), and the one this write
        gives. Without it the answers read in this transaction are the version checked (a
        concurrent writer between read and write is refused, never overwritten)."""
        return self._edit(project_id, stage, key, lambda _stored: value, version)

    def _edit(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        change: Callable[[Any], Any],
        version: Version | None,
    ) -> Any:
        """``change(stored answer)`` gives the new one, read and written in one transaction
        (a row edit built on answers read earlier could overwrite a concurrent write);
        returns the previous value."""
        item = field_of(stage, key)
        edits = self.store.edits
        with edits.transaction() as connection:
            found = edits.first(
                connection,
                edits.cached("stage answers", _stage_answers),
                {"project_id": project_id, "stage": Stage(stage).value},
            )
            if found is None:
                raise not_found(project_id)
            work_id, answers, rev = found
            answers = dict(answers or {})  # a new dict: the old value stays undo's
            previous = answers.get(key)
            cleaned = clean_value(item, change(previous), self.language)
            if cleaned is None:
                answers.pop(key, None)
            else:
                answers[key] = cleaned
            seen, new = (version.seen, version.new) if version else (rev, new_rev())
            # The status is left alone: undo puts back exactly the answer, nothing else.
            edits.write(
                connection, WORKS, {work_id: {"answers": answers, "rev": new}}, {work_id: seen}
            )
        return previous

    def _edit_rows(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        change: Callable[[Field, list[Any]], None],
        version: Version | None,
    ) -> Any:
        """``change(field, rows)`` edits a list or table answer's rows in place (a field
        never edited starts from its suggested rows); returns the previous answer."""
        item = field_of(stage, key)
        if item.kind not in (LIST, "table", "usg"):
            raise ValueError(f"{item.key} has no rows")

        def edited(stored: Any) -> list[Any]:
            if stored is None and item.rows:  # the suggested rows, stored on first edit
                rows = item.preset(self.language)
            else:
                rows = copy.deepcopy(stored or [])
            change(item, rows)
            return rows

        return self._edit(project_id, stage, key, edited, version)

    def add_row(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        row: Any = None,
        index: int | None = None,
        version: Version | None = None,
    ) -> Any:
        def add(item: Field, rows: list[Any]) -> None:
            new = row if row is not None else ("" if item.kind == LIST else empty_row(item))
            rows.insert(len(rows) if index is None else max(0, min(index, len(rows))), new)

        return self._edit_rows(project_id, stage, key, add, version)

    def set_cell(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        row: int,
        column: str,
        text: Any,
        version: Version | None = None,
    ) -> Any:
        """Set one cell from what was typed; ``UserError`` (nothing stored) when invalid."""

        def set_cell(item: Field, rows: list[Any]) -> None:
            _check_index(rows, row)
            if item.kind == LIST:
                rows[row] = str(text or "")
            else:
                entries = cell_entries(item.column(column), text, self.language)
                rows[row] = set_cell_entries(rows[row], entries)

        return self._edit_rows(project_id, stage, key, set_cell, version)

    def move_row(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        row: int,
        to: int,
        version: Version | None = None,
    ) -> Any:
        def move(_item: Field, rows: list[Any]) -> None:
            _check_index(rows, row)
            _check_index(rows, to)
            rows.insert(to, rows.pop(row))

        return self._edit_rows(project_id, stage, key, move, version)

    def delete_row(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        row: int,
        version: Version | None = None,
    ) -> Any:
        def delete(_item: Field, rows: list[Any]) -> None:
            _check_index(rows, row)
            del rows[row]

        return self._edit_rows(project_id, stage, key, delete, version)

    # -- gate and progress -------------------------------------------------------------

    def missing_outputs(
        self, project_id: str, stage: Stage | str, language: str | None = None
    ) -> list[str]:
        return gates.missing(stage, self.answers(project_id, stage), language or self.language)

    def progress(self, project_id: str) -> dict[str, gates.Progress]:
        """Per stage "filled/required", for the 5D navigator (``str(p)`` gives "3/5")."""
        return gates.all_progress(self.all_answers([project_id])[project_id])

    def missing_by_stage(
        self, project_id: str, language: str | None = None
    ) -> dict[str, list[str]]:
        """``{stage: [titles of the required outputs still missing]}`` for all five stages
        in one read (e.g. the 5D navigator's tooltips)."""
        answers = self.all_answers([project_id])[project_id]
        return {
            stage.value: gates.missing(
                stage, answers.get(stage.value) or {}, language or self.language
            )
            for stage in STAGES
        }

    def progress_texts(self, project_id: str) -> dict[str, str]:
        """``{stage: "3/5"}``: what ``FiveDNavigator.set_statuses`` takes as ``progress``."""
        return {stage: str(value) for stage, value in self.progress(project_id).items()}

    def complete_stage(
        self, project_id: str, stage: Stage | str, override_reason: str | None = None
    ) -> StageState:
        """Mark done when the outputs are there; else refuse naming them, unless a moderator
        gives a reason (stored with the stage). Returns the previous state, for undo."""
        return self._stages.complete(project_id, stage, override_reason)

    def readiness(self, project_id: str, profile: dict[str, Any] | None = None) -> Readiness:
        """Stage completeness, and each proposal text's words against its limit when the
        proposal outline exists (``profile``: the project's profile, read when not given)."""
        answers = self.all_answers([project_id])[project_id]
        if profile is None:
            with self.store.transaction() as session:
                project = session.get(Project, project_id)
                profile = dict(project.profile or {}) if project else {}
        return self.readiness_of(answers, profile)

    def readiness_of(
        self, answers: dict[str, dict[str, Any]], profile: dict[str, Any]
    ) -> Readiness:
        """``readiness`` from answers already read (``{stage: answers}``)."""
        parts = proposal_parts(profile, answers, self.language)
        note = PROPOSAL_NOTE if parts is None else ""
        return Readiness(
            gates.all_progress(answers),
            parts,
            note,
            tuple(suspects(answers)),
            rules.check_project(profile, self.language),
            followups.next_followup(answers.get(followups.STAGE) or {}),
            spreading.replication(profile, answers),
        )

    # -- numbers stored before Labinov read "1.200" as 1200 ------------------------------

    def suspect_numbers(self, project_id: str) -> list[SuspectNumber]:
        """Numbers marked for a check (``labinov.method.suspects``): one to three decimals
        stored before numbers were read by language, perhaps "1.200" read as 1.2."""
        return suspects(self.all_answers([project_id])[project_id])

    def confirm_number(
        self,
        project_id: str,
        stage: Stage | str,
        key: str,
        row: int,
        column: str,
        version: Version | None = None,
    ) -> Any:
        """The user says the marked number is right: the mark goes, the value stays.
        Returns the previous answer (undo: ``set_answer``). Typing the value again in its
        cell (``set_cell``) settles the mark too."""

        def confirm(_item: Field, rows: list[Any]) -> None:
            _check_index(rows, row)
            rows[row] = confirmed(rows[row], column)

        return self._edit_rows(project_id, stage, key, confirm, version)

    # -- from canvases -----------------------------------------------------------------

    def canvas_suggestions(
        self, project_id: str, stage: Stage | str, key: str
    ) -> list[tuple[str, int]]:
        """Note texts (with votes) a list/table field can take from the project's canvases:
        ``causes`` from the zones templates declare as causes (fishbone bones, problem-tree
        roots, five-whys answers — never the problem itself), ``votes`` the notes of idea
        zones, most-voted first (those with votes), ``notes`` every note of this stage.
        Templates declare their zones in their JSON (``feeds``); a note without a stored
        zone counts in the zone under its centre. Texts already in the answer are left out."""
        item = field_of(stage, key)
        if not item.from_canvas:
            return []
        query = (
            select(  # type: ignore[call-overload]
                CanvasItem.text,
                CanvasItem.votes,
                Canvas.template,
                Canvas.stage,
                CanvasItem.zone,
                CanvasItem.x,
                CanvasItem.y,
                CanvasItem.width,
                CanvasItem.height,
            )
            .join(Canvas, Canvas.id == CanvasItem.canvas_id)  # type: ignore[arg-type]
            .where(Canvas.project_id == project_id, CanvasItem.kind == "note")
        )
        with self.store.transaction() as session:
            rows = session.exec(query).all()
        if item.from_canvas == "causes":
            notes = [(r[0], r[1]) for r in rows if _feeds(r, "causes")]
        elif item.from_canvas == "votes":
            voted = [(r[0], r[1]) for r in rows if r[1] > 0 and _feeds(r, "ideas")]
            notes = sorted(voted, key=lambda n: -n[1])
        else:
            notes = [(r[0], r[1]) for r in rows if r[3] == Stage(stage).value]
        have = {text.strip().casefold() for text in self._texts(project_id, stage, item)}
        result: list[tuple[str, int]] = []
        for text, votes in notes:
            clean = " ".join(str(text).split())
            if clean and clean.casefold() not in have:
                have.add(clean.casefold())
                result.append((clean, votes))
        return result

    def member_rows(self, project_id: str, stage: Stage | str, key: str) -> list[dict[str, Any]]:
        """Rows for a ``from_members`` table (team and roles) from the team's members,
        leaving out names already in the table."""
        item = field_of(stage, key)
        if not item.from_members:
            return []
        with self.store.transaction() as session:
            project = session.get(Project, project_id)
            if project is None:
                return []
            members = session.exec(
                select(Member).where(Member.team_id == project.team_id).order_by(Member.sort_order)  # type: ignore[arg-type]
            ).all()
        have = {text.strip().casefold() for text in self._texts(project_id, stage, item)}
        keys = {column.key for column in item.columns}
        rows = []
        for member in members:
            if member.name.strip().casefold() in have:
                continue
            values = {
                "name": member.name,
                "nip": member.nip,
                "position": member.position,
                "role": member.role,
            }
            rows.append({k: v for k, v in values.items() if k in keys})
        return rows

    # -- helpers -----------------------------------------------------------------------

    def _texts(self, project_id: str, stage: Stage | str, item: Field) -> list[str]:
        rows = self.answer(project_id, stage, item.key) or []
        if item.kind == LIST:
            return [str(r) for r in rows]
        first = item.columns[0].key
        return [str(r.get(first) or "") for r in rows]


def _check_index(rows: list[Any], index: int) -> None:
    if not 0 <= index < len(rows):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no row {row}."), row=index + 1)


def _stage_answers() -> Any:
    """``SELECT id, answers, rev`` of one project's stage (built once, ``FastEdits.cached``)."""
    return sa.select(WORKS.c.id, WORKS.c.answers, WORKS.c.rev).where(
        WORKS.c.project_id == sa.bindparam("project_id"), WORKS.c.stage == sa.bindparam("stage")
    )


def _feeds(row: Any, kind: str) -> bool:
    """Whether a note (text, votes, template, stage, zone, x, y, width, height) lies in a
    zone its template declares as feeding ``kind`` ("causes", "ideas")."""
    template = templates.all_templates().get(row[2])
    if template is None:
        return False
    zones = template.feeding(kind)
    zone = row[4]
    if zone is None:
        found = template.zone_at(row[5] + row[7] / 2, row[6] + row[8] / 2)
        zone = found.key if found else None
    return zone in zones


__all__ = ["STAGES", "Readiness", "WorksheetService"]
