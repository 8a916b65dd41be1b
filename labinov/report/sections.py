"""The proposal sections (METHOD.md §5) filled from the profile and the worksheets, and the
readiness check that lists empty and over-long texts (nothing is ever cut)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from labinov.method.stages import pick
from labinov.report import texts
from labinov.report.data import ProjectData
from labinov.report.markup import para, word_count
from labinov.report.outline import Outline, Part, Section
from labinov.report.styles import WARN, Styles, grid_style
from labinov.report.texts import Translate


@dataclass(frozen=True)
class PartText:
    """What fills one part: its paragraphs (label, text) and their word count."""

    section: Section
    part: Part
    paragraphs: tuple[tuple[str, str], ...]
    words: int

    @property
    def over(self) -> int:
        limit = self.part.max_words
        return max(0, self.words - limit) if limit else 0

    @property
    def empty(self) -> bool:
        return self.words == 0


def as_text(value: Any) -> str:
    """A worksheet value as text: lists become lines, dicts their values."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return "\n".join(t for t in (as_text(v) for v in value) if t)
    if isinstance(value, dict):
        return "; ".join(t for t in (as_text(v) for v in value.values()) if t)
    return str(value)


def fill_part(data: ProjectData, section: Section, part: Part, language: str) -> PartText:
    for group in part.fill:
        paragraphs = []
        for source in group:
            text = as_text(data.value(source.ref))
            if text:
                label = str(pick(source.label, language)) if source.label else ""
                paragraphs.append((label, text))
        if paragraphs:
            words = sum(word_count(text) for _label, text in paragraphs)
            return PartText(section, part, tuple(paragraphs), words)
    return PartText(section, part, (), 0)


def group_of(data: ProjectData, outline: Outline, chosen: str | None) -> str:
    """``replikasi`` when the profile names a replication source, else ``umum``."""
    if chosen:
        return chosen
    profile = data.project.profile or {}
    replicated = any(profile.get(key) for key in outline.replication_fields)
    return "replikasi" if replicated else "umum"


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
            story.append(Paragraph(para(str(pick(part.title, language))), styles.h3))
        if part.max_words:
            count = tr(texts.WORDS).format(words=part_text.words, limit=part.max_words)
        else:
            count = tr(texts.WORDS_NO_LIMIT).format(words=part_text.words)
        style = styles.small
        if part_text.over:
            count += " — " + tr(texts.OVER).format(over=part_text.over, limit=part.max_words)
        story.append(Paragraph(para(count), style))
        if part_text.over:
            story[-1].style = styles.small.clone("over", textColor=WARN)
        if part_text.empty:
            story.append(Paragraph(para(tr(texts.EMPTY_TEXT)), styles.question))
        for label, text in part_text.paragraphs:
            if label:
                story.append(Paragraph(f"<b>{para(label)}</b>", styles.body))
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


def readiness_flowables(
    filled: list[PartText], styles: Styles, tr: Translate, language: str, width: float
) -> list[Flowable]:
    problems = [p for p in filled if p.empty or p.over]
    if not problems:
        return [Paragraph(para(tr(texts.ALL_READY)), styles.body)]
    rows: list[list[Any]] = [
        [
            Paragraph(para(tr(t)), styles.cell_head)
            for t in (texts.SECTION, texts.WORD_COUNT, texts.LIMIT, texts.STATUS)
        ]
    ]
    for item in problems:
        title = item.section.heading(language)
        if item.part.title:
            title += " — " + str(pick(item.part.title, language))
        if item.empty:
            status = tr(texts.EMPTY)
        else:
            status = tr(texts.OVER).format(over=item.over, limit=item.part.max_words)
        rows.append(
            [
                Paragraph(para(title), styles.cell),
                Paragraph(str(item.words), styles.cell),
                Paragraph(str(item.part.max_words or "—"), styles.cell),
                Paragraph(para(status), styles.cell),
            ]
        )
    table = Table(
        rows, colWidths=[width * 0.45, width * 0.12, width * 0.12, width * 0.31], repeatRows=1
    )
    table.setStyle(grid_style())
    return [Paragraph(para(tr(texts.READINESS_INTRO)), styles.body), table]
