"""A project with the whole IID form filled in, indicator levels and evidence, and
supporting files (a two-page PDF, a picture, a Word letter), for the IID tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from labinov.services import Services


def png_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "#2e7d32").save(out, "PNG")
    return out.getvalue()


PNG = png_bytes()
# 3×3 + 2×2 + 2×1 + 3×2 + 3×3 + 4×1 = 34 of 3 × 37 = 111 → 30.63 %, "Kurang Inovatif"
LEVELS = {"16": 3, "17": 2, "18": 1, "31": 2, "33": 3, "35": 1}
EVIDENCE = {"16": "Perwali Makassar No. 12/2019", "33": "1.250 warga terlayani (2023)"}
PROFILE = {
    "innovation_stage": "penerapan",
    "initiator": "perangkat_daerah",
    "innovation_type": "digital",
    "innovation_form": "pelayanan_publik",
    "covid": "non_covid",
    "government_affair": "Administrasi kependudukan dan pencatatan sipil",
    "related_affairs": ["kesehatan", "kominfo"],
    "trial_date": "2019-04",
    "rollout_date": "2019-07-15",
    "design_summary": "Rancang bangun " * 160,
    "purpose": "Akta kelahiran terbit dalam sehari.",
    "benefits": "Warga tidak perlu datang dua kali.",
    "results": "Waktu layanan turun dari 14 hari menjadi 1 hari.",
    "iid_levels": LEVELS,
    "iid_evidence": EVIDENCE,
}


def pdf_bytes(pages: int, text: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in range(pages):
        canvas.drawString(72, 720, f"{text} {page + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@dataclass
class IidProject:
    id: str
    pdf: bytes
    files: dict[str, str]  # file name → attachment id


def iid_project(services: Services) -> IidProject:
    workshop = services.workshops.create(
        "Labinov Beken 2019", organiser="Balitbangda Kota Makassar"
    )
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari", **PROFILE).id
    pdf = pdf_bytes(2, "SURAT KEPUTUSAN")
    add = services.attachments.add
    files = {
        "perwali.pdf": add(project, "indicator:16", "perwali.pdf", pdf),
        "foto-layanan.png": add(project, "field:results", "foto-layanan.png", PNG),
        "kesediaan.docx": add(
            project, "letter:surat_kesediaan_replikasi", "kesediaan.docx", b"PK\x03\x04docx"
        ),
    }
    return IidProject(project, pdf, files)
