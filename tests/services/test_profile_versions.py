"""The innovation profile's edits check the project row's version, as every other edit
does: two apps' services on one store (SQLite, and the PostgreSQL server when there is one);
a write from a version loaded before the other's write is refused and changes nothing."""

from __future__ import annotations

import pytest

from labinov.errors import StaleWriteError
from labinov.services import Services
from labinov.store.db import Store
from labinov.store.fast_edits import Version


@pytest.fixture
def project(services: Services) -> str:
    workshop = services.workshops.create("Labinov Makassar 2026").id
    team = services.teams.create(workshop, "Disdukcapil").id
    return services.projects.create(team, "Akta Lahir Sehari", covid="non_covid").id


def test_a_profile_edit_from_an_old_version_is_refused(store: Store, project: str) -> None:
    mine, theirs = Services(store), Services(store)
    loaded = theirs.projects.get(project).rev  # B's form shows this version

    mine.projects.update_profile(project, {"design_summary": "Akta di rumah sakit"})
    with pytest.raises(StaleWriteError):
        theirs.projects.update_profile(project, {"design_summary": "Jemput bola"}, Version(loaded))
    with pytest.raises(StaleWriteError):  # another field of the row: refused all the same
        theirs.projects.update_profile(project, {"innovation_type": "digital"}, Version(loaded))
    stored = mine.projects.get(project)
    assert stored.profile == {"covid": "non_covid", "design_summary": "Akta di rumah sakit"}

    # from the version now stored: written, and the row gets the version the caller chose
    version = Version(stored.rev)
    previous = theirs.projects.update_profile(project, {"design_summary": "Jemput bola"}, version)
    assert previous == {"design_summary": "Akta di rumah sakit"}
    after = mine.projects.get(project)
    assert after.rev == version.new and after.profile["design_summary"] == "Jemput bola"


def test_a_profile_edit_checks_the_title_too(store: Store, project: str) -> None:
    """One version per row: a rename since the form loaded makes its profile edit stale
    (the page reloads both), and an unchecked edit still merges field by field."""
    mine, theirs = Services(store), Services(store)
    loaded = theirs.projects.get(project).rev
    mine.projects.rename(project, "Akta Kilat")
    with pytest.raises(StaleWriteError):
        theirs.projects.update_profile(project, {"covid": "covid"}, Version(loaded))
    assert theirs.projects.update_profile(project, {"covid": "covid"}) == {"covid": "non_covid"}
    stored = mine.projects.get(project)
    assert (stored.title, stored.profile) == ("Akta Kilat", {"covid": "covid"})


def test_undoing_a_letter_file_keeps_a_tick_given_since(store: Store, project: str) -> None:
    """A letter's file ticks it in the profile's checklist; undoing that takes back only its
    own tick, not one another app gave since (it put back the whole list as it was)."""
    mine, theirs = Services(store), Services(store)
    attached = mine.attachments.attach(project, "letter:sk_inovator", "sk.pdf", b"%PDF-1.4 sk")
    assert attached.ticked
    theirs.projects.update_profile(
        project, {"letters_ready": ["sk_inovator", "surat_identitas_inovator"]}
    )
    mine.attachments.detach(attached)
    profile = mine.projects.get(project).profile
    assert profile["letters_ready"] == ["surat_identitas_inovator"]
    assert mine.attachments.list(project) == []


def test_archiving_from_an_old_version_is_refused(store: Store, project: str) -> None:
    mine, theirs = Services(store), Services(store)
    loaded = theirs.projects.get(project).rev
    mine.projects.update_profile(project, {"covid": "covid"})
    with pytest.raises(StaleWriteError):
        theirs.projects.set_archived(project, True, Version(loaded))
    assert not mine.projects.get(project).archived
    assert (
        theirs.projects.set_archived(project, True, Version(mine.projects.get(project).rev))
        is False
    )
    assert mine.projects.get(project).archived
