"""Every template's words fit where they are drawn, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from labinov.method import templates
from labinov.method.stages import pick


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("template", list(templates.all_templates().values()), ids=lambda t: t.key)
def test_labels_and_zone_titles_fit(qapp, template, lang) -> None:
    for shape in template.shapes:
        if shape.kind != "label":
            continue
        font = QFont()
        font.setPointSizeF(shape.size * 0.8)  # as TemplateItem paints it
        font.setBold(True)
        text = str(pick(shape.text or {}, lang))
        assert QFontMetricsF(font).horizontalAdvance(text) <= QRectF(*shape.rect).width(), text
    for zone in template.zones:
        font = QFont()
        font.setPointSizeF(26)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        room = zone.rect[2] - 32
        for word in str(pick(zone.label, lang)).split():  # titles wrap between words
            assert metrics.horizontalAdvance(word) <= room, (zone.key, word)
