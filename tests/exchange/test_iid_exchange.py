"""The IID profile travels: supporting files byte-identical through a bundle, a version-2
bundle still imports (its text "urusan terkait" made choices), and the consolidation table
carries every IID field, Covid-19 and the indicators' evidence."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from labinov.exchange.export import export_bundle
from labinov.exchange.format import FORMAT_VERSION
from labinov.exchange.merge import import_bundle
from labinov.exchange.table import write_table
from labinov.method.profile import profile_fields
from labinov.services import Services
from labinov.services.consolidation import PROFILE_COLUMN, consolidation
from tests.iid_project import PNG, iid_project


def test_supporting_files_round_trip_byte_identical(
    services: Services, other: Services, tmp_path: Path
) -> None:
    made = iid_project(services)
    path = tmp_path / "iid.labinov"
    export_bundle(services.store, "project", made.id, path)
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert manifest["format_version"] == FORMAT_VERSION == 4
        document = json.loads(zf.read(f"projects/{made.id}.json"))
    purposes = {r["filename"]: r["purpose"] for r in document["tables"]["attachment"]}
    assert purposes["perwali.pdf"] == "indicator:16"
    import_bundle(other.store, path)
    mine = {f.filename: f for f in services.attachments.list(made.id)}
    theirs = {f.filename: f for f in other.attachments.list(made.id)}
    assert mine.keys() == theirs.keys() == set(made.files)
    for name, info in mine.items():
        assert theirs[name].purpose == info.purpose and theirs[name].sha256 == info.sha256
        assert other.attachments.data(info.id) == services.attachments.data(info.id)
    assert other.attachments.data(made.files["perwali.pdf"]) == made.pdf
    assert other.attachments.data(made.files["foto-layanan.png"]) == PNG
    assert other.projects.get(made.id).profile == services.projects.get(made.id).profile


def test_version_2_bundle_still_imports(
    services: Services, other: Services, tmp_path: Path
) -> None:
    made = iid_project(services)
    path = tmp_path / "new.labinov"
    export_bundle(services.store, "project", made.id, path)
    with zipfile.ZipFile(path) as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    manifest["format_version"] = 2
    entries["manifest.json"] = json.dumps(manifest).encode()
    name = f"projects/{made.id}.json"
    document = json.loads(entries[name])
    for row in document["tables"]["attachment"]:  # a version-2 Labinov had no purpose
        del row["purpose"]
    project = document["tables"]["project"][0]
    for key in ("covid", "iid_levels", "iid_evidence"):
        del project["profile"][key]
    project["profile"]["related_affairs"] = "Kesehatan; Komunikasi dan informatika, Pasar"
    entries[name] = json.dumps(document).encode()
    old = tmp_path / "old.labinov"
    with zipfile.ZipFile(old, "w") as zf:
        for entry, data in entries.items():
            zf.writestr(entry, data)
    import_bundle(other.store, old)
    profile = other.projects.get(made.id).profile
    assert profile["related_affairs"] == ["kesehatan", "kominfo"]
    assert profile["government_affair"].endswith("; Pasar")  # nothing typed is lost
    assert other.attachments.list(made.id) == []  # without a purpose: canvas pictures
    assert other.canvases.image_data(made.files["foto-layanan.png"]) == PNG


def test_table_has_every_iid_field_covid_and_evidence(services: Services, tmp_path: Path) -> None:
    made = iid_project(services)
    workshop = services.teams.get(services.projects.get(made.id).team_id).workshop_id
    headers, rows = consolidation(services, workshop, "id")
    row = dict(zip(headers, rows[0], strict=True))
    labels = [f.label("id") for f in profile_fields()]
    assert headers[PROFILE_COLUMN : PROFILE_COLUMN + len(labels)] == labels
    for label, expected in {
        "Tahapan inovasi": "Penerapan",
        "Inisiator": "Perangkat Daerah",
        "Jenis inovasi": "Digital",
        "Bentuk inovasi": "Inovasi pelayanan publik",
        "Covid-19": "Non Covid-19",
        "Urusan pemerintahan terkait": "Kesehatan; Komunikasi dan informatika",
        "Waktu uji coba": "2019-04",
        "Waktu penerapan": "2019-07-15",
        "Tujuan inovasi": "Akta kelahiran terbit dalam sehari.",
        "Manfaat yang diperoleh": "Warga tidak perlu datang dua kali.",
        "Hasil inovasi": "Waktu layanan turun dari 14 hari menjadi 1 hari.",
    }.items():
        assert row[label] == expected, label
    assert row["Rancang bangun dan pokok perubahan"].startswith("Rancang bangun")
    assert row["Data dukung (berkas)"] == (
        "Hasil inovasi: foto-layanan.png\nSurat: Surat kesediaan untuk direplikasi: kesediaan.docx"
    )
    assert row["IID 16: Regulasi inovasi daerah"] == (
        "3 — Peraturan daerah; bukti: Perwali Makassar No. 12/2019; berkas: perwali.pdf"
    )
    assert row["IID 33: Kemanfaatan inovasi"] == (
        "3 — Lebih dari 500 penerima manfaat; bukti: 1.250 warga terlayani (2023)"
    )
    assert row["IID 32: Kecepatan penciptaan inovasi"] == ""
    assert row["Skor IID, perkiraan (%)"] == 30.63
    assert row["Predikat IID, perkiraan"] == "Kurang Inovatif (perkiraan)"
    write_table(tmp_path / "t.csv", headers, rows, "id")
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    assert "Covid-19" in text and "Perwali Makassar No. 12/2019" in text and "30,63" in text
