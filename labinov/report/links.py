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
    """``LinkAnnotation`` with no border and no contents, formatted directly. It holds only
    what it writes (a proposal makes thousands: each extra object is also garbage-collector
    work); reportlab's own is made only for an encrypted document."""

    def __init__(self, rect: Any, destination: Any, formatted: Formatted) -> None:
        self.Rect, self.Destination, self.formatted = rect, destination, formatted

    def format(self, document: Any) -> bytes:
        if not isinstance(document.encrypt, NoEncryption):  # strings would be encrypted
            plain = LinkAnnotation(self.Rect, "", self.Destination, Border=PDFArray([0, 0, 0]))
            return plain.format(document)
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


class NoteLinks:
    """Links from one figure's notes to the note table ``key``: what
    ``canv.linkRect("", key, rect, relative=1, thickness=0)`` adds for each, as
    ``NoteLink``s (reportlab's own steps: the destination, the absolute rectangle), the
    destination looked up once. The figure's transform must not change between links."""

    def __init__(self, canv: Any, key: str) -> None:
        self.canv = canv
        formatted = getattr(canv, "note_destinations", None)
        if formatted is None:
            formatted = canv.note_destinations = {}
        self.formatted: Formatted = formatted
        self.destination = canv._bookmarkReference(key)
        a, b, c, d, e, f = canv._currentMatrix
        # a figure is only moved and scaled: corners map straight to corners
        self.plain = b == 0 and c == 0 and a > 0 and d > 0 and not canv._getCmShift()
        self.matrix = a, d, e, f

    def add(self, rect: tuple[float, float, float, float]) -> None:
        lx, ly, ux, uy = rect
        if self.plain and lx <= ux and ly <= uy:
            a, d, e, f = self.matrix  # absolutePosition's a*x + c*y + e with c = 0
            absolute: Any = (a * lx + e, d * ly + f, a * ux + e, d * uy + f)
        else:
            absolute = self.canv._absRect(rect, 1)
        # Canvas._addAnnotation's steps: the same name and reference, one reference made
        canv = self.canv
        count = canv._annotationCount = canv._annotationCount + 1
        link = NoteLink(absolute, self.destination, self.formatted)
        canv._annotationrefs.append(canv._doc.Reference(link, f"Annot.NUMBER{count}"))


def link_rect(canv: Any, key: str, rect: tuple[float, float, float, float]) -> None:
    """One ``NoteLinks(canv, key).add(rect)``."""
    NoteLinks(canv, key).add(rect)
