"""Teams (OPD, Perusda, academic or community partners) and their members."""

from __future__ import annotations

import builtins
import hashlib
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.method.teams import MEMBER_ROLES, TEAM_KINDS
from labinov.services.base import Changes, Service, apply_changes, get_or_raise, required_name
from labinov.store import snapshot
from labinov.store.fast_edits import Version, stale
from labinov.store.ids import new_rev
from labinov.store.models import Member, Team, Workshop


def _check_choice(value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Unknown choice {value!r}; expected one of {allowed}."),
            value=value,
            allowed=", ".join(allowed),
        )
    return value


def _checked(
    changes: dict[str, object], what: str, choice: str, allowed: tuple[str, ...]
) -> dict[str, object]:
    """``changes`` with the name trimmed (``what``: its field name) and ``choice`` checked."""
    if "name" in changes:
        changes["name"] = required_name(str(changes["name"]), what)
    if choice in changes:
        _check_choice(str(changes[choice]), allowed)
    return changes


class TeamService(Service):
    def create(self, workshop_id: str, name: str, kind: str = "opd", contact: str = "") -> Team:
        team = Team(
            workshop_id=workshop_id,
            name=required_name(name, QT_TRANSLATE_NOOP("UserError", "team name")),
            kind=_check_choice(kind, TEAM_KINDS),
            contact=contact,
        )
        with self.store.transaction() as session:
            get_or_raise(session, Workshop, workshop_id)
            session.add(team)
        return team

    def get(self, team_id: str) -> Team:
        return self._get(Team, team_id)

    def list(self, workshop_id: str) -> list[Team]:
        with self.store.transaction() as session:
            query = (
                select(Team).where(Team.workshop_id == workshop_id).order_by(col(Team.created_at))
            )
            return list(session.exec(query).all())

    def update(self, team_id: str, version: Version | None = None, **changes: object) -> Changes:
        what = QT_TRANSLATE_NOOP("UserError", "team name")
        checked = _checked(changes, what, "kind", TEAM_KINDS)
        return self._update(Team, team_id, checked, version=version)

    def delete(self, team_id: str) -> snapshot.Snapshot:
        return self._delete(Team, team_id)


class MemberService(Service):
    def add(
        self, team_id: str, name: str, *, role: str = "anggota", position: str = "", nip: str = ""
    ) -> Member:
        with self.store.transaction() as session:
            get_or_raise(session, Team, team_id)
            count = session.exec(
                select(func.count()).select_from(Member).where(Member.team_id == team_id)
            ).one()
            member = Member(
                team_id=team_id,
                name=required_name(name, QT_TRANSLATE_NOOP("UserError", "member name")),
                role=_check_choice(role, MEMBER_ROLES),
                position=position,
                nip=nip,
                sort_order=count,
            )
            session.add(member)
        return member

    def list(self, team_id: str) -> list[Member]:
        with self.store.transaction() as session:
            query = select(Member).where(Member.team_id == team_id).order_by(col(Member.sort_order))
            return list(session.exec(query).all())

    def update(self, member_id: str, **changes: object) -> Changes:
        what = QT_TRANSLATE_NOOP("UserError", "member name")
        checked = _checked(changes, what, "role", MEMBER_ROLES)
        return self._update(Member, member_id, checked)

    def remove(self, member_id: str) -> snapshot.Snapshot:
        return self._delete(Member, member_id)

    def versioned_list(self, team_id: str) -> tuple[builtins.list[Member], str]:
        """The team's members and the version of that list (``members_version``), what a
        dialog editing them keeps to pass to ``replace_team``."""
        members = self.list(team_id)
        return members, members_version((m.id, m.rev) for m in members)

    def set_team(
        self, team_id: str, rows: builtins.list[dict[str, Any]]
    ) -> builtins.list[dict[str, Any]]:
        """``replace_team`` without a version check; returns the previous members."""
        return self.replace_team(team_id, rows)[0]

    def replace_team(
        self, team_id: str, rows: builtins.list[dict[str, Any]], version: str | None = None
    ) -> tuple[builtins.list[dict[str, Any]], str]:
        """Make the team's members exactly ``rows`` (in that order), in one transaction.

        A row with the ``id`` of a member updates it (ids stay, so bundles merge by them);
        a row without one adds a member; members not in ``rows`` are removed. Every row is
        checked before anything changes. Returns the previous members as rows (passing
        them back is the undo: removed members return with their ids) and the list's new
        version. ``version``: the list's version as the caller loaded it; when a member was
        added, removed or edited since (another app), ``StaleWriteError`` and nothing
        changes: the whole list is written, so an unchecked write would drop their member."""
        cleaned = [
            {
                "id": row.get("id") or None,
                "name": required_name(
                    str(row.get("name") or ""), QT_TRANSLATE_NOOP("UserError", "member name")
                ),
                "nip": str(row.get("nip") or "").strip(),
                "position": str(row.get("position") or "").strip(),
                "role": _check_choice(str(row.get("role") or "anggota"), MEMBER_ROLES),
            }
            for row in rows
        ]
        token = new_rev()  # the rows written share it: the new version is known unread
        with self.store.transaction() as session:
            get_or_raise(session, Team, team_id)
            query = select(Member).where(Member.team_id == team_id).order_by(col(Member.sort_order))
            existing = {member.id: member for member in session.exec(query).all()}
            if version is not None and version != members_version(
                (m.id, m.rev) for m in existing.values()
            ):
                raise stale()
            previous = [_member_row(member) for member in existing.values()]
            kept = {row["id"] for row in cleaned if row["id"] in existing}
            for member_id, removed in existing.items():
                if member_id not in kept:
                    session.delete(removed)
            session.flush()  # a removed id may come back below (undo of a removal)
            after: dict[str, str] = {}
            for order, row in enumerate(cleaned):
                fields: dict[str, Any] = {k: row[k] for k in ("name", "nip", "position", "role")}
                member = existing.get(row["id"]) if row["id"] in kept else None
                if member is None:
                    extra: dict[str, Any] = {"id": row["id"]} if row["id"] else {}
                    member = Member(team_id=team_id, sort_order=order, rev=token, **fields, **extra)
                    session.add(member)
                elif any(getattr(member, k) != v for k, v in fields.items()) or (
                    member.sort_order != order
                ):
                    apply_changes(member, {**fields, "sort_order": order})
                    member.rev = token
                    session.add(member)
                after[member.id] = member.rev
        return previous, members_version(after.items())


def members_version(members: Iterable[tuple[str, str]]) -> str:
    """One version for a team's member list: a digest of its members' ids and versions
    (any member added, removed or edited changes it)."""
    text = ";".join(f"{member_id}:{rev}" for member_id, rev in sorted(members))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _member_row(member: Member) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "nip": member.nip,
        "position": member.position,
        "role": member.role,
    }
