"""The proposal story: cover, contents, profile, proposal sections, the 5D record, canvases
and the readiness appendix, laid out in one pass by ``document.ProposalDoc``."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from labinov.exchange.table import region_of
from labinov.method import limits
from labinov.method.overrides import status_text
from labinov.method.profile import profile_fields
from labinov.method.stages import STAGES, stage_content
from labinov.report import texts
from labinov.report.data import CanvasData, ProjectData
from labinov.report.document import (
    LANDSCAPE,
    PORTRAIT,
    Heading,
    LateNumbers,
    TableOfContents,
    TocEntry,
)
from labinov.report.figure import CanvasFigure
from labinov.report.figure_layout import bounds, details, template_of
from labinov.report.markup import para
from labinov.report.outline import Outline, record_blocks
from labinov.report.record import block_flowables, long_date, members_table, role_label, table
from labinov.report.sections import (
    PartText,
    check_parts,
    fill_part,
    readiness_flowables,
    section_flowables,
)
from labinov.report.styles import ROOM_BLOCK, ROOM_SECTION, Styles, grid_style, room
from labinov.report.texts import Translate

PORTRAIT_WIDTH = 210 * mm - 36 * mm
LANDSCAPE_WIDTH = 297 * mm - 36 * mm
LANDSCAPE_HEIGHT = 210 * mm - 36 * mm - 6 * mm
PORTRAIT_HEIGHT = 297 * mm - 36 * mm - 6 * mm
FIGURE_HEADROOM = 70.0  # a canvas's headings and caption above its figure
DETAIL_HEADROOM = 24.0  # a detail's title


@dataclass
class Options:
    """What one export includes. ``stages``: the stages whose record and canvases are shown;
    ``canvas_ids``: only these canvases (None = all); ``group``: ``umum``/``replikasi``
    (None = from the profile)."""

    language: str = "id"
    stages: tuple[str, ...] = tuple(stage.value for stage in STAGES)
    canvases: bool = True
    canvas_ids: frozenset[str] | None = None
    note_lists: bool = True
    record: bool = True
    profile: bool = True
    readiness: bool = True
    group: str | None = None


@dataclass
class Story:
    """The flowables and what the appendix and the tests need to know about them."""

    flowables: list[Flowable]
    parts: list[PartText]
    toc: list[TocEntry] = field(default_factory=list)


class StoryBuilder:
    def __init__(
        self,
        data: ProjectData,
        outline: Outline,
        options: Options,
        styles: Styles,
        late: LateNumbers,
    ) -> None:
        self.data, self.outline, self.options = data, outline, options
        self.styles, self.late = styles, late
        self.language = options.language
        self.tr: Translate = texts.words(options.language)
        self.toc: list[TocEntry] = []
        self.story: list[Flowable] = []

    def heading(self, text: str, level: int = 0) -> Heading:
        key = f"h{len(self.toc)}"
        self.toc.append(TocEntry(key, text, level))
        style = self.styles.h1 if level == 0 else self.styles.h2
        return Heading(text, style, key, level, self.late)

    def build(self) -> Story:
        tr = self.tr
        self.cover()
        self.story += [
            Paragraph(para(tr(texts.TABLE_OF_CONTENTS)), self.styles.h1),
            TableOfContents(self.toc, self.styles, self.late),
            PageBreak(),
        ]
        if self.options.profile:
            self.profile()
        parts = self.sections()
        if self.options.record:
            self.record()
        if self.options.canvases:
            self.canvases()
        if self.options.readiness:
            self.story += [
                NextPageTemplate(PORTRAIT),
                PageBreak(),
                self.heading(tr(texts.READINESS)),
            ]
            counted = [(p.title(self.language), p.words, p.part.max_words) for p in parts]
            profile = self.data.project.profile or {}
            unmet = limits.problems(self.data.project.title, profile, counted, self.language)
            self.story += readiness_flowables(
                parts, self.styles, tr, self.language, PORTRAIT_WIDTH, unmet
            )
        return Story(self.story, parts, self.toc)

    # -- parts of the document ---------------------------------------------------------

    def cover(self) -> None:
        data, tr, s = self.data, self.tr, self.styles
        self.story.append(Spacer(1, 30 * mm))
        if data.logo:
            try:
                logo = Image(io.BytesIO(data.logo))
                scale = min(40 * mm / logo.imageWidth, 40 * mm / logo.imageHeight)
                logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
                self.story += [logo, Spacer(1, 8 * mm)]
            except Exception:
                pass
        outline_name = str(self.outline.name.get(self.language) or self.outline.name.get("id"))
        group = self.outline.group_names.get(self.group, {})
        # the group's name never breaks ("Kelompok" / "umum" alone on a line)
        group_name = "\u00a0".join(str(group.get(self.language) or self.group).split())
        self.story += [
            Paragraph(para(data.project.title), s.title),
            Paragraph(para(f"{outline_name}\u00a0— {group_name}"), s.subtitle),
            Spacer(1, 12 * mm),
            Paragraph(f"<b>{para(data.team.name)}</b>", s.subtitle),
        ]
        region = region_of(data.workshop)
        if region:
            self.story.append(Paragraph(f"<b>{para(region)}</b>", s.subtitle))
        self.story.append(
            Paragraph(para(f"{tr(texts.WORKSHOP)}: {data.workshop.name}"), s.subtitle)
        )
        if data.workshop.organiser:
            self.story.append(
                Paragraph(para(f"{tr(texts.ORGANISER)}: {data.workshop.organiser}"), s.subtitle)
            )
        if data.workshop.place:
            self.story.append(Paragraph(para(data.workshop.place), s.subtitle))
        self.story += [
            Spacer(1, 10 * mm),
            Paragraph(
                para(tr(texts.EXPORTED_ON).format(date=long_date(date.today(), self.language))),
                s.subtitle,
            ),
            Spacer(1, 10 * mm),
        ]
        if data.members:
            names = "<br/>".join(
                para(f"{m.name} ({role_label(m.role, self.language)})") for m in data.members
            )
            self.story.append(Paragraph(names, s.subtitle.clone("members", fontSize=10)))
        self.story.append(PageBreak())

    @property
    def group(self) -> str:
        from labinov.report.sections import group_of

        return group_of(self.data, self.outline, self.options.group)

    def profile(self) -> None:
        profile = self.data.project.profile or {}
        rows = []
        for spec in profile_fields():
            value = profile.get(spec.key)
            if value in (None, "", []):
                continue
            if spec.kind == "choice":
                value = spec.choice_label(value, self.language)
            elif spec.kind == "multichoice":
                value = "; ".join(spec.choice_label(v, self.language) for v in value)
            rows.append([spec.label(self.language), str(value)])
        self.story.append(self.heading(self.tr(texts.PROFILE)))
        if rows:
            cells = [
                [Paragraph(para(k), self.styles.cell_head), Paragraph(para(v), self.styles.cell)]
                for k, v in rows
            ]
            grid = Table(cells, colWidths=[PORTRAIT_WIDTH * 0.3, PORTRAIT_WIDTH * 0.7])
            grid.setStyle(grid_style(header_rows=0))
            self.story.append(grid)
        self.story.append(PageBreak())

    def sections(self) -> list[PartText]:
        sections = self.outline.for_group(self.group)
        filled = [
            fill_part(self.data, section, part, self.language)
            for section in sections
            for part in section.parts
        ]
        all_parts = check_parts(filled, self.language)  # repeats need every part's text
        self.story.append(self.heading(self.tr(texts.PROPOSAL)))
        for section in sections:
            parts = [p for p in all_parts if p.section is section]
            title = section.heading(self.language)
            if section.weight:
                title += f" ({self.tr(texts.WEIGHT).format(weight=f'{section.weight:g}')})"
            self.story += [room(ROOM_SECTION), self.heading(title, 1)]
            self.story += section_flowables(parts, self.styles, self.tr, self.language)
        return all_parts

    def record(self) -> None:
        self.story += [PageBreak(), self.heading(self.tr(texts.RECORD))]
        blocks = record_blocks()
        for stage in STAGES:
            if stage.value not in self.options.stages:
                continue
            content = stage_content(stage)
            self.story += [
                room(ROOM_SECTION),
                self.heading(f"{content.number}. {content.name(self.language)}", 1),
            ]
            work = self.data.works.get(stage.value)
            if work is not None:
                status = status_text(work, self.language)  # an override with its reason
                self.story.append(
                    Paragraph(
                        para(self.tr(texts.STAGE_STATUS).format(status=status)), self.styles.small
                    )
                )
            flowables: list[Flowable] = []
            if (
                stage.value == "drum_up"
                and self.data.members
                and not self.data.answers("drum_up").get("team_roles")
            ):
                flowables += [
                    room(ROOM_BLOCK),
                    Paragraph(para(self.tr(texts.MEMBERS)), self.styles.h3),
                    members_table(self.data, self.styles, self.tr, PORTRAIT_WIDTH, self.language),
                ]
            for block in blocks:
                if block["stage"] == stage.value:
                    flowables += block_flowables(
                        block, self.data, self.styles, self.tr, self.language, PORTRAIT_WIDTH
                    )
            self.story += flowables or [
                Paragraph(para(self.tr(texts.NO_RECORD)), self.styles.question)
            ]

    def canvases(self) -> None:
        chosen = [c for c in self.data.canvases if c.stage in self.options.stages]
        if not chosen:
            return
        first = True
        for index, canvas in enumerate(chosen):
            left, top, right, bottom = bounds(canvas, template_of(canvas.template))
            wide = (right - left) >= (bottom - top)
            width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
            height = (LANDSCAPE_HEIGHT if wide else PORTRAIT_HEIGHT) - FIGURE_HEADROOM
            key = f"notes{index}" if self.options.note_lists else None
            figure = CanvasFigure(canvas, self.language, height, table_key=key)
            self.story += [NextPageTemplate(LANDSCAPE if wide else PORTRAIT), PageBreak()]
            if first:
                self.story.append(self.heading(self.tr(texts.CANVASES)))
                first = False
            title = canvas.title or canvas.template
            stage_name = stage_content(canvas.stage).name(self.language)
            self.story.append(self.heading(f"{title} ({stage_name})", 1))
            figure.picture_label = self.tr(texts.PICTURE)
            count = self.tr(texts.LINK_COUNT).format(
                notes=len(figure.notes()), links=len(canvas.links)
            )
            self.story += [Paragraph(para(count), self.styles.small), figure]
            page_height = LANDSCAPE_HEIGHT if wide else PORTRAIT_HEIGHT
            self.story += self.details(canvas, figure, width, page_height, key)
            if key and figure.notes():
                self.story += self.note_list(canvas, figure, wide, key)

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
        self, canvas: CanvasData, figure: CanvasFigure, wide: bool, key: str
    ) -> list[Flowable]:
        width = LANDSCAPE_WIDTH if wide else PORTRAIT_WIDTH
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


def build_story(
    data: ProjectData, outline: Outline, options: Options, styles: Styles, late: LateNumbers
) -> Story:
    return StoryBuilder(data, outline, options, styles, late).build()


__all__ = ["Options", "Story", "build_story"]
