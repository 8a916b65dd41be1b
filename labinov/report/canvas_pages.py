"""The canvases of a proposal: each canvas's figure on a page of its own orientation, the
zoomed details of a canvas too large to print its notes at 6 pt, and the note table the
figure's note numbers link to."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph

from labinov.method.stages import stage_content
from labinov.report import texts
from labinov.report.data import CanvasData
from labinov.report.document import LANDSCAPE, PORTRAIT
from labinov.report.figure import CanvasFigure
from labinov.report.figure_layout import bounds, details, template_of
from labinov.report.markup import para
from labinov.report.record import table
from labinov.report.styles import ROOM_BLOCK, Styles, room
from labinov.report.texts import Translate

PORTRAIT_WIDTH = 210 * mm - 36 * mm
LANDSCAPE_WIDTH = 297 * mm - 36 * mm
LANDSCAPE_HEIGHT = 210 * mm - 36 * mm - 6 * mm
PORTRAIT_HEIGHT = 297 * mm - 36 * mm - 6 * mm
FIGURE_HEADROOM = 70.0  # a canvas's headings and caption above its figure
DETAIL_HEADROOM = 30.0  # a detail's title (h3 with its space)

HeadingFn = Callable[[str, int], Flowable]  # a heading that becomes a contents entry


class CanvasPages:
    def __init__(self, language: str, styles: Styles, tr: Translate, note_lists: bool) -> None:
        self.language, self.styles, self.tr, self.note_lists = language, styles, tr, note_lists

    def canvas(
        self, canvas: CanvasData, index: int, heading: HeadingFn, first: bool
    ) -> list[Flowable]:
        """One canvas: the figure, its details when needed, its note table."""
        left, top, right, bottom = bounds(canvas, template_of(canvas.template))
        wide = (right - left) >= (bottom - top)
        width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
        page_height = LANDSCAPE_HEIGHT if wide else PORTRAIT_HEIGHT
        key = f"notes{index}" if self.note_lists else None
        figure = CanvasFigure(canvas, self.language, page_height - FIGURE_HEADROOM, table_key=key)
        figure.picture_label = self.tr(texts.PICTURE)
        story: list[Flowable] = [NextPageTemplate(LANDSCAPE if wide else PORTRAIT), PageBreak()]
        if first:
            story.append(heading(self.tr(texts.CANVASES), 0))
        title = canvas.title or canvas.template
        stage_name = stage_content(canvas.stage).name(self.language)
        story.append(heading(f"{title} ({stage_name})", 1))
        count = self.tr(texts.LINK_COUNT).format(notes=len(figure.notes()), links=len(canvas.links))
        story += [Paragraph(para(count), self.styles.small), figure]
        story += self.details(canvas, figure, width, page_height, key)
        if key and figure.notes():
            story += self.note_list(canvas, figure, width, key)
        return story

    def details(
        self, canvas: CanvasData, figure: CanvasFigure, width: float, height: float, key: str | None
    ) -> list[Flowable]:
        """Zoomed details of a canvas too large to print its notes at 6 pt or more."""
        found: list[Flowable] = []
        room_height = height - DETAIL_HEADROOM  # a detail needs only its title above
        outside = self.tr(texts.OUTSIDE_ZONES)
        for detail in details(canvas, figure.template, self.language, width, room_height, outside):
            zoomed = CanvasFigure(canvas, self.language, room_height, detail.box, key)
            zoomed.picture_label = figure.picture_label
            _w, needed = zoomed.wrap(width, room_height)
            title = self.tr(texts.DETAIL).format(title=detail.title)
            found += [
                CondPageBreak(needed + DETAIL_HEADROOM),
                Paragraph(para(title), self.styles.h3),
                zoomed,
            ]
        return found

    def note_list(
        self, canvas: CanvasData, figure: CanvasFigure, width: float, key: str
    ) -> list[Flowable]:
        zones = {}
        if figure.template is not None:
            zones = {
                z.key: str(z.label.get(self.language) or z.label.get("id"))
                for z in figure.template.zones
            }
        rows = [
            [
                f"#{figure.numbers[item['id']]}",  # as printed on the note in the figure
                zones.get(item.get("zone") or "", item.get("zone") or ""),
                item.get("text") or "",
                str(item.get("votes") or ""),
            ]
            for item in figure.notes()
        ]
        tr = self.tr
        return [
            room(ROOM_BLOCK),
            Anchor(key),
            Paragraph(para(tr(texts.NOTES_OF).format(title=canvas.title)), self.styles.h3),
            table(
                [tr(texts.NUMBER), tr(texts.ZONE), tr(texts.NOTE), tr(texts.VOTES)],
                rows,
                [width * 0.07, width * 0.2, width * 0.63, width * 0.1],
                self.styles,
            ),
        ]


class Anchor(Flowable):
    """An invisible link target (the note table, which a figure's notes link to)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 14)
