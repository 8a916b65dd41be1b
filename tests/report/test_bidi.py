"""Right-to-left text (Arabic, Hebrew) prints in the PDF in logical order: pdftotext reads
the sentence back as it was typed, not reversed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from labinov.report import export_project
from labinov.report.fonts import fallback_runs, needs_fallback, visual
from labinov.services import Services
from tests.report.filler import add_canvas, full_project

ARABIC = "الابتكار يخدم المواطنين كل يوم"
HEBREW = "החדשנות משרתת את האזרחים"
_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # pdftotext's bidi marks


def _text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(_MARKS.sub("", out).split())  # a wrapped note: lines joined


def test_visual_order_only_for_right_to_left_text() -> None:
    assert visual("Inovasi daerah 2019") == "Inovasi daerah 2019"
    assert visual(ARABIC) == ARABIC[::-1]  # one right-to-left run: drawn reversed
    assert visual(f"{ARABIC}\n{HEBREW}") == f"{ARABIC[::-1]}\n{HEBREW[::-1]}"  # per line
    assert needs_fallback(ARABIC) and not needs_fallback("Inovasi")
    assert "".join(run for run, _ in fallback_runs(ARABIC)) == ARABIC[::-1]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext not installed")
def test_arabic_and_hebrew_print_in_logical_order(services: Services, tmp_path: Path) -> None:
    project_id = full_project(services, canvases=0)
    services.worksheets.set_answer(project_id, "design", "novelty", ARABIC)
    canvas_id, _ids = add_canvas(services, project_id, "design", "blank", "RTL", 0)
    services.canvases.add_items(canvas_id, [{"x": 0.0, "y": 0.0, "text": HEBREW}])
    path = export_project(services, project_id, tmp_path / "rtl.pdf")
    text = _text(path)
    assert ARABIC in text  # the worksheet answer, a paragraph
    assert text.count(HEBREW) >= 2  # the note on the drawing and in the notes list
    assert ARABIC[::-1] not in text and HEBREW[::-1] not in text
