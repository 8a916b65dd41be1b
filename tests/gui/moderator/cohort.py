"""A workshop of eight teams with names as real Indonesian agencies write them: long OPD
names, acronyms, a team without an innovation yet, every stage from Drum up to Display."""

from __future__ import annotations

from labinov.method.stages import STAGES
from labinov.services import Services

# Drum up answers, filled by the teams that have done Drum up (their bars move)
DRUM_UP = {
    "team_roles": [{"name": "Andi", "role": "ketua"}, {"name": "Rina", "role": "anggota"}],
    "commitment_leader": "Kepala Dinas",
    "commitment_date": "2026-09-02",
    "issues": ["Antrean panjang", "Berkas hilang"],
}
# team, innovation (None: not yet), stages done, the stage in progress after them
COHORT: list[tuple[str, str | None, int]] = [
    (
        "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Gowa",
        "SI-DUKUN: Layanan Administrasi Kependudukan Jemput Bola di Desa Terpencil",
        3,
    ),
    ("Dinas Kesehatan", "ANTRE SEHAT: Antrean Puskesmas lewat Pesan Singkat", 2),
    (
        "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        "E-MUSRENBANG: Usulan Warga Terpantau dari Kelurahan sampai APBD",
        1,
    ),
    (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "IZIN KILAT: Perizinan Usaha Mikro Selesai dalam Satu Hari",
        4,
    ),
    ("RSUD Labuang Baji", "Rujukan Daring Antar-Puskesmas", 0),
    (
        "Perusahaan Daerah Air Minum (PDAM) Kota Makassar",
        "LAPOR BOCOR: Peta Kebocoran Pipa dari Warga",
        5,
    ),
    ("Kecamatan Tamalate", None, 0),
    ("Satuan Polisi Pamong Praja", "PATROLI CERDAS", 2),
]


def create_cohort(services: Services) -> str:
    """The workshop's id; stages are marked done with a moderator's note, the next started."""
    workshop = services.workshops.create("Laboratorium Inovasi Kota Makassar 2026")
    for name, title, done in COHORT:
        team = services.teams.create(workshop.id, name)
        if title is None:
            continue
        project = services.projects.create(team.id, title)
        for key, value in list(DRUM_UP.items())[: done + 1]:
            services.worksheets.set_answer(project.id, "drum_up", key, value)
        for stage in STAGES[:done]:
            services.stages.complete(project.id, stage, override_reason="dibahas di kelas")
        if done < len(STAGES):
            services.stages.start(project.id, STAGES[done])
    return workshop.id
