"""What the main window shows for a selected workshop or team: its details and innovations.

Read-only and rebuilt on every selection or change: a workshop of 30 teams is a few dozen
lines of text. Editing goes through the menus (Workshop ▸ Edit…), so undo stays in one place.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from labinov.gui.context import AppContext
from labinov.gui.projector import ProjectorPreset
from labinov.gui.texts import member_role_text, status_text, team_kind_text
from labinov.method.locale import format_date
from labinov.method.stages import stage_content


def _e(text: object) -> str:
    """User text shown literally (names may hold "<", "&" or emoji)."""
    return escape(str(text), quote=False)


class SummaryPage(QTextBrowser):
    """A workshop's or a team's summary: details, then each innovation with its stage."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionInfo")
        self.context = context
        self.setOpenLinks(False)
        # shown on the wall as often as the overview: larger text with the projector preset
        ProjectorPreset.of(context).follow(self)

    def show_workshop(self, workshop_id: str) -> None:
        services = self.context.services
        workshop = services.workshops.get(workshop_id)
        overview = services.projects.overview(workshop_id)
        language = self.context.language
        days = (workshop.start_date, workshop.end_date)
        dates = " – ".join(format_date(day, language) for day in days if day)
        details = [
            (self.tr("Organiser"), workshop.organiser),
            (self.tr("Place"), workshop.place),
            (self.tr("Dates"), dates),
            (self.tr("Moderators"), workshop.moderators),
        ]
        teams = [team for team in overview.teams if team.workshop_id == workshop_id]
        parts = [f"<h2>{_e(workshop.name)}</h2>", self._details(details)]
        if workshop.description:
            # its lines as typed (pasted from Word, a paragraph per line)
            parts.append(f"<p>{_e(workshop.description).replace(chr(10), '<br/>')}</p>")
        heading = self.tr("%n team(s)", "", len(teams))
        parts.append(f"<h3>{_e(heading)}</h3>")
        if not teams:
            hint = self.tr("Add a team with Workshop ▸ New team (Ctrl+T).")
            parts.append(f"<p>{_e(hint)}</p>")
        for team in teams:
            parts.append(f"<p><b>{_e(team.name)}</b></p>")
            parts.append(self._projects([p for p in overview.projects if p.team_id == team.id]))
        self.setHtml("".join(parts))

    def show_team(self, team_id: str) -> None:
        services = self.context.services
        team = services.teams.get(team_id)
        members = services.members.list(team_id)
        overview = services.projects.overview(team.workshop_id)
        details = [(self.tr("Kind"), team_kind_text(team.kind)), (self.tr("Contact"), team.contact)]
        parts = [f"<h2>{_e(team.name)}</h2>", self._details(details)]
        members_heading = self.tr("Members")
        parts.append(f"<h3>{_e(members_heading)}</h3>")
        if members:
            rows = "".join(
                f"<li>{_e(m.name)}{' — ' + _e(m.position) if m.position else ''}"
                f" ({_e(member_role_text(m.role))})</li>"
                for m in members
            )
            parts.append(f"<ul>{rows}</ul>")
        else:
            none_yet = self.tr(
                "No members yet: add them with Workshop ▸ Team members… (Ctrl+Shift+M)."
            )
            parts.append(f"<p>{_e(none_yet)}</p>")
        innovations = self.tr("Innovations")
        parts.append(f"<h3>{_e(innovations)}</h3>")
        parts.append(self._projects([p for p in overview.projects if p.team_id == team_id]))
        self.setHtml("".join(parts))

    def _details(self, details: list[tuple[str, object]]) -> str:
        rows = "".join(
            f"<tr><td><b>{_e(label)}</b>&nbsp;&nbsp;</td><td>{_e(value)}</td></tr>"
            for label, value in details
            if value
        )
        return f"<table>{rows}</table>" if rows else ""

    def _projects(self, projects: list) -> str:  # type: ignore[type-arg]
        if not projects:
            return (
                "<p>"
                + self.tr("No innovation yet: add one with Project ▸ New project (Ctrl+N).")
                + "</p>"
            )
        language = self.context.language
        items = []
        for project in projects:
            content = stage_content(project.current_stage)
            status = status_text(project.stage_status)
            stage = f"{content.number}. {content.name(language)} — {status}"
            items.append(f"<li>{_e(project.title)}<br/><i>{_e(stage)}</i></li>")
        return f"<ul>{''.join(items)}</ul>"
