"""The *Direktori Inovasi*: a workshop's consolidated PDF, read back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pypdf import PdfReader

from labinov.report.directory import write_directory
from labinov.services import Services


def test_directory_has_a_summary_and_a_page_per_innovation(
    services: Services, tmp_path: Path
) -> None:
    sample = services.samples.create()[0].id
    services.projects.rename(
        services.projects.summaries(sample)[0].id, "<b>Inovasi & <img src='x'/>"
    )
    count = write_directory(services, sample, tmp_path / "d.pdf", "id")
    reader = PdfReader(tmp_path / "d.pdf")
    assert count == 3 and len(reader.pages) == 1 + 3
    first = reader.pages[0].extract_text()
    assert "Inovasi & <img src='x'/>" in first.replace("\n", " ") or "<img" in first
    for page, summary in zip(
        reader.pages[1:],
        sorted(services.projects.summaries(sample), key=lambda s: (s.team, s.title)),
        strict=True,
    ):
        assert summary.title.split()[0] in page.extract_text()


def test_directory_embeds_its_fonts_and_numbers_every_page(
    services: Services, tmp_path: Path
) -> None:
    workshop, _ = services.samples.create()
    services.workshops.update(workshop.id, organiser="Balitbangda Kota Makassar")
    summary = services.projects.summaries(workshop.id)[0]
    services.stages.complete(summary.id, "diagnose", "Data survei menyusul")
    path = tmp_path / "d.pdf"
    write_directory(services, workshop.id, path, "id")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = fonts.stdout.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts.stdout  # emb
    assert not any(name in fonts.stdout for name in ("Helvetica", "Times", "Courier"))
    pages = PdfReader(path).pages
    for number, page in enumerate(pages, start=1):
        # the total is a form drawn after the last page: text of its own
        assert f"Halaman {number} dari {len(pages)}" in " ".join(page.extract_text().split())
    text = "\n".join(page.extract_text() for page in pages)
    assert "Daerah Kota Makassar" in " ".join(text.split()) and "Kontak tim" in text
    assert "selesai (dengan catatan moderator): Data survei menyusul" in text
