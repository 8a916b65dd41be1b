"""The project's own words, never flagged: its team (usually the OPD), the workshop's
organiser, the members' names, short profile values (names, places, units) and the
acronyms and capitalised names of its title ("SIPADU", "Dukcapil")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from labinov.spelling.checker import words_in

if TYPE_CHECKING:
    from labinov.services import Services

SHORT_VALUE = 80  # longer profile values are prose, checked like any text


def glossary_words(names: list[str], title: str) -> set[str]:
    """Every word of ``names``; from ``title`` only the words written with a capital (a
    lower-case title word may itself be misspelt)."""
    words = {word for name in names for _s, _n, word in words_in(name)}
    words |= {word for _s, _n, word in words_in(title) if word[:1].isupper()}
    return words


def project_glossary(services: Services, project_id: str) -> set[str]:
    project = services.projects.get(project_id)
    team = services.teams.get(project.team_id)
    workshop = services.workshops.get(team.workshop_id)
    names = [team.name, workshop.organiser]
    names += [member.name for member in services.members.list(team.id)]
    names += [
        value
        for value in project.profile.values()
        if isinstance(value, str) and len(value) <= SHORT_VALUE
    ]
    return glossary_words(names, project.title)
