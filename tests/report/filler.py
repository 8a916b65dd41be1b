"""A fully filled project for report tests and benchmarks: every worksheet answered through
``services.worksheets`` (so the answers have the real, validated shape), profile texts, and
canvases with notes, votes and links made through ``services.canvases``."""

from __future__ import annotations

import itertools
from typing import Any

from labinov.services import Services

SAMPLE_PROJECT = "5a3c0f7e-2019-4b1a-9d6e-6d4b61b01001"  # AKTA LAHIR SEHARI


def words(prefix: str, count: int) -> str:
    return " ".join(f"{prefix}{index}" for index in range(count))


ANSWERS: dict[str, dict[str, Any]] = {
    "drum_up": {
        "team_roles": [
            {
                "name": "Hj. Nurhayati Said",
                "nip": "197205121998032004",
                "position": "Kepala Bidang",
                "role": "ketua",
            },
            {"name": "Rudi Hartono", "nip": "", "position": "Pranata Komputer", "role": "anggota"},
        ],
        "commitment_leader": "Kepala Dinas Kependudukan",
        "commitment_date": "2019-07-15",
        "commitment_note": "Kami berkomitmen menerbitkan akta kelahiran dalam satu hari.",
        "issues": ["Antrean akta panjang", "Data kelahiran tidak sinkron"],
    },
    "diagnose": {
        "usg": [
            {"problem": "Akta terbit lama", "u": 5, "s": 4, "g": 4},
            {"problem": "Formulir rumit", "u": 3, "s": 3, "g": 2},
            {"problem": "Loket jauh dari rumah sakit", "u": 5, "s": 4, "g": 3},
        ],
        "problem_statement": "Akta kelahiran baru terbit rata-rata 14 hari setelah bayi lahir.",
        "root_causes": ["Berkas dibawa manual ke kantor", "Tidak ada petugas di rumah sakit"],
        "target_group": "Orang tua bayi baru lahir di rumah sakit mitra.",
        "current_condition": "Cakupan akta anak 71 persen; waktu terbit 14 hari.",
        "stakeholders": [
            {"name": "Rumah sakit", "interest": "Layanan pasien", "influence": "tinggi"}
        ],
        "candidate_ideas": ["Loket akta di rumah sakit", "Akta daring"],
    },
    "design": {
        "idea_scores": [
            {
                "idea": "Loket akta di rumah sakit",
                "impact": 5,
                "feasibility": 4,
                "cost": 3,
                "novelty": 4,
                "votes": 7,
            },
        ],
        "innovation_name": "AKTA LAHIR SEHARI",
        "innovation_summary": "Akta kelahiran terbit di rumah sakit sebelum bayi pulang.",
        "novelty": "Petugas Disdukcapil bekerja di rumah sakit dan mencetak akta di tempat.",
        "beneficiaries": "Orang tua bayi baru lahir.",
        "how_it_works": "Bidan mengunggah data kelahiran; petugas memverifikasi dan mencetak.",
        "resources": "Dua petugas, satu printer, jaringan data kependudukan.",
        "action_plan": [
            {
                "activity": "Nota kesepahaman dengan rumah sakit",
                "pic": "Kabid",
                "start": "2019-08-01",
                "end": "2019-08-15",
                "output": "MoU",
                "budget": 2500000,
                "status": "selesai",
            },
            {
                "activity": "Pelatihan petugas",
                "pic": "Rudi",
                "start": "2019-08-16",
                "end": "2019-08-30",
                "output": "Petugas terlatih",
                "budget": 7500000,
                "status": "berjalan",
            },
        ],
        "prototype_plan": "Uji coba satu bulan di RSUD Daya.",
    },
    "delivery": {
        "launch_date": "2019-09-02",
        "launch_form": "Peluncuran oleh Wali Kota",
        "launch_by": "Wali Kota Makassar",
        "trial_log": [
            {
                "date": "2019-09-10",
                "what": "Loket di RSUD Daya",
                "result": "40 akta",
                "change": "Tambah printer",
            },
        ],
        "indicators": [
            {
                "name": "Waktu terbit akta",
                "unit": "hari",
                "baseline": 14,
                "target": 1,
                "actual": 1,
                "source": "SIAK",
            },
        ],
        "evidence": ["Foto peluncuran"],
    },
    "display": {
        "lessons_learned": "Kerja sama rumah sakit adalah kunci.",
        "replication_potential": "Dapat direplikasi di kabupaten lain dengan SIAK terpusat.",
        "showcase_summary": "Akta kelahiran terbit di rumah sakit dalam satu hari.",
        "competition_notes": "Siap untuk KIPP 2020.",
    },
}


def fill_answers(
    services: Services, project_id: str, answers: dict[str, dict[str, Any]] = ANSWERS
) -> None:
    for stage, values in answers.items():
        for key, value in values.items():
            services.worksheets.set_answer(project_id, stage, key, value)


def add_canvas(
    services: Services,
    project_id: str,
    stage: str,
    template: str,
    title: str,
    notes: int,
    prefix: str = "Catatan",
) -> tuple[str, list[str]]:
    """A canvas with ``notes`` notes in a grid (zones where the template has them), votes
    on every third note and a chain of links between the first ten."""
    from labinov.method import templates

    canvas = services.canvases.create(project_id, stage, template, title)
    chosen = templates.get(template)
    zones = chosen.zones or ()
    items = []
    for index in range(notes):
        zone = zones[index % len(zones)] if zones else None
        if zone is not None:
            left, top, width, height = zone.rect
            per_row = max(1, int((width - 20) // 170))
            slot = index // len(zones)
            x = left + 10 + (slot % per_row) * 170
            y = top + 60 + ((slot // per_row) * 125) % max(height - 180, 125)
        else:
            x, y = 40 + (index % 20) * 170, 40 + (index // 20) * 120
        items.append(
            {
                "x": x,
                "y": y,
                "text": f"{prefix} {index} tentang layanan akta yang lebih cepat",
                "votes": index % 4,
                "zone": zone.key if zone else None,
                "colour": ("yellow", "pink", "green", "blue")[index % 4],
                "z": float(index),
            }
        )
    ids = services.canvases.add_items(canvas.id, items)
    for source, target in itertools.pairwise(ids[:10]):
        services.canvases.add_link(canvas.id, source, target, "")
    return canvas.id, ids


def full_project(services: Services, canvases: int = 2, notes: int = 20) -> str:
    """The sample's AKTA LAHIR SEHARI project with every worksheet filled and canvases."""
    services.samples.create()
    fill_answers(services, SAMPLE_PROJECT)
    plan = [
        ("diagnose", "fishbone"),
        ("design", "innovation_canvas"),
        ("diagnose", "problem_tree"),
        ("design", "impact_effort"),
        ("delivery", "risk_map"),
    ]
    for index in range(canvases):
        stage, template = plan[index % len(plan)]
        add_canvas(
            services,
            SAMPLE_PROJECT,
            stage,
            template,
            f"Kanvas {index + 1}",
            notes,
            prefix=f"K{index + 1} catatan",
        )
    return SAMPLE_PROJECT
