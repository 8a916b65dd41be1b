"""Report fixtures: a filled sample project, and reading a PDF back as text."""

from __future__ import annotations

import re
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
