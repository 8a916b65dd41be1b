"""Defects a walk through the real export found: a zoomed detail showing only an empty part
of a tall zone, blank rows of a list answer printed as empty table rows, a file name cut
in the middle of a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.platypus import Table

from labinov.method import templates
from labinov.report import default_filename
from labinov.report.data import load_project
from labinov.report.figure_layout import details, item_box, template_of
from labinov.report.outline import record_blocks
from labinov.report.record import block_flowables
from labinov.report.styles import make_styles
from labinov.report.texts import words
from labinov.services import Services
from tests.report.filler import SAMPLE_PROJECT, add_canvas


@pytest.mark.parametrize("template", sorted(templates.all_templates()))
def test_every_detail_shows_a_whole_note(services: Services, template: str) -> None:
    services.samples.create()
    add_canvas(services, SAMPLE_PROJECT, "diagnose", template, "K", 30)
    data = next(c for c in load_project(services, SAMPLE_PROJECT).canvases if c.title == "K")
    # a page of 500 × 300 points: tall zones are tiled, only the top of each holds notes
    found = details(data, template_of(template), "id", 500, 300, "di luar")
    notes = [item_box(i) for i in data.items if i.get("kind") != "frame"]
    for detail in found:
        left, top, right, bottom = detail.box
        inside = [n for n in notes if left <= n[0] and top <= n[1] and n[2] <= right]
        assert [n for n in inside if n[3] <= bottom], detail.title
    titles = [d.title for d in found]
    assert len(titles) == len(set(titles))
    for title in titles:  # "Zona (2/3)": numbered among the tiles that are printed
        if title.endswith(")") and "/" in title:
            shown, total = title.rsplit("(", 1)[1].rstrip(")").split("/")
            assert 1 <= int(shown) <= int(total) and int(total) > 1


def test_blank_rows_of_a_list_answer_are_left_out(services: Services) -> None:
    services.samples.create()
    services.worksheets.set_answer(SAMPLE_PROJECT, "drum_up", "issues", ["Antre", "", " ", "Data"])
    data = load_project(services, SAMPLE_PROJECT)
    block = next(b for b in record_blocks() if b.get("key") == "issues")
    flowables = block_flowables(block, data, make_styles(), words("id"), "id", 400)
    table = next(f for f in flowables if isinstance(f, Table))
    assert [row[0] for row in table._cellvalues[1:]] == ["Antre", "Data"]
    services.worksheets.set_answer(SAMPLE_PROJECT, "drum_up", "issues", ["", "  "])
    data = load_project(services, SAMPLE_PROJECT)
    assert block_flowables(block, data, make_styles(), words("id"), "id", 400) == []


def test_a_long_title_is_cut_where_a_word_ends(tmp_path: Path) -> None:
    title = (
        "SIPAKAINGA: Layanan Kependudukan Antar Kantor dengan WhatsApp Izin Terpadu Daerah Makassar"
    )
    name = default_filename(title)
    stem = name.removesuffix("-proposal.pdf")
    assert 60 < len(stem) <= 80 and title.replace(":", "").replace(" ", "-").startswith(stem)
    assert stem.rsplit("-", 1)[1] in title.split()  # a whole word, not "Terpa"
    assert default_filename("x" * 500) == "x" * 80 + "-proposal.pdf"  # one long word: cut
    (tmp_path / name).write_bytes(b"%PDF")  # a name every file system takes
