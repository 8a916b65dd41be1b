"""Report fixtures: a filled sample project, and reading a PDF back as text."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from labinov.services import Services
from tests.report.filler import full_project


@pytest.fixture
def project_id(services: Services) -> str:
    return full_project(services, canvases=2, notes=12)


def pdf_text(path: Path) -> str:
    """Every page's text joined, whitespace squeezed (line breaks fall where they fall)."""
    reader = pypdf.PdfReader(str(path))
    return squeeze("\n".join(page.extract_text() or "" for page in reader.pages))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the PDF uses (pages, and the forms drawn on them), and whether its file
    is embedded."""
    reader = pypdf.PdfReader(str(path))
    found: dict[str, bool] = {}
    seen: set[int] = set()

    def walk(resources: object) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources or id(resources) in seen:
            return
        seen.add(id(resources))
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            for part in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = part.get("/FontDescriptor")
                if descriptor is not None or "/DescendantFonts" not in part:
                    embedded = descriptor is not None and any(
                        key in descriptor.get_object()
                        for key in ("/FontFile", "/FontFile2", "/FontFile3")
                    )
                    found[str(part["/BaseFont"])] = embedded
        for xobject in resources.get("/XObject", {}).values():
            walk(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


def qpdf_check(path: Path) -> None:
    """``qpdf --check`` is clean (nothing to do where qpdf is not installed)."""
    if shutil.which("qpdf") is None:
        return
    result = subprocess.run(
        ["qpdf", "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout
