"""Migration ``0007_attachment_purpose``: a database at 0006 opens, its pictures stay canvas
pictures (purpose ""), and a text "urusan terkait" becomes choices without losing a word."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from alembic import command

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store
from labinov.store.migrate import alembic_config, current_revision, head_revision
from tests.iid_project import PNG


def test_database_at_0006_is_upgraded(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    store = open_store(user_paths(folder))
    services = Services(store)
    workshop = services.workshops.create("Labinov 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    picture = services.canvases.store_image(project, "wall.png", PNG)
    command.downgrade(alembic_config(store.engine), "0008_project_search")  # before sync
    store.dispose()
    connection = sqlite3.connect(folder / "labinov.sqlite")
    with connection:
        old = {"government_affair": "Adminduk", "related_affairs": "Kesehatan, Pasar; sosial"}
        connection.execute(
            "UPDATE project SET profile = ? WHERE id = ?", (json.dumps(old), project)
        )
        stamp = connection.execute("SELECT updated_at FROM project").fetchone()[0]
        connection.execute("ALTER TABLE attachment DROP COLUMN purpose")
        connection.execute("UPDATE alembic_version SET version_num = '0006_item_locked'")
    connection.close()

    store = open_store(user_paths(folder))  # runs 0007
    assert current_revision(store.engine) == head_revision()
    services = Services(store)
    profile = services.projects.get(project).profile
    assert profile["related_affairs"] == ["kesehatan", "sosial"]
    assert profile["government_affair"] == "Adminduk; Pasar"  # nothing typed is lost
    assert services.attachments.list(project) == []  # the picture is not supporting data
    assert services.canvases.image_data(picture) == PNG
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT updated_at FROM project").scalar() == stamp
    store.dispose()
