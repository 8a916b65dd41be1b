"""The fixed words of the proposal (English msgids, Indonesian in the .ts catalogue).

The document's language is chosen per export (``--lang``), independent of the UI, so these
go through the Qt-free ``labinov.i18n.translator``.
"""

from __future__ import annotations

from collections.abc import Callable

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.i18n import translator

CONTEXT = "Report"


TABLE_OF_CONTENTS = QT_TRANSLATE_NOOP("Report", "Table of contents")
PROFILE = QT_TRANSLATE_NOOP("Report", "Innovation profile")
PROPOSAL = QT_TRANSLATE_NOOP("Report", "Proposal")
RECORD = QT_TRANSLATE_NOOP("Report", "The 5D record")
CANVASES = QT_TRANSLATE_NOOP("Report", "Canvases")
READINESS = QT_TRANSLATE_NOOP("Report", "Appendix: readiness")
EVALUATION = QT_TRANSLATE_NOOP("Report", "Evaluation and replication")
TEAM = QT_TRANSLATE_NOOP("Report", "Team and commitment")
MEMBERS = QT_TRANSLATE_NOOP("Report", "Team members")
NAME = QT_TRANSLATE_NOOP("Report", "Name")
POSITION = QT_TRANSLATE_NOOP("Report", "Position")
ROLE = QT_TRANSLATE_NOOP("Report", "Role in team")
PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of ")
WORDS = QT_TRANSLATE_NOOP("Report", "{words} of at most {limit} words")
WORDS_NO_LIMIT = QT_TRANSLATE_NOOP("Report", "{words} words")
WEIGHT = QT_TRANSLATE_NOOP("Report", "weight {weight}%")
EMPTY_TEXT = QT_TRANSLATE_NOOP("Report", "(not filled in yet)")
OVER = QT_TRANSLATE_NOOP("Report", "{over} words over the limit of {limit}")
EMPTY = QT_TRANSLATE_NOOP("Report", "empty")
DRAFTED = QT_TRANSLATE_NOOP("Report", "drafted from other answers")
DRAFTED_FROM = QT_TRANSLATE_NOOP("Report", "drafted from other answers: {source}")
REPEATS = QT_TRANSLATE_NOOP("Report", "repeats the text of {sections}")
THIN = QT_TRANSLATE_NOOP("Report", "too thin: fewer than {words} words")
SECTION = QT_TRANSLATE_NOOP("Report", "Section")
WORD_COUNT = QT_TRANSLATE_NOOP("Report", "Words")
LIMIT = QT_TRANSLATE_NOOP("Report", "Limit")
STATUS = QT_TRANSLATE_NOOP("Report", "Status")
WHERE = QT_TRANSLATE_NOOP("Report", "Written in")
ALL_READY = QT_TRANSLATE_NOOP("Report", "Every section is filled in and within its word limit.")
READINESS_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "Sections that are empty, longer than the competition allows, or drafted from other "
    "answers. Nothing was cut: write or shorten these texts where the last column says "
    "before submitting.",
)
TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
RANK = QT_TRANSLATE_NOOP("Report", "Rank")
CHOSEN = QT_TRANSLATE_NOOP("Report", "Chosen problem: {problem}")
NOTES_OF = QT_TRANSLATE_NOOP("Report", "Notes on “{title}”")
NUMBER = QT_TRANSLATE_NOOP("Report", "No.")
ZONE = QT_TRANSLATE_NOOP("Report", "Zone")
NOTE = QT_TRANSLATE_NOOP("Report", "Note")
VOTES = QT_TRANSLATE_NOOP("Report", "Votes")
LINK_COUNT = QT_TRANSLATE_NOOP("Report", "{notes} notes, {links} connectors")
EXPORTED_ON = QT_TRANSLATE_NOOP("Report", "Exported on {date}")
WORKSHOP = QT_TRANSLATE_NOOP("Report", "Workshop")
ORGANISER = QT_TRANSLATE_NOOP("Report", "Organiser")
NO_RECORD = QT_TRANSLATE_NOOP("Report", "Nothing recorded in this stage yet.")
STAGE_STATUS = QT_TRANSLATE_NOOP("Report", "Stage status: {status}")
SUBJECT = QT_TRANSLATE_NOOP("Report", "Innovation proposal of {team}")
PICTURE = QT_TRANSLATE_NOOP("Report", "[picture]")
CHECK_NUMBERS = QT_TRANSLATE_NOOP(
    "Report", "Numbers to check (stored before Labinov read Indonesian numbers)"
)
CHECK_NUMBER = QT_TRANSLATE_NOOP("Report", "check this number: {where} = {value}")
LIMITS = QT_TRANSLATE_NOOP("Report", "Competition limits not met")
DETAIL = QT_TRANSLATE_NOOP("Report", "Detail: {title}")
OUTSIDE_ZONES = QT_TRANSLATE_NOOP("Report", "Outside the zones")

Translate = Callable[[str], str]


def words(language: str) -> Translate:
    """``tr(text)`` for the ``Report`` context in ``language``."""
    translate = translator(language)
    return lambda text: translate(CONTEXT, text)


ESTIMATED = QT_TRANSLATE_NOOP("Report", "estimated limit")
ESTIMATED_LIMITS = QT_TRANSLATE_NOOP(
    "Report", "Estimated limits (batas perkiraan): no source found confirms them"
)
ESTIMATED_LINE = QT_TRANSLATE_NOOP("Report", "{part}: at most {limit} words")
ELIGIBLE = QT_TRANSLATE_NOOP("Report", "Eligibility for {competition}: eligible")
NOT_ELIGIBLE = QT_TRANSLATE_NOOP("Report", "Eligibility for {competition}: not eligible")
ELIGIBLE_WARNINGS = QT_TRANSLATE_NOOP(
    "Report", "Eligibility for {competition}: eligible, with warnings"
)
RULES_MET = QT_TRANSLATE_NOOP("Report", "every eligibility rule of this competition is met")
