"""What a selected workshop or team shows: its details and each innovation's stage."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from labinov.gui.main_window import MainWindow

HOSTILE = "Dinas <b>Kominfo</b> & Statistik 😀"


def test_workshop_and_team_pages_list_innovations_and_show_names_literally(
    window: MainWindow,
) -> None:
    workshop_id = window.structure.open_sample()
    assert window.select(workshop_id)
    page = window.findChild(QTextBrowser, "selectionInfo")
    text = page.toPlainText()
    assert "Laboratorium Inovasi Kota Makassar 2019" in text
    assert "Balitbangda Kota Makassar" in text and "3 tim" in text
    assert "AKTA LAHIR SEHARI" in text and "4. Delivery — ◐ sedang berjalan" in text

    team_id = window.structure.create_team(workshop_id, {"name": HOSTILE, "kind": "opd"})
    assert window.select(team_id)
    text = page.toPlainText()
    assert HOSTILE in text  # markup and emoji literally, not interpreted
    assert "Belum ada inovasi" in text
    window.structure.create_project(team_id, "Satu Data <Kota>")
    assert window.select(team_id)
    assert "Satu Data <Kota>" in page.toPlainText()
    assert "1. Drum up — ○ belum dimulai" in page.toPlainText()

    assert window.select(workshop_id)
    assert HOSTILE in page.toPlainText() and "4 tim" in page.toPlainText()


def test_workshop_text_keeps_its_lines_and_grows_on_the_projector(window: MainWindow) -> None:
    """A description pasted with two paragraphs showed as one run-on line; and the workshop
    and team pages stayed small on the wall with the projector preset on."""
    from labinov.gui.projector import PROJECTOR_SCALE

    description = "Angkatan ke-7: 12 OPD & 2 BUMD, ±80 hari.\nAnggaran Rp 125.000.000 (APBD 2026)."
    workshop_id = window.structure.create_workshop(
        {"name": "Labinov Beken 2026", "description": description}
    )
    assert window.select(workshop_id)
    page = window.findChild(QTextBrowser, "selectionInfo")
    lines = page.toPlainText().splitlines()
    assert "Angkatan ke-7: 12 OPD & 2 BUMD, ±80 hari." in lines
    assert "Anggaran Rp 125.000.000 (APBD 2026)." in lines
    base = page.font().pointSizeF()
    window.set_projector_mode(True)
    assert page.font().pointSizeF() == base * PROJECTOR_SCALE
    window.set_projector_mode(False)
    assert page.font().pointSizeF() == base
