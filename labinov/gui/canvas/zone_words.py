"""How large a zone's title and guiding question are drawn.

At the usual size a title is 26 pt and its question 15 pt (canvas units, 96 a inch). The
projector preset scales both (``scale``); in presentation the question also reaches the
room's text size on the screen (``floor`` pixels at the zoom ``lod``). Grown words stay in
their zone: no word wider than the zone, and title and question above the zone's first
note (at least down to ``BAND``, where the templates put their first notes); they give
back size, never below the usual one, until they fit (without that the question's second
line hid under the first row of notes). The titles of one canvas share one size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from labinov.method.stages import pick
from labinov.method.templates import Zone

TITLE_PT, QUESTION_PT = 26.0, 15.0  # a zone's title and question at the usual size
PT_PER_PX = 0.75  # 72 points per 96 canvas units
PADDING = 16.0  # the words' margin inside their zone
TITLE_TOP, GAP = 10.0, 6.0  # the title's distance from the zone's top; question below it
QUESTION_TOP = 56.0  # the question's usual distance from the zone's top
BAND = 106.0  # title and question end above the first notes (110 down in the templates)
LINE_CHARS = 20  # a presented question keeps at least about this many letters a line
CHAR_EMS = 0.5  # an average letter's width, in text sizes
TITLE_OVER_QUESTION = 1.4  # a grown title is this much larger than its question
TITLE_OVER_QUESTION_LEAST = 1.15  # and, to fit the band, at least this much
STEP = 0.94  # giving back size this much at a time
OPEN_PX = 12.0  # a board opens with its zones' questions at least this tall on the screen
WRAP_TOP_LEFT = int(
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
)


@dataclass(frozen=True)
class ZoneWords:
    """The fonts of a zone's title and question, and the question's distance from the
    zone's top (canvas units)."""

    title: QFont
    question: QFont
    question_top: float
    title_pt: float  # the title's size before a long word made it smaller

    def question_px(self) -> float:
        return self.question.pointSizeF() / PT_PER_PX


def opening_zoom(zones: Sequence[Zone], scale: float) -> float:
    """The least zoom a board of ``zones`` opens at: its questions ``OPEN_PX`` tall on the
    screen (fitting a 2,560-wide idea wall into a 1366×768 laptop's board drew them 7 px
    tall); 0 when no zone asks a question. Arithmetic on the usual size only: a long word
    that shrinks one question is left to the user's zoom."""
    if not any(zone.question for zone in zones):
        return 0.0
    return OPEN_PX * PT_PER_PX / (QUESTION_PT * scale)


def template_words(
    zones: Sequence[Zone],
    language: str,
    scale: float,
    floor: float,
    lod: float,
    bands: dict[str, float] | None = None,
) -> dict[str, ZoneWords]:
    """The words of every zone, their titles one size (the largest every zone can take);
    ``bands``: how far down each zone's words may reach (default ``BAND``)."""
    bands = bands or {}

    def words(zone: Zone, title_pt: float | None = None) -> ZoneWords:
        band = bands.get(zone.key, BAND)
        return zone_words(zone, language, scale, floor, lod, title_pt, band)

    title_pt = min((words(zone).title_pt for zone in zones), default=TITLE_PT)
    return {zone.key: words(zone, title_pt) for zone in zones}


def zone_words(
    zone: Zone,
    language: str,
    scale: float,
    floor: float,
    lod: float,
    title_pt: float | None = None,
    band: float = BAND,
) -> ZoneWords:
    """The words of one zone; with ``title_pt`` its title is that size (at most, and its
    question smaller), all above ``band`` canvas units from the zone's top."""
    room = zone.rect[2] - 2 * PADDING
    label = str(pick(zone.label, language))
    question = str(pick(zone.question, language)) if zone.question else ""
    question_pt = QUESTION_PT * scale
    if floor:  # presentation: the room's text size on the screen, a few words a line
        widest = room / (LINE_CHARS * CHAR_EMS) * PT_PER_PX
        question_pt = max(question_pt, min(floor / max(lod, 0.01) * PT_PER_PX, widest))
    fixed = title_pt is not None
    if title_pt is None:
        title_pt = max(TITLE_PT * scale, question_pt * TITLE_OVER_QUESTION)
    else:  # a question never outgrows its title
        question_pt = max(QUESTION_PT, min(question_pt, title_pt / TITLE_OVER_QUESTION_LEAST))
    while True:
        words = _laid_out(label, question, title_pt, question_pt, room)
        at_usual = title_pt <= TITLE_PT and question_pt <= QUESTION_PT
        if at_usual or _bottom(words, question, room) <= band:
            return words
        # the title gives back first (it is large already), while larger than its question
        least_title = max(TITLE_PT, question_pt * TITLE_OVER_QUESTION_LEAST)
        if title_pt > least_title and not fixed:
            title_pt = max(least_title, title_pt * STEP)
        elif question_pt > QUESTION_PT:
            question_pt = max(QUESTION_PT, question_pt * STEP)
            if not fixed:
                title_pt = max(TITLE_PT, min(title_pt, question_pt * TITLE_OVER_QUESTION_LEAST))
        else:
            title_pt = max(TITLE_PT, title_pt * STEP)  # a given title too large for the band


def _laid_out(
    label: str, question: str, title_pt: float, question_pt: float, room: float
) -> ZoneWords:
    title = _fitted(_font(title_pt, bold=True), label, room)
    height = wrapped_height(title, label, room)
    top = max(QUESTION_TOP, TITLE_TOP + height + GAP)  # under a title on two lines
    question_font = _fitted(_font(question_pt, italic=True), question, room)
    return ZoneWords(title, question_font, top, title_pt)


def _bottom(words: ZoneWords, question: str, room: float) -> float:
    return words.question_top + wrapped_height(words.question, question, room)


def wrapped_height(font: QFont, text: str, room: float) -> float:
    if not text:
        return 0.0
    box = QFontMetricsF(font).boundingRect(QRectF(0, 0, room, 1e6), WRAP_TOP_LEFT, text)
    return box.height()


def _font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _fitted(font: QFont, text: str, room: float) -> QFont:
    """``font``, made smaller when its widest word would run out of ``room``."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
    if widest > room > 0:
        font.setPointSizeF(font.pointSizeF() * room / widest)
    return font
