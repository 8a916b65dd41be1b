"""Export entry points: one project's proposal to a file, or every project of a workshop to
a folder. Qt-free (the GUI runs these on a worker thread, the CLI directly).

``progress(done, total)`` is called as the work advances; ``cancelled()`` is polled and
stops the export (``ExportCancelled``). The PDF is written to a temporary file beside the
target and moved into place at the end, so a cancelled or failed export never leaves a
half-written file and an existing one is replaced only by a complete document.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from labinov import __version__
from labinov.errors import QT_TRANSLATE_NOOP
from labinov.files import cannot_write, write_atomically
from labinov.method import competition
from labinov.report import texts
from labinov.report.appendix import append_pages, appended_pages
from labinov.report.builder import Options, Story, build_story
from labinov.report.data import ProjectData, load_project, workshop_projects
from labinov.report.document import (
    MARGIN,
    ExportCancelled,
    LateNumbers,
    ProposalDoc,
    make_canvas_class,
)
from labinov.report.furniture import PageFurniture
from labinov.report.outline import load_outline
from labinov.report.styles import make_styles
from labinov.services import Services

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

LOAD_STEPS = 10  # progress units given to reading the data, before the layout


def default_filename(title: str) -> str:
    """``<project>-proposal.pdf`` with the title made safe for every file system, at most
    80 characters of it, cut where a word ends."""
    slug = re.sub(r"[^\w\-]+", "-", title, flags=re.UNICODE).strip("-_")
    if len(slug) > 80:  # cut at a word's end, unless the first 80 are one word
        cut = slug.rfind("-", 0, 81)
        slug = slug[: cut if cut > 20 else 80]
    slug = slug.rstrip("-_")
    return f"{slug or 'proyek'}-proposal.pdf"


def _never() -> bool:
    return False


def _file_name(target: Path | BinaryIO) -> str | BinaryIO:
    return str(target) if isinstance(target, Path) else target


def furniture_texts(data: ProjectData, options: Options) -> dict[str, Any]:
    """A proposal's ``PageFurniture`` arguments but the late numbers and appended pages."""
    return {
        "page_label": texts.words(options.language)(texts.PAGE),
        "footer": data.workshop.name,
        "margin": MARGIN,
        "footer_y": MARGIN - 16,
        "header": f"{data.project.title} — {data.team.name}",
    }


def proposal_doc(
    data: ProjectData,
    options: Options,
    target: str | BinaryIO,
    furniture: PageFurniture,
    step: Callable[[], None] | None,
) -> ProposalDoc:
    """The proposal's document template, with its metadata."""
    tr = texts.words(options.language)
    return ProposalDoc(
        target,
        furniture,
        step,
        title=data.project.title,
        author=data.team.name,
        subject=tr(texts.SUBJECT).format(team=data.team.name),
        keywords=["Labinov", "KIPP", data.workshop.name],
        creator=f"Labinov {__version__}",
        lang=options.language,
    )


def render(
    data: ProjectData,
    target: Path | BinaryIO,
    options: Options,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn = _never,
) -> Story:
    """Lay out and write the PDF of ``data`` to ``target`` (a path or a binary file)."""
    styles = make_styles()
    late = LateNumbers()
    key, _group = competition.chosen(data.project.profile or {})
    story = build_story(data, load_outline(key), options, styles, late)
    total = len(story.flowables)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if cancelled():
            raise ExportCancelled()
        if progress is not None and done <= total:
            progress(LOAD_STEPS + done, LOAD_STEPS + total)

    # supporting PDFs and pictures follow the proposal's pages (and count in its page
    # total): read them first, lay out into memory, then write the whole
    appended = appended_pages(data.files)
    # reportlab takes a file name as a str, not a Path
    laid_out: str | BinaryIO = io.BytesIO() if appended else _file_name(target)
    furniture = PageFurniture(late, **furniture_texts(data, options), appended=len(appended))
    doc = proposal_doc(data, options, laid_out, furniture, step)
    doc.build(story.flowables, canvasmaker=make_canvas_class(late))
    if isinstance(laid_out, io.BytesIO):
        if isinstance(target, Path):
            with open(target, "wb") as handle:
                append_pages(laid_out.getvalue(), appended, handle)
        else:
            append_pages(laid_out.getvalue(), appended, target)
    return story


def export_project(
    services: Services,
    project_id: str,
    path: str | os.PathLike[str],
    options: Options | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn = _never,
) -> Path:
    """Write one project's proposal PDF to ``path``; returns the path written."""
    options = options or Options()
    target = Path(path)
    if progress is not None:
        progress(0, LOAD_STEPS)
    data = load_project(
        services, project_id, canvases=options.canvases, canvas_ids=options.canvas_ids
    )
    if cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(LOAD_STEPS, LOAD_STEPS + 1)

    def write(temp: Path) -> None:
        with open(temp, "wb") as handle:
            render(data, handle, options, progress, cancelled)

    write_atomically(target, write, CANNOT_WRITE_PDF)
    return target


CANNOT_WRITE_PDF = QT_TRANSLATE_NOOP("UserError", "Cannot write the PDF {path}: {reason}")


def export_workshop(
    services: Services,
    workshop_id: str,
    folder: str | os.PathLike[str],
    options: Options | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn = _never,
) -> list[Path]:
    """One PDF per project of the workshop in ``folder``; ``progress`` counts projects."""
    projects = workshop_projects(services, workshop_id)
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise cannot_write(target, error, CANNOT_WRITE_PDF) from None
    written: list[Path] = []
    used: set[str] = set()
    total = len(projects)
    if progress is not None:
        progress(0, total)
    for index, project in enumerate(projects):
        if cancelled():
            raise ExportCancelled()
        name = default_filename(project.title)
        stem = name.removesuffix(".pdf")
        counter = 2
        while name.lower() in used:  # two projects with the same title
            name = f"{stem}-{counter}.pdf"
            counter += 1
        used.add(name.lower())
        written.append(
            export_project(services, project.id, target / name, options, cancelled=cancelled)
        )
        if progress is not None:
            progress(index + 1, total)
    return written
