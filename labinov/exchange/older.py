"""What a bundle of an older format needs before it is merged (see FORMAT.md, ledger).

Format 1 (Labinov before the locale module) stored worksheet numbers read with the dot as a
decimal point, so "1.200" may have travelled as 1.2: its numbers with one to three
decimals are marked for the user to check, exactly as the migration ``0005_suspect_numbers``
marks them in a database (``labinov.method.suspects``); no value is changed.
"""

from __future__ import annotations

from typing import Any

from labinov.method.suspects import mark_suspects


def upgrade_documents(documents: list[dict[str, Any]], version: int) -> int:
    """Bring documents of format ``version`` to the current meaning, in place; returns how
    many numbers were marked for a check."""
    marked = 0
    if version >= 2:
        return marked
    for document in documents:
        for row in document.get("tables", {}).get("stagework", []):
            answers = row.get("answers")
            if isinstance(answers, dict):
                row["answers"], count = mark_suspects(str(row.get("stage", "")), answers)
                marked += count
    return marked
