"""The IID part of the proposal and its supporting files.

- the IID indicators: each innovation indicator's level, evidence and files, and the
  estimated score and rating, labelled *perkiraan*;
- the appendix of letters and supporting documents (name, what it supports, pages, size);
- ``appended_pages``/``append_pages``: PDFs and pictures put after the proposal's own
  pages (pypdf), so one file carries the proposal and its evidence.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.method import competition, iid, locale
from labinov.method.profile import profile_fields
from labinov.method.stages import pick
from labinov.report.markup import para
from labinov.report.styles import Styles, grid_style
from labinov.report.texts import Translate
from labinov.services.attachments import FileInfo, page_count

IID_HEADING = QT_TRANSLATE_NOOP("Report", "IID indicators (estimate)")
IID_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "The team's own reading of the Regional Innovation Index indicators of this innovation. "
    "The score is an estimate (perkiraan): Kemendagri computes the index per region, and "
    "values marked * are not confirmed by a source of the year.",
)
IID_SCORE = QT_TRANSLATE_NOOP(
    "Report", "Estimated score: {score} of {maximum} ({percent}%), rating {rating} (estimate)"
)
IID_MANDATORY = QT_TRANSLATE_NOOP("Report", "Mandatory indicators not met yet: {names}")
INDICATOR = QT_TRANSLATE_NOOP("Report", "Indicator")
LEVEL = QT_TRANSLATE_NOOP("Report", "Level reached")
EVIDENCE = QT_TRANSLATE_NOOP("Report", "Evidence")
FILES_HEADING = QT_TRANSLATE_NOOP("Report", "Appendix: letters and supporting documents")
FILES_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "Files kept with this innovation. PDFs and pictures follow on the last pages of this "
    "file, in this order.",
)
NO_FILES = QT_TRANSLATE_NOOP("Report", "No letters or supporting documents are attached yet.")
FILE = QT_TRANSLATE_NOOP("Report", "File")
SUPPORTS = QT_TRANSLATE_NOOP("Report", "Supports")
PAGES = QT_TRANSLATE_NOOP("Report", "Pages")
SIZE = QT_TRANSLATE_NOOP("Report", "Size")
APPENDED = QT_TRANSLATE_NOOP("Report", "appended")
NOT_APPENDED = QT_TRANSLATE_NOOP("Report", "kept in Labinov only")
LETTER = QT_TRANSLATE_NOOP("Report", "Letter: {name}")
IID_FILE = QT_TRANSLATE_NOOP("Report", "IID indicator {number}")
SPBE_INTRO = QT_TRANSLATE_NOOP(
    "Report",
    "The competition asks for this form with the proposal. Its questions were not found in "
    "a source: these are the SPBE architecture domains; check them against the guide.",
)
QUESTION = QT_TRANSLATE_NOOP("Report", "Question")
ANSWER = QT_TRANSLATE_NOOP("Report", "Answer")
NOT_FILLED = QT_TRANSLATE_NOOP("Report", "(not answered yet)")


@dataclass
class AttachedFile:
    info: FileInfo
    data: bytes
    pages: int | None

    @property
    def appendable(self) -> bool:
        """PDFs that can be read and pictures go after the proposal's pages."""
        return self.pages is not None and (
            self.info.mime == "application/pdf" or self.info.mime.startswith("image/")
        )


def load_files(services: Any, project_id: str) -> list[AttachedFile]:
    files = []
    for info in services.attachments.list(project_id):
        data = services.attachments.data(info.id)
        files.append(AttachedFile(info, data, page_count(data, info.mime)))
    return files


def size_text(size: int, language: str) -> str:
    if size >= 1024 * 1024:
        return f"{locale.format_number(round(size / (1024 * 1024), 1), language)} MB"
    return f"{locale.format_number(max(1, round(size / 1024)), language)} KB"


def supports(info: FileInfo, language: str, tr: Translate) -> str:
    if info.kind == "field":
        for spec in profile_fields():
            if spec.key == info.key:
                return spec.label(language)
    if info.kind == "indicator":
        return tr(IID_FILE).format(number=info.key)
    if info.kind == "letter":
        labels = {c["key"]: c["label"] for c in competition.letter_choices()}
        name = pick(labels[info.key], language) if info.key in labels else info.key
        return tr(LETTER).format(name=name)
    return info.purpose


def _grid(rows: list[list[str]], widths: list[float], styles: Styles) -> Table:
    cells = [
        [Paragraph(para(v), styles.cell_head if r == 0 else styles.cell) for v in row]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style())
    return table


def iid_flowables(
    profile: dict[str, Any],
    files: list[AttachedFile],
    styles: Styles,
    tr: Translate,
    language: str,
    width: float,
) -> list[Flowable]:
    estimate = iid.estimate(profile, language)
    levels = profile.get(iid.LEVELS_KEY) or {}
    evidence = profile.get(iid.EVIDENCE_KEY) or {}
    names: dict[str, list[str]] = {}
    for f in files:
        if f.info.kind == "indicator":
            names.setdefault(f.info.key, []).append(f.info.filename)
    rows = [[tr(INDICATOR), tr(LEVEL), tr(EVIDENCE)]]
    for indicator in iid.indicators():
        number = str(indicator.no)
        level = int(levels.get(number) or 0)
        mark = "" if indicator.confirmed else " *"
        told = [evidence.get(number, ""), ", ".join(names.get(number, []))]
        rows.append(
            [
                f"{indicator.no}. {indicator.label(language)}{mark}",
                f"{level} — {indicator.option(level, language)}" if level else "—",
                "; ".join(t for t in told if t),
            ]
        )
    score = tr(IID_SCORE).format(
        score=locale.format_number(estimate.score, language),
        maximum=locale.format_number(estimate.maximum, language),
        percent=locale.format_number(estimate.percent, language),
        rating=estimate.rating,
    )
    out: list[Flowable] = [
        Paragraph(para(tr(IID_INTRO)), styles.small),
        Paragraph(para(score), styles.h3),
    ]
    if estimate.missing_mandatory:
        missing = ", ".join(i.label(language) for i in estimate.missing_mandatory)
        out.append(Paragraph(para(tr(IID_MANDATORY).format(names=missing)), styles.small))
    out.append(_grid(rows, [width * 0.4, width * 0.3, width * 0.3], styles))
    return out


def files_flowables(
    files: list[AttachedFile], styles: Styles, tr: Translate, language: str, width: float
) -> list[Flowable]:
    if not files:
        return [Paragraph(para(tr(NO_FILES)), styles.question)]
    rows = [["#", tr(FILE), tr(SUPPORTS), tr(PAGES), tr(SIZE)]]
    for number, f in enumerate(files, start=1):
        rows.append(
            [
                str(number),
                f.info.filename,
                supports(f.info, language, tr),
                f"{f.pages} ({tr(APPENDED)})"
                if f.appendable
                else (str(f.pages) if f.pages else "—") + f" ({tr(NOT_APPENDED)})",
                size_text(f.info.size, language),
            ]
        )
    widths = [width * 0.06, width * 0.32, width * 0.3, width * 0.18, width * 0.14]
    return [Paragraph(para(tr(FILES_INTRO)), styles.small), _grid(rows, widths, styles)]


def _picture_page(data: bytes) -> bytes:
    """One A4 page holding a picture, fitted inside 15 mm margins."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    page = Canvas(out, pagesize=A4)
    image = ImageReader(io.BytesIO(data))
    w, h = image.getSize()
    room_w, room_h = A4[0] - 30 * mm, A4[1] - 30 * mm
    scale = min(room_w / w, room_h / h)
    page.drawImage(
        image,
        (A4[0] - w * scale) / 2,
        (A4[1] - h * scale) / 2,
        w * scale,
        h * scale,
        preserveAspectRatio=True,
    )
    page.showPage()
    page.save()
    return out.getvalue()


def appended_pages(files: list[AttachedFile]) -> list[Any]:
    """The pages (pypdf) of every appendable file, in order, read before the layout so the
    proposal's "Halaman N dari M" counts them. A file pypdf cannot read after all is
    skipped (it stays listed)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    pages: list[Any] = []
    for f in files:
        if not f.appendable:
            continue
        try:
            raw = f.data if f.info.mime == "application/pdf" else _picture_page(f.data)
            pages += list(PdfReader(io.BytesIO(raw)).pages)  # all or none of a file
        except (PyPdfError, ValueError, KeyError, TypeError, OSError):
            continue
    return pages


def append_pages(proposal: bytes, pages: list[Any], target: BinaryIO) -> None:
    """Write the proposal followed by ``pages`` (``appended_pages``) to ``target``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(proposal)))
    for page in pages:
        writer.add_page(page)
    writer.write(target)


def spbe_required(outline_data: dict[str, Any]) -> bool:
    """Whether the outline's year asks for the SPBE form (``spbe_form.required``)."""
    return bool((outline_data.get("spbe_form") or {}).get("required"))


def spbe_flowables(
    outline_data: dict[str, Any],
    value: Any,
    styles: Styles,
    tr: Translate,
    language: str,
    width: float,
) -> list[Flowable]:
    """The SPBE worksheet's answers (``value(ref)`` reads ``answers:STAGE.KEY``)."""
    from labinov.method.worksheets import field_of

    form = outline_data["spbe_form"]
    rows = [[tr(QUESTION), tr(ANSWER)]]
    for ref in form.get("fields", []):
        stage, _, key = ref.removeprefix("answers:").partition(".")
        answer = value(ref)
        rows.append(
            [
                field_of(stage, key).title(language),
                str(answer) if answer not in (None, "") else tr(NOT_FILLED),
            ]
        )
    out: list[Flowable] = []
    if not competition.confirmed(form, None) or not (form.get("fields_cite") or {}).get(
        "confirmed"
    ):
        out.append(Paragraph(para(tr(SPBE_INTRO)), styles.small))
    out.append(_grid(rows, [width * 0.35, width * 0.65], styles))
    return out
