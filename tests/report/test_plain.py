"""The proposal's pages are the ones plain reportlab draws: the figures through the pen, the
note tables' strings and the page furniture written straight give the same text and the
same pixels as reportlab's own canvas calls (``tests/report/plain.py``)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from labinov.report import Options
from labinov.report.data import load_project
from labinov.report.export import render
from labinov.services import Services
from tests.report.filler import add_canvas, full_project
from tests.report.plain import render_plain


def _pages(pdf: Path) -> list[bytes]:
    subprocess.run(["pdftoppm", "-r", "50", str(pdf), str(pdf.with_suffix(""))], check=True)
    return [page.read_bytes() for page in sorted(pdf.parent.glob(f"{pdf.stem}-*.ppm"))]


def _text(pdf: Path) -> bytes:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout


def test_our_pages_are_plain_reportlabs(services: Services, tmp_path: Path) -> None:
    project_id = full_project(services, canvases=3, notes=30)  # a fishbone needs details
    add_canvas(services, project_id, "design", "blank", "Emoji 😀 dan teks", 6, prefix="Ide ✓")
    data = load_project(services, project_id)
    ours, plain = tmp_path / "ours.pdf", tmp_path / "plain.pdf"
    render(data, ours, Options())
    render_plain(load_project(services, project_id), str(plain), Options())
    assert _text(ours) == _text(plain)
    assert b"Ide \xe2\x9c\x93 5" in _text(ours)
    our_pages, plain_pages = _pages(ours), _pages(plain)
    assert len(our_pages) == len(plain_pages) > 10
    pairs = enumerate(zip(our_pages, plain_pages, strict=True), start=1)
    assert [number for number, (a, b) in pairs if a != b] == []
