"""How ready a project is: stage completeness and the proposal texts against their limits.

The proposal outline is data owned by the report (``resources/proposal/kipp_2023.json``,
METHOD.md §5): sections with parts, each with a word limit and ``fill`` groups of sources
(``profile:KEY``, ``answers:STAGE.KEY[.SUB]``, ``answers:STAGE``, or an object with
``from`` — one reference or alternatives —, ``row`` templates and ``sum``; see
``labinov/report/outline.py``); the first group that gives any text fills the part, and
its words are counted as the PDF counts them (labels are not counted): both compose the
texts with ``labinov.method.proposal_text``. The outline is read here as plain data so
services never import the report. When the outline file is absent, readiness is stage
completeness only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from labinov.i18n import translator
from labinov.method import competition, drafting
from labinov.method.proposal_text import compose, resolve
from labinov.method.stages import pick
from labinov.method.worksheets import word_count

OUTLINE = competition.DEFAULT


@dataclass(frozen=True)
class ProposalPart:
    """One proposal text: its title, words written and the limit (None: no limit).

    ``drafted``: composed from another field than the part's own (a later ``fill`` group,
    or an alternative reference: see ``labinov.method.drafting``); ``drafted_from`` names
    those fields, ``repeats`` the titles of parts sharing a sentence with this drafted
    text, ``thin``: drafted with fewer than ``THIN_WORDS`` words. The PDF prints the same
    marks and its readiness appendix lists them."""

    section: str
    part: str
    title: str
    words: int
    max_words: int | None
    drafted: bool = False
    drafted_from: str = ""
    repeats: tuple[str, ...] = ()
    thin: bool = False
    estimated: bool = False  # the limit's source is not confirmed: "batas perkiraan"

    @property
    def problem(self) -> bool:
        """Listed in the readiness appendix and view."""
        return self.empty or bool(self.over) or self.drafted

    @property
    def empty(self) -> bool:
        return self.words == 0

    @property
    def over(self) -> int:
        return max(0, self.words - self.max_words) if self.max_words else 0


def load_outline(key: str = OUTLINE) -> dict[str, Any] | None:
    return competition.read(key)


def source_text(
    source: Any, profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str
) -> str:
    """The text one outline source gives (a reference, or ``{"from": …, "row": …}``)."""
    if isinstance(source, str):
        source = {"from": source}
    refs = source.get("from")
    return compose(
        [str(ref) for ref in (refs if isinstance(refs, list) else [refs])],
        lambda ref: resolve(ref, profile, lambda stage: answers.get(stage) or {}),
        language,
        source.get("row"),
        source.get("sep", ", "),
        source.get("sum"),
    )


def proposal_parts(
    profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str = "id"
) -> list[ProposalPart] | None:
    """Every proposal part of the outline and group the profile chose (``competition``),
    with its word count; None without outline."""
    key, chosen = competition.chosen(profile)
    outline = load_outline(key)
    if outline is None:
        return None
    group = competition.group_for(outline, profile, chosen)
    texts: dict[str, str] = {}
    found: list[tuple[dict[str, Any], dict[str, Any], ProposalPart]] = []
    profile_word = translator(language)("Report", "Innovation profile")
    for section in outline["sections"]:
        if group not in competition.section_groups(outline, section):
            continue
        for part in section.get("parts") or [section]:
            title = str(pick(section["title"], language))
            if part is not section and part.get("title"):
                title += " — " + str(pick(part["title"], language))
            drawn, used = _fill(part, profile, answers, language)
            text = "\n".join(d.text for d in drawn)
            drafted = [
                (ref, label) for d, (ref, label) in zip(drawn, used, strict=True) if not d.own
            ]
            texts[part["key"]] = text
            item = ProposalPart(
                section["key"],
                part["key"],
                title,
                sum(word_count(d.text) for d in drawn),
                part.get("max_words"),
                bool(drafted),
                drafting.places(drafted, language, profile_word),
                estimated=bool(part.get("max_words"))
                and not competition.confirmed(part, "max_words"),
            )
            found.append((section, part, item))
    repeated = drafting.repeats(texts, {i.part for _s, _p, i in found if i.drafted})
    titles = {item.part: item.title for _s, _p, item in found}
    return [
        replace(
            item,
            repeats=tuple(titles[key] for key in repeated.get(item.part, ())),
            thin=drafting.thin(item.words, item.drafted),
        )
        for _s, _p, item in found
    ]


def _reader(
    spec: dict[str, Any], profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str
) -> Callable[[str], str]:
    """The text of one reference of the source ``spec`` (its alternatives tried one by one)."""

    def text_of(ref: str) -> str:
        return source_text({**spec, "from": ref}, profile, answers, language)

    return text_of


def _fill(
    part: dict[str, Any], profile: dict[str, Any], answers: dict[str, dict[str, Any]], language: str
) -> tuple[list[drafting.Drawn], list[tuple[str, Any]]]:
    """The texts of the first ``fill`` group that gives any, with (reference, label) of
    each: the first group with text fills the part, each source its own words."""
    for index, sources in enumerate(part.get("fill", [])):
        drawn, used = [], []
        for source in sources:
            spec = {"from": source} if isinstance(source, str) else source
            refs = spec.get("from")
            piece = drafting.draw(
                [str(r) for r in (refs if isinstance(refs, list) else [refs])],
                _reader(spec, profile, answers, language),
                index == 0,
            )
            if piece is not None:
                drawn.append(piece)
                used.append((piece.ref, spec.get("label")))
        if drawn:
            return drawn, used
    return [], []
