"""What a bundle of an older format needs before it is merged (see FORMAT.md, ledger).

Format 1 (Labinov before the locale module) stored worksheet numbers read with the dot as a
decimal point, so "1.200" may have travelled as 1.2: its numbers with one to three
decimals are marked for the user to check, exactly as the migration ``0005_suspect_numbers``
marks them in a database (``labinov.method.suspects``); no value is changed. Formats 1 and 2
kept *urusan terkait* as text: it becomes a list of choices, as migration 0007 does.
"""

from __future__ import annotations

from typing import Any

from labinov.method.profile import upgrade_related_affairs
from labinov.method.suspects import mark_suspects


def upgrade_documents(documents: list[dict[str, Any]], version: int) -> int:
    """Bring documents of format ``version`` to the current meaning, in place; returns how
    many numbers were marked for a check."""
    marked = 0
    if version < 3:  # urusan terkait became a list of choices (migration 0007)
        for document in documents:
            for row in document.get("tables", {}).get("project", []):
                profile = row.get("profile")
                upgraded = upgrade_related_affairs(profile) if isinstance(profile, dict) else None
                if upgraded is not None:
                    row["profile"] = upgraded
    if version >= 2:
        return marked
    for document in documents:
        for row in document.get("tables", {}).get("stagework", []):
            answers = row.get("answers")
            if isinstance(answers, dict):
                row["answers"], count = mark_suspects(str(row.get("stage", "")), answers)
                marked += count
    return marked
