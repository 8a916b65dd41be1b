"""Alembic, driven from code: the schema is brought up to date at every start.

Importing Alembic costs ~0.15 s, a fifth of a ``labinov list``; so the start-up check
compares the database's revision with ``REVISIONS``, the migrations' ids written out here,
and asks Alembic only when the database is behind. A test keeps that list equal to
Alembic's own reading of the scripts (adding a migration: add its id last).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from labinov.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:  # quick_head() serves the fast start: no SQLAlchemy at import time
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Every revision, oldest first (``migrations/versions``); the last is the head. Written out,
# not read from the scripts at each start: reading ten files cost a start ~1 ms.
REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0003_agenda_parking_lot",
    "0004_exchange_base",
    "0005_suspect_numbers",
    "0006_item_locked",
    "0007_attachment_purpose",
    "0008_project_search",
    "0009_sync",
    "0010_exchange_rev",
)


def quick_head() -> str:
    """The head revision, without importing Alembic."""
    return REVISIONS[-1]


_KNOWN = frozenset(REVISIONS)


def known_revisions() -> frozenset[str]:
    """Every revision id this Labinov has (a database at another one is newer)."""
    return _KNOWN


class NewerDatabaseError(UserError):
    """The database was made by a newer Labinov: its schema is not one this one knows."""


def check_not_newer(revision: str | None) -> None:
    """Refuse a schema revision this Labinov does not know, before anything is changed."""
    if revision is None or revision in known_revisions():
        return
    from labinov import __version__

    raise NewerDatabaseError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "This database was made by a newer Labinov (schema {found}); Labinov {version} "
            "knows schemas up to {known}. Please update Labinov to open it; nothing was "
            "changed.",
        ),
        found=revision,
        version=__version__,
        known=quick_head(),
    )


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


@cache
def head_revision() -> str | None:
    """The head revision by Alembic (the scripts cannot change in a running process:
    computed once, a server's every connection asks for it)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every migration not yet applied; cheap when the schema is current."""
    current = current_revision(engine)
    if revision == "head" and current == quick_head():
        return
    check_not_newer(current)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
