"""User text to reportlab paragraph markup, safely.

reportlab's ``Paragraph`` parses an XML-like markup and fetches images named in ``<img
src=...>`` (even over HTTP), so user text must never reach it unescaped: it is escaped
first (``&``, ``<``, ``>``), then newlines become ``<br/>``, and only then do we add markup
of our own (the Symbola fallback for emoji). Text drawn straight on a canvas
(``drawString``) is never parsed, so canvases need no escaping.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from labinov.report.fonts import SYMBOLS, fallback_runs

# control characters (other than tab/newline) break the PDF text operators' meaning for
# viewers and have no glyph; they are shown as the replacement character instead
_CONTROL = {code: "\ufffd" for code in (*range(0, 9), 11, 12, *range(14, 32), 127)}
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # the above, and \r


def clean(text: object) -> str:
    """Plain user text: str, without NUL/controls, Windows newlines made ``\\n``."""
    value = "" if text is None else str(text)
    if not _UNCLEAN.search(value):
        return value  # the usual text: nothing to replace (a search is far cheaper)
    return value.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


INDENT = "\u00a0" * 4  # one tab at the start of a line: no-break spaces survive the layout
_LEADING = re.compile(r"^[ \t]+", re.MULTILINE)


def indent(text: str) -> str:
    """Tabs (and spaces) at the start of a line as a visible indent: a sub-bullet pasted
    from Word keeps its level (a Paragraph collapses ordinary white space)."""
    return _LEADING.sub(
        lambda m: INDENT * m.group().count("\t") + "\u00a0" * m.group().count(" "), text
    )


def para(text: object) -> str:
    """Markup for a paragraph showing ``text`` literally (newlines kept as line breaks,
    the indent of a line kept)."""
    parts = []
    for run, symbols in fallback_runs(indent(clean(text))):
        escaped = escape(run).replace("\t", "    ").replace("\n", "<br/>")
        parts.append(f'<font name="{SYMBOLS}">{escaped}</font>' if symbols else escaped)
    return "".join(parts)


def word_count(text: object) -> int:
    """Words as METHOD.md §5 counts them: split on whitespace."""
    return len(clean(text).split())
