"""Note links: ``link_rect`` writes exactly what reportlab's ``Canvas.linkRect`` writes."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from labinov.report.links import link_rect


def _pdf(use_ours: bool, encrypt: str | None = None) -> bytes:
    out = io.BytesIO()
    canv = Canvas(out, invariant=1, encrypt=encrypt)
    canv.translate(30, 40)  # a figure is drawn in a translated frame
    canv.scale(1.5, 1.5)
    for index, rect in enumerate([(0, 0, 20, 10), (5.25, 7.125, 33.3333, 41.75)]):
        if use_ours:
            link_rect(canv, "notes1", rect)
        else:
            canv.linkRect("", "notes1", rect, relative=1, thickness=0)
        canv.drawString(10, 10 + index * 12, f"#{index + 1}")
    canv.showPage()
    canv.bookmarkHorizontal("notes1", 0, 14)  # the note table, on a later page
    canv.drawString(72, 700, "Catatan")
    canv.showPage()
    canv.save()
    return out.getvalue()


@pytest.mark.parametrize("encrypt", [None, "rahasia"])
def test_note_links_are_byte_for_byte_reportlabs(encrypt: str | None) -> None:
    ours, theirs = _pdf(True, encrypt), _pdf(False, encrypt)
    assert b"/Subtype /Link" in theirs
    assert ours == theirs
