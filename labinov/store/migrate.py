"""Alembic, driven from code: the schema is brought up to date at every start.

Importing Alembic costs ~0.15 s, a fifth of a ``labinov list``; so the start-up check reads
the revision ids from the migration files with a regular expression and asks Alembic only
when the database is behind. A test keeps that reading equal to Alembic's own.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from labinov.errors import QT_TRANSLATE_NOOP, UserError

if TYPE_CHECKING:  # quick_head() serves the fast start: no SQLAlchemy at import time
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w-]+|None)['\"]?", re.M)


@cache
def _revision_files() -> tuple[frozenset[str], frozenset[str]]:
    """(revision ids, their parents), read from the files without importing Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    return frozenset(revisions), frozenset(parents)


@cache
def quick_head() -> str | None:
    """The head revision, read from the files without importing Alembic."""
    revisions, parents = _revision_files()
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


@cache
def known_revisions() -> frozenset[str]:
    """Every revision id this Labinov has (a database at another one is newer)."""
    return _revision_files()[0]


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
        known=quick_head() or "?",
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
    if revision == "head" and quick_head() and current == quick_head():
        return
    check_not_newer(current)
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
