"""The proposal story: cover, contents, profile, proposal sections, the 5D record, canvases
and the readiness appendix, laid out in one pass by ``document.ProposalDoc``."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from labinov.method import eligibility, followups, limits, locale, spreading
from labinov.method.overrides import status_text
from labinov.method.profile import profile_fields
from labinov.method.stages import STAGES, pick, stage_content
from labinov.method.suspects import suspects
from labinov.report import appendix, texts
from labinov.report.canvas_pages import PORTRAIT_WIDTH, CanvasPages
from labinov.report.data import ProjectData
from labinov.report.document import (
    PORTRAIT,
    Heading,
    LateNumbers,
    TableOfContents,
    TocEntry,
)
from labinov.report.markup import para
from labinov.report.outline import Outline, record_blocks
from labinov.report.record import block_flowables, long_date, members_table, role_label
from labinov.report.sections import (
    PartText,
    check_parts,
    estimated_limits,
    fill_part,
    readiness_flowables,
    section_flowables,
)
from labinov.report.styles import ROOM_BLOCK, ROOM_SECTION, Styles, grid_style, room
from labinov.report.texts import Translate
from labinov.services.region import region_of

log = logging.getLogger("labinov")


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
            self.story += [self.heading(tr(appendix.IID_HEADING))]
            self.story += appendix.iid_flowables(
                self.data.project.profile or {},
                self.data.files,
                self.styles,
                tr,
                self.language,
                PORTRAIT_WIDTH,
            )
            self.story.append(PageBreak())
        parts = self.sections()
        if appendix.spbe_required(self.outline.data):
            form = self.outline.data["spbe_form"]
            self.story += [
                room(ROOM_SECTION),
                self.heading(str(pick(form["title"], self.language))),
            ]
            self.story += appendix.spbe_flowables(
                self.outline.data, self.data.value, self.styles, tr, self.language, PORTRAIT_WIDTH
            )
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
            answers = {stage.value: self.data.answers(stage.value) for stage in STAGES}
            checks = [
                tr(texts.CHECK_NUMBER).format(
                    where=s.where(self.language),
                    value=locale.format_number(s.value, self.language),
                )
                for s in suspects(answers)
            ]
            lists = [
                *self.eligibility_list(),
                (tr(texts.LIMITS), unmet),
                (tr(texts.ESTIMATED_LIMITS), estimated_limits(parts, self.language, tr)),
                (tr(texts.CHECK_NUMBERS), checks),
                (tr(texts.EVALUATION), self.evaluation_lines(answers)),
            ]
            self.story += readiness_flowables(
                parts, self.styles, tr, self.language, PORTRAIT_WIDTH, lists
            )
        self.story += [
            NextPageTemplate(PORTRAIT),
            PageBreak(),
            self.heading(tr(appendix.FILES_HEADING)),
        ]
        self.story += appendix.files_flowables(
            self.data.files, self.styles, tr, self.language, PORTRAIT_WIDTH
        )
        return Story(self.story, parts, self.toc)

    def eligibility_list(self) -> list[tuple[str, list[str]]]:
        """(heading, findings) of the outline's eligibility rules for the group written."""
        profile = self.data.project.profile or {}
        result = eligibility.check(self.outline.data, profile, self.group, self.language)
        if not result.eligible:
            heading = texts.NOT_ELIGIBLE
        else:
            heading = texts.ELIGIBLE_WARNINGS if result.findings else texts.ELIGIBLE
        # an empty list would hide its heading: say that every rule is met
        lines = [f.text for f in result.findings] or [self.tr(texts.RULES_MET)]
        return [(self.tr(heading).format(competition=result.title), lines)]

    def evaluation_lines(self, answers: dict[str, dict[str, Any]]) -> list[str]:
        """The evaluation plan's next (or late) follow-up and a replication's state."""
        lines = []
        delivery = answers.get(followups.STAGE) or {}
        if delivery:
            lines.append(followups.followup_text(delivery, self.language)[0])
        found = spreading.replication(self.data.project.profile or {}, answers)
        if found is not None:
            lines.append(spreading.state_text(found, self.language))
        return lines

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
            except Exception as error:  # a cut or unknown picture: no logo, the PDF made
                log.warning("proposal PDF: the logo could not be drawn (%s)", error)
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
            elif spec.kind == "date" and isinstance(value, str):
                value = locale.format_date(value, self.language)  # "2 September 2019"
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
        pages = CanvasPages(self.language, self.styles, self.tr, self.options.note_lists)
        for index, canvas in enumerate(chosen):
            self.story += pages.canvas(canvas, index, self.heading, first=index == 0)


def build_story(
    data: ProjectData, outline: Outline, options: Options, styles: Styles, late: LateNumbers
) -> Story:
    return StoryBuilder(data, outline, options, styles, late).build()


__all__ = ["Options", "Story", "build_story"]
