"""Note links written as cheap PDF objects.

A proposal's figures link every note to its row in the note table: thousands of link
annotations (a whole figure and its zoomed detail each link every note), and reportlab
formats each one through its generic dictionary code, a large part of the time spent
writing the file. ``NoteLink`` writes the very same bytes directly, and formats the
destination of a note table once for all its links; a test compares its output with
reportlab's own ``Canvas.linkRect``.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import LinkAnnotation, NoEncryption, PDFArray
from reportlab.pdfbase.pdfdoc import format as pdf_format

Formatted = dict[int, bytes]  # id(destination) → its bytes, for one document


class NoteLink(LinkAnnotation):
    """``LinkAnnotation`` with no border and no contents, formatted directly."""

    def __init__(self, rect: Any, destination: Any, formatted: Formatted) -> None:
        super().__init__(rect, "", destination, Border=PDFArray([0, 0, 0]))
        self.formatted = formatted

    def format(self, document: Any) -> bytes:
        if not isinstance(document.encrypt, NoEncryption):
            return super().format(document)  # strings would be encrypted: the general way
        key = id(self.Destination)  # the destination lives as long as the canvas
        destination = self.formatted.get(key)
        if destination is None:
            destination = self.formatted[key] = pdf_format(self.Destination, document)
        return (
            b"<<\n/Border [ 0 0 0 ] /Contents () /Dest "
            + destination
            + b" /Rect [ "
            + fp_str(*self.Rect).encode("ascii")
            + b" ] /Subtype /Link /Type /Annot\n>>"
        )


def link_rect(canv: Any, key: str, rect: tuple[float, float, float, float]) -> None:
    """What ``canv.linkRect("", key, rect, relative=1, thickness=0)`` adds, as a
    ``NoteLink`` (reportlab's own steps: the destination, the absolute rectangle)."""
    formatted = getattr(canv, "note_destinations", None)
    if formatted is None:
        formatted = canv.note_destinations = {}
    destination = canv._bookmarkReference(key)
    absolute = canv._absRect(rect, 1)
    canv._addAnnotation(NoteLink(absolute, destination, formatted), None, 1)
