"""Developer tool: autogenerate an Alembic revision against a database built by the
existing migrations (``python tools/new_revision.py "what changed"`` from the checkout).

Kept out of the ``labinov`` package: the runtime only applies migrations
(``labinov.store.migrate``), and a developer command there made ``store.db`` and
``store.migrate`` import each other.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, not an install

from alembic import command

from labinov.store.db import make_engine
from labinov.store.migrate import alembic_config, upgrade


def new_revision(message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "revision.sqlite")
        try:
            upgrade(engine)
            script = command.revision(alembic_config(engine), message=message, autogenerate=True)
            made = getattr(script, "revision", "its id")
            print(f"Now add {made!r} last to REVISIONS in labinov/store/migrate.py")
        finally:
            engine.dispose()


if __name__ == "__main__":
    new_revision(" ".join(sys.argv[1:]) or "change")
