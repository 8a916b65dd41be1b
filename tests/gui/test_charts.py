"""The shared bar chart: bars in proportion, values written in the UI's language, tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from labinov.gui.charts import LABEL_SHARE, MARGIN, Bar, BarChart


def _chart(qtbot, bars: list[Bar], language: str = "id", scale: float = 1.0) -> BarChart:
    chart = BarChart(language, scale=scale)
    qtbot.addWidget(chart)
    chart.set_bars(bars)
    chart.resize(900, chart.sizeHint().height())
    chart.show()
    QApplication.processEvents()
    return chart


def test_bars_are_in_proportion_and_coloured(qtbot) -> None:
    chart = _chart(qtbot, [Bar("Antrean online", 8, "#2980b9"), Bar("Loket lansia", 2, "#c0392b")])
    first, second = chart.bar_rect(0), chart.bar_rect(1)
    assert first.left() == second.left()  # one baseline
    assert abs(first.width() / second.width() - 4) < 0.1
    assert first.right() < chart.width() - MARGIN  # room left for the value text
    image = chart.grab().toImage()
    middle = first.center()
    assert QColor(image.pixel(middle)).name() == "#2980b9"
    assert QColor(image.pixel(second.center())).name() == "#c0392b"
    # the value is written just after the bar: dark pixels there, none far to the right
    after = [
        QColor(image.pixel(x, middle.y())).lightness()
        for x in range(first.right() + MARGIN, min(chart.width(), first.right() + MARGIN + 30))
    ]
    assert min(after) < 120


def test_values_follow_the_language(qtbot) -> None:
    bars = [Bar("Anggaran", 1250000.5), Bar("Kecil", 12.5)]
    assert _chart(qtbot, bars, "id").lines() == ["Anggaran: 1.250.000,5", "Kecil: 12,5"]
    assert _chart(qtbot, bars, "en").lines() == ["Anggaran: 1,250,000.5", "Kecil: 12.5"]


def test_a_zero_bar_is_empty_and_a_small_one_still_shows(qtbot) -> None:
    chart = _chart(qtbot, [Bar("a", 1000), Bar("b", 1), Bar("c", 0)])
    assert chart.bar_rect(1).width() >= 3
    assert chart.bar_rect(2).width() == 0


def test_readable_from_the_back_of_the_room(qtbot) -> None:
    """At the projector scale the text is 1.6 times the UI's, and each bar as tall as a line
    of it: at Labinov's 11 pt UI font that is 24 px text on a 1080p projector."""
    chart = _chart(qtbot, [Bar("Antrean online", 3)], scale=1.6)
    assert chart.chart_font().pointSizeF() == chart.font().pointSizeF() * 1.6
    line = QFontMetrics(chart.chart_font()).height()
    assert chart.bar_rect(0).height() >= line
    font = chart.font()
    font.setPointSize(11)
    chart.setFont(font)
    assert QFontMetrics(chart.chart_font()).height() >= 24


def test_long_labels_elide_and_the_tooltip_is_whole(qtbot) -> None:
    label = "Antrean layanan akta kelahiran yang panjang di kantor dinas " * 3
    chart = _chart(qtbot, [Bar(label, 5, description="5 suara — " + label)])
    assert chart.bar_rect(0).left() <= chart.width() * LABEL_SHARE + 2 * MARGIN
    assert chart.wraps()  # two lines for the label, and rows tall enough for them
    assert chart.sizeHint().height() >= 2 * chart.fontMetrics().height() + 2 * MARGIN
    point = chart.bar_rect(0).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
    QApplication.sendEvent(chart, event)
    assert QToolTip.isVisible() and QToolTip.text() == "5 suara — " + label
    QToolTip.hideText()
    outside = QPoint(point.x(), chart.height() + 50)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, outside, outside))


def test_no_bars_shows_the_placeholder(qtbot) -> None:
    chart = _chart(qtbot, [])
    chart.set_placeholder("Belum ada suara.")
    image = chart.grab().toImage()
    dark = sum(
        QColor(image.pixel(x, image.height() // 2)).lightness() < 120 for x in range(image.width())
    )
    assert dark > 5 and chart.lines() == []
