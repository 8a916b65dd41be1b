"""A worksheet table shares its width by what its columns hold: the main text column stays
readable beside long texts, and long texts wrap inside their rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

LONG_RESULT = (
    "Warga mengirim berkas tidak lengkap; petugas harus menelepon balik satu per satu, "
    "rata-rata 3 kali per berkas sebelum lengkap"
)
LONG_CHANGE = (
    "Daftar periksa berkas dikirim otomatis sebagai balasan pertama, dengan contoh foto "
    "dokumen yang benar dan jam layanan"
)
TRIALS = [
    {
        "date": "2019-07-15",
        "what": "Pendaftaran akta lewat WhatsApp di dua kelurahan",
        "result": LONG_RESULT,
        "change": LONG_CHANGE,
    },
    {"date": "2019-08-01", "what": "Uji coba di puskesmas", "result": "Berjalan baik"},
]


def _trial_log(make_panel, context, project_id, width: int):  # type: ignore[no-untyped-def]
    context.services.worksheets.set_answer(project_id, "delivery", "trial_log", TRIALS)
    panel = make_panel("delivery")
    panel.resize(width, 1400)
    QApplication.processEvents()
    table = panel.tables["trial_log"]
    panel.findChild(QScrollArea).ensureWidgetVisible(table)
    QApplication.processEvents()
    return table


# the worksheet's width in a 1366×768 and a 1024×600 window (navigator and margins aside)
@pytest.mark.parametrize("width", [1120, 800])
def test_the_main_column_stays_readable_beside_long_texts(
    make_panel, context, project_id, app_font, width: int
) -> None:
    """The trial log at 1366×768: "Hasil" and "Perubahan" took their one-line widths (982
    and 942 px) and "Yang dicoba", the question the row answers, was squeezed to 100 px
    ("Pendaftar…") behind a horizontal scroll bar."""
    table = _trial_log(make_panel, context, project_id, width)
    view, header = table.view, table.view.horizontalHeader()
    room = view.viewport().width()
    sizes = [header.sectionSize(column) for column in range(header.count())]
    assert sum(sizes) <= room, (sizes, room)  # no sideways scrolling
    assert not view.horizontalScrollBar().isVisible()
    what, result, change = sizes[1:]
    average = view.fontMetrics().averageCharWidth()
    assert what >= min(room // 4, 30 * average), sizes
    # each column as wide as its title, the longer texts get more than the short one
    for column in range(header.count()):
        title = str(table.model.headerData(column, Qt.Orientation.Horizontal))
        assert sizes[column] >= view.fontMetrics().horizontalAdvance(title), title
    assert min(result, change) >= room // 6, sizes
    # the long texts wrap: their row is as tall as their lines, each shown whole
    for column in (1, 2, 3):
        index = table.model.index(0, column)
        option_height = view.sizeHintForIndex(index).height()
        assert view.rowHeight(0) >= option_height, column
    lines = view.rowHeight(0) // view.fontMetrics().lineSpacing()
    assert lines >= 2, view.rowHeight(0)
    assert view.rowHeight(1) < view.rowHeight(0)  # a short row stays one line


def test_short_texts_leave_the_spare_width_to_the_main_column(
    make_panel, context, project_id, app_font
) -> None:
    context.services.worksheets.set_answer(
        project_id, "delivery", "trial_log", [{"date": "2019-07-15", "what": "WA", "result": "ok"}]
    )
    panel = make_panel("delivery")
    panel.resize(1120, 1400)
    QApplication.processEvents()
    view = panel.tables["trial_log"].view
    header = view.horizontalHeader()
    sizes = [header.sectionSize(column) for column in range(header.count())]
    assert sum(sizes) == view.viewport().width()  # the table is filled, not ragged
    assert sizes[1] == max(sizes), sizes  # the main column takes the spare width
