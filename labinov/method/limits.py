"""The competition limits a project must meet, as sentences for the exports.

The GUI checks them while typing; the table export (a "problems" column) and the PDF's
readiness appendix list the same ones so a Balitbangda sees them without opening each
project: the innovation's name at most ``MAX_NAME_WORDS`` words (KIPP), the profile's
fields with ``min_words`` (IID "Rancang bangun": at least 300), and every proposal part
over its word limit. Qt-free: texts go through ``labinov.i18n.translator``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator
from labinov.method.profile import profile_fields
from labinov.method.worksheets import word_count

MAX_NAME_WORDS = 15
CONTEXT = "Limits"
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Limits", "name has {words} words, at most {limit}")
TOO_SHORT = QT_TRANSLATE_NOOP("Limits", "{field}: {words} words, at least {minimum} asked")
TOO_LONG = QT_TRANSLATE_NOOP("Limits", "{part}: {words} words, at most {limit}")


def problems(
    title: str,
    profile: dict[str, Any],
    parts: Iterable[tuple[str, int, int | None]],
    language: str,
) -> list[str]:
    """Every limit not met. ``parts``: (title, words, max words) of the proposal parts."""
    translate = translator(language)
    found = []
    words = word_count(title)
    if words > MAX_NAME_WORDS:
        found.append(translate(CONTEXT, NAME_TOO_LONG).format(words=words, limit=MAX_NAME_WORDS))
    for field in profile_fields():
        minimum = field.min_words
        if not minimum:
            continue
        words = word_count(str(profile.get(field.key) or ""))
        if words < minimum:
            found.append(
                translate(CONTEXT, TOO_SHORT).format(
                    field=field.label(language), words=words, minimum=minimum
                )
            )
    for part, words, limit in parts:
        if limit and words > limit:
            found.append(translate(CONTEXT, TOO_LONG).format(part=part, words=words, limit=limit))
    return found
