"""Note links written as cheap PDF objects.

A proposal's figures link every note to its row in the note table: thousands of link
annotations (a whole figure and its zoomed detail each link every note), and reportlab
formats each one through its generic dictionary code, a large part of the time spent
writing the file. ``NoteLink`` writes the very same bytes directly; a test compares its
output with reportlab's own ``Canvas.linkRect``.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfdoc import LinkAnnotation, NoEncryption, PDFArray
from reportlab.pdfbase.pdfdoc import format as pdf_format


class NoteLink(LinkAnnotation):
    """``LinkAnnotation`` with no border and no contents, formatted directly."""

    def format(self, document: Any) -> bytes:
        if not isinstance(document.encrypt, NoEncryption):
            return super().format(document)  # strings would be encrypted: the general way
        rect = b" ".join(pdf_format(value, document) for value in self.Rect)
        return (
            b"<<\n/Border [ 0 0 0 ] /Contents () /Dest "
            + pdf_format(self.Destination, document)
            + b" /Rect [ "
            + rect
            + b" ] /Subtype /Link /Type /Annot\n>>"
        )


def link_rect(canv: Any, key: str, rect: tuple[float, float, float, float]) -> None:
    """What ``canv.linkRect("", key, rect, relative=1, thickness=0)`` adds, as a
    ``NoteLink`` (reportlab's own steps: the destination, the absolute rectangle)."""
    destination = canv._bookmarkReference(key)
    absolute = canv._absRect(rect, 1)
    link = NoteLink(absolute, "", destination, Border=PDFArray([0, 0, 0]))
    canv._addAnnotation(link, None, 1)
