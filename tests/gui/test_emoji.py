"""Emoji in a note and a team name are drawn as glyphs (the bundled Symbola as fallback),
not as empty boxes: the ink of what is drawn has the shape of Symbola's 🙂, not of a box.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontInfo, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene, QLabel

from labinov.app import application
from labinov.gui.canvas.note_item import NoteItem
from labinov.gui.fonts import SYMBOLA
from labinov.gui.main_window import MainWindow

SMILE = "🙂"
LIKE, UNLIKE = 0.8, 0.5  # measured: the glyph 0.96-1.0, a box -0.12-0.07
Mask = list[list[bool]]


def ink(image: QImage, area: QRectF | None = None, dark: int = 110) -> Mask:
    """Dark pixels of ``image`` (inside ``area``) cropped to their bounding box."""
    rect = (area or QRectF(image.rect())).toRect().intersected(image.rect())
    rows = [
        [QColor(image.pixel(x, y)).lightness() < dark for x in range(rect.left(), rect.right())]
        for y in range(rect.top(), rect.bottom())
    ]
    ys = [y for y, row in enumerate(rows) if any(row)]
    xs = [x for x in range(len(rows[0]) if rows else 0) if any(row[x] for row in rows)]
    assert ys and xs, "nothing drawn"
    return [row[xs[0] : xs[-1] + 1] for row in rows[ys[0] : ys[-1] + 1]]


def likeness(a: Mask, b: Mask, cells: int = 5) -> float:
    """How alike two glyph shapes are, from -1 to 1: the correlation of their ink per cell
    of a 5×5 grid over each bounding box (robust to a pixel of offset or hinting)."""

    def grid(mask: Mask) -> list[float]:
        height, width = len(mask), len(mask[0])
        values = []
        for row in range(cells):
            for col in range(cells):
                ys = range(
                    row * height // cells,
                    max(row * height // cells + 1, (row + 1) * height // cells),
                )
                xs = range(
                    col * width // cells, max(col * width // cells + 1, (col + 1) * width // cells)
                )
                values.append(sum(mask[y][x] for y in ys for x in xs) / (len(ys) * len(xs)))
        return values

    first, second = grid(a), grid(b)
    mean_a, mean_b = sum(first) / len(first), sum(second) / len(second)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(first, second, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in first)
    var_b = sum((y - mean_b) ** 2 for y in second)
    return cov / (var_a * var_b) ** 0.5 if var_a and var_b else 0.0


def reference(font: QFont, text: str = SMILE) -> Mask:
    """``text`` drawn with Symbola itself at the size of ``font``."""
    symbola = QFont(SYMBOLA)
    if font.pixelSize() > 0:
        symbola.setPixelSize(font.pixelSize())
    else:
        symbola.setPointSizeF(font.pointSizeF())
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(symbola)
    painter.setPen(QColor("#212121"))
    painter.drawText(QRectF(image.rect()), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.end()
    return ink(image)


def box(font: QFont) -> Mask:
    """An empty box of the same size, what a missing glyph looks like."""
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("#212121"))
    painter.drawText(QRectF(image.rect()), int(Qt.AlignmentFlag.AlignCenter), "\u25a1")
    painter.end()
    return ink(image)


def test_symbola_is_the_fallback(qapp: QApplication) -> None:
    application()  # what the app does at start
    assert SYMBOLA in QFontDatabase.families()
    family = QFontInfo(qapp.font()).family()  # "Sans Serif" is drawn with a real family
    assert QFont.substitutes(family) == ["symbola"]  # once, however often
    application()
    assert QFont.substitutes(family) == ["symbola"]


def test_the_ui_keeps_its_own_letters(qapp: QApplication) -> None:
    """Symbola is a fallback only: the UI's text is not drawn in its serif letters (a
    substitute for the generic "Sans Serif" had made it the font of every widget)."""
    application()
    label = QLabel("Berkas Sunting Tampilan")
    assert QFontInfo(label.font()).family() != SYMBOLA
    assert QFontInfo(qapp.font()).family() != SYMBOLA
    assert QFontInfo(QFont("Sans Serif")).family() != SYMBOLA


def test_a_label_shows_the_glyph(qtbot, qapp: QApplication) -> None:
    application()
    label = QLabel(SMILE)
    font = label.font()
    font.setPixelSize(48)
    label.setFont(font)
    label.setStyleSheet("background: white; color: #212121")
    qtbot.addWidget(label)
    label.resize(100, 80)
    drawn = ink(label.grab().toImage())
    assert likeness(drawn, reference(font)) > LIKE
    assert likeness(drawn, box(font)) < UNLIKE


def test_a_note_and_a_team_name_show_the_glyph(qtbot, window: MainWindow) -> None:
    application()
    # a note on a board, painted as the canvas paints it
    scene = QGraphicsScene()
    row = {"id": "n1", "kind": "note", "x": 0, "y": 0, "z": 0, "width": 160, "height": 100}
    note = NoteItem({**row, "colour": "yellow", "text": SMILE, "votes": 0})
    scene.addItem(note)
    image = QImage(800, 560, QImage.Format.Format_RGB32)  # 4× the board: glyph shapes
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, 800, 560), QRectF(0, 0, 200, 140))
    font = QFont(painter.font())
    painter.end()
    font.setPointSizeF(11 * 4)  # a note's text size, at 4×
    drawn = ink(image, QRectF(QPointF(16, 16), QPointF(600, 360)))
    assert likeness(drawn, reference(font)) > LIKE
    assert likeness(drawn, box(font)) < UNLIKE

    # a team named with an emoji, in the navigator
    workshop_id = window.structure.open_sample()
    window.structure.create_team(workshop_id, {"name": SMILE, "kind": "opd"})
    assert window.select(workshop_id)
    view = window.navigator
    found = view.model().match(
        view.model().index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        SMILE,
        1,
        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly,
    )
    assert found, "the team is not in the navigator"
    index: QModelIndex = found[0]
    big = view.font()
    big.setPixelSize(40)  # as on a projector: a glyph large enough to compare shapes
    view.setFont(big)
    view.scrollTo(index)
    rect = view.visualRect(index)
    shot = view.viewport().grab().toImage()
    drawn = ink(shot, QRectF(rect))
    assert likeness(drawn, reference(view.font())) > LIKE
    assert likeness(drawn, box(view.font())) < UNLIKE
