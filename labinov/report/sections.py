"""The proposal sections (METHOD.md §5) filled from the profile and the worksheets, and the
readiness check that lists empty, over-long and drafted texts (nothing is ever cut)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from labinov.method import competition, drafting
from labinov.method.proposal_text import compose
from labinov.method.stages import pick
from labinov.report import texts
from labinov.report.data import ProjectData
from labinov.report.markup import para, word_count
from labinov.report.outline import Outline, Part, Section, Source
from labinov.report.styles import ROOM_BLOCK, ROOM_LABEL, WARN, Styles, grid_style, room
from labinov.report.texts import Translate


@dataclass(frozen=True)
class PartText:
    """What fills one part: its paragraphs (label, text) and their word count."""

    section: Section
    part: Part
    paragraphs: tuple[tuple[str, str], ...]
    words: int
    # where the part is written: the fill group used; the first group when the part is
    # empty or ``drafted`` (composed from another field than its own)
    sources: tuple[Source, ...] = ()
    drafted: bool = False
    drafted_from: tuple[tuple[str, Any], ...] = ()  # (reference, label) of the other fields
    repeats: tuple[str, ...] = ()  # titles of the parts this drafted text repeats
    thin: bool = False

    @property
    def over(self) -> int:
        limit = self.part.max_words
        return max(0, self.words - limit) if limit else 0

    @property
    def empty(self) -> bool:
        return self.words == 0

    @property
    def text(self) -> str:
        return "\n".join(text for _label, text in self.paragraphs)

    def title(self, language: str) -> str:
        title = self.section.heading(language)
        if self.part.title:
            title += " — " + str(pick(self.part.title, language))
        return title


def _reader(data: ProjectData, source: Source, language: str) -> Callable[[str], str]:
    """The text of one reference of ``source`` (its alternatives tried one by one)."""

    def text_of(ref: str) -> str:
        return source_text(data, source, language, ref)

    return text_of


def fill_part(data: ProjectData, section: Section, part: Part, language: str) -> PartText:
    for index, group in enumerate(part.fill):
        paragraphs, others = [], []
        for source in group:
            drawn = drafting.draw(
                source.refs,
                _reader(data, source, language),
                index == 0,
            )
            if drawn is not None:
                label = str(pick(source.label, language)) if source.label else ""
                paragraphs.append((label, drawn.text))
                if not drawn.own:
                    others.append((drawn.ref, source.label))
        if paragraphs:
            words = sum(word_count(text) for _label, text in paragraphs)
            where = part.fill[0] if others else group
            return PartText(
                section, part, tuple(paragraphs), words, where, bool(others), tuple(others)
            )
    return PartText(section, part, (), 0, part.fill[0] if part.fill else ())


def check_parts(parts: list[PartText], language: str) -> list[PartText]:
    """The parts with repeats and thin drafts marked (``labinov.method.drafting``)."""
    texts_by_key = {p.part.key: p.text for p in parts}
    repeated = drafting.repeats(texts_by_key, {p.part.key for p in parts if p.drafted})
    titles = {p.part.key: p.title(language) for p in parts}
    return [
        replace(
            p,
            repeats=tuple(titles[k] for k in repeated.get(p.part.key, ())),
            thin=drafting.thin(p.words, p.drafted),
        )
        for p in parts
    ]


def source_text(data: ProjectData, source: Source, language: str, ref: str | None = None) -> str:
    """The text of the first of the source's alternatives that has a value (of ``ref``
    only, when given)."""
    refs = (ref,) if ref else source.refs
    return compose(refs, data.value, language, source.row, source.sep, source.sum)


def where_to_fill(item: PartText, language: str, tr: Translate) -> str:
    """Where the texts of a part are written: "Display ▸ Sustainability strategy"."""
    return drafting.places(
        [(source.ref, source.label) for source in item.sources], language, tr(texts.PROFILE)
    )


def drafting_notes(item: PartText, language: str, tr: Translate) -> list[str]:
    """The honest-drafting marks of a part: drafted from where, repeats, too thin."""
    notes = []
    if item.drafted:
        source = drafting.places(item.drafted_from, language, tr(texts.PROFILE))
        notes.append(tr(texts.DRAFTED_FROM).format(source=source) if source else tr(texts.DRAFTED))
    if item.repeats:
        notes.append(tr(texts.REPEATS).format(sections=", ".join(item.repeats)))
    if item.thin:
        notes.append(tr(texts.THIN).format(words=drafting.THIN_WORDS))
    return notes


def group_of(data: ProjectData, outline: Outline, chosen: str | None) -> str:
    """The group chosen (options, then the profile's competition choice), else
    ``replikasi`` when the profile names a replication source, else the first group."""
    profile = data.project.profile or {}
    if not chosen:
        key, chosen = competition.chosen(profile)
        chosen = chosen if key == outline.key else None
    return competition.group_for(outline.data, profile, chosen)


def section_flowables(
    filled: list[PartText], styles: Styles, tr: Translate, language: str
) -> list[Flowable]:
    """Flowables of one section's parts (the heading is added by the caller)."""
    story: list[Flowable] = []
    section = filled[0].section
    question = str(pick(section.question, language))
    if question:
        story.append(Paragraph(para(question), styles.question))
    for part_text in filled:
        part = part_text.part
        if part.title:
            story += [room(ROOM_BLOCK), Paragraph(para(str(pick(part.title, language))), styles.h3)]
        if part.max_words:
            count = tr(texts.WORDS).format(words=part_text.words, limit=part.max_words)
            if part.estimated:
                count += f" ({tr(texts.ESTIMATED)})"
        else:
            count = tr(texts.WORDS_NO_LIMIT).format(words=part_text.words)
        style = styles.small
        if part_text.over:
            count += " — " + tr(texts.OVER).format(over=part_text.over, limit=part.max_words)
        story.append(Paragraph(para(count), style))
        if part_text.over:
            story[-1].style = styles.small.clone("over", textColor=WARN)
        notes = drafting_notes(part_text, language, tr)
        if notes:
            warn = styles.small.clone("drafted", textColor=WARN)
            story.append(Paragraph(para(" — ".join(notes)), warn))
        if part_text.empty:
            story.append(Paragraph(para(tr(texts.EMPTY_TEXT)), styles.question))
        for label, text in part_text.paragraphs:
            if label:
                story += [room(ROOM_LABEL), Paragraph(f"<b>{para(label)}</b>", styles.body)]
            story.extend(Paragraph(para(chunk), styles.body) for chunk in paragraphs_of(text))
    story.append(Spacer(1, 6))
    return story


def paragraphs_of(text: str, limit: int = 3000) -> list[str]:
    """Split a text into paragraphs at blank lines, and very long ones into pieces of about
    ``limit`` characters at a space: a Paragraph must fit a page to be split across pages,
    and shorter ones lay out much faster. Nothing is dropped."""
    chunks: list[str] = []
    for block in text.split("\n\n"):
        while len(block) > limit:
            cut = block.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            chunks.append(block[:cut])
            block = block[cut:].lstrip(" ")
        if block.strip():
            chunks.append(block)
    return chunks


def limit_text(part: Part, tr: Translate) -> str:
    if not part.max_words:
        return "—"
    return f"{part.max_words} ({tr(texts.ESTIMATED)})" if part.estimated else str(part.max_words)


def estimated_limits(filled: list[PartText], language: str, tr: Translate) -> list[str]:
    """The parts whose word limit no source confirms ("batas perkiraan")."""
    return [
        tr(texts.ESTIMATED_LINE).format(part=p.title(language), limit=p.part.max_words)
        for p in filled
        if p.part.max_words and p.part.estimated
    ]


def readiness_flowables(
    filled: list[PartText],
    styles: Styles,
    tr: Translate,
    language: str,
    width: float,
    lists: Sequence[tuple[str, Sequence[str]]] = (),
) -> list[Flowable]:
    """The parts to write or shorten, then ``lists`` of (heading, lines): the competition
    limits not met (``labinov.method.limits``), the old numbers to check."""
    limits_story: list[Flowable] = []
    for heading, lines in lists:
        if lines:
            limits_story += [
                room(ROOM_BLOCK),
                Paragraph(para(heading), styles.h3),
                *(Paragraph(para("• " + line), styles.body) for line in lines),
            ]
    problems = [p for p in filled if p.empty or p.over or p.drafted]
    if not problems:
        return [Paragraph(para(tr(texts.ALL_READY)), styles.body), *limits_story]
    rows: list[list[Any]] = [
        [
            Paragraph(para(tr(t)), styles.cell_head)
            for t in (texts.SECTION, texts.WORD_COUNT, texts.LIMIT, texts.STATUS, texts.WHERE)
        ]
    ]
    for item in problems:
        title = item.title(language)
        if item.empty:
            status = tr(texts.EMPTY)
        elif item.over:
            status = tr(texts.OVER).format(over=item.over, limit=item.part.max_words)
        else:
            status = ""
        status = "; ".join(s for s in (status, *drafting_notes(item, language, tr)) if s)
        rows.append(
            [
                Paragraph(para(title), styles.cell),
                Paragraph(str(item.words), styles.cell),
                Paragraph(para(limit_text(item.part, tr)), styles.cell),
                Paragraph(para(status), styles.cell),
                Paragraph(para(where_to_fill(item, language, tr)), styles.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[width * f for f in (0.22, 0.07, 0.12, 0.27, 0.32)],
        repeatRows=1,
    )
    table.setStyle(grid_style())
    return [Paragraph(para(tr(texts.READINESS_INTRO)), styles.body), table, *limits_story]
