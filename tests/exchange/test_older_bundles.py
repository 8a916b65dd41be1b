"""A bundle written by an older Labinov (format 1): its numbers are marked for a check."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from labinov.cli import main
from labinov.exchange.export import export_bundle
from labinov.exchange.format import FORMAT_VERSION
from labinov.exchange.merge import import_bundle
from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import open_store
from tests.store.test_suspect_numbers import OLD_INDICATORS


def test_format_1_bundle_numbers_marked_on_import(
    services: Services, other: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workshop = services.workshops.create("Labinov 2019")
    team = services.teams.create(workshop.id, "Disdukcapil")
    project = services.projects.create(team.id, "Akta Lahir Sehari").id
    services.worksheets.set_answer(project, "delivery", "indicators", OLD_INDICATORS)
    path = tmp_path / "new.labinov"
    export_bundle(services.store, "project", project, path)
    with zipfile.ZipFile(path) as zf:
        entries = {info.filename: zf.read(info) for info in zf.infolist()}
    manifest = json.loads(entries["manifest.json"])
    assert manifest["format_version"] == FORMAT_VERSION
    # the same bundle from a current Labinov: typed numbers, nothing marked
    import_bundle(other.store, path)
    assert other.worksheets.suspect_numbers(project) == []
    # as an older Labinov wrote it (format 1): its numbers with 1-3 decimals are marked
    manifest["format_version"] = 1
    entries["manifest.json"] = json.dumps(manifest).encode()
    old = tmp_path / "old.labinov"
    with zipfile.ZipFile(old, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    third = Services(open_store(user_paths(tmp_path / "third")))
    import_bundle(third.store, old)
    assert [s.value for s in third.worksheets.suspect_numbers(project)] == [1.2, 130.355]
    third.store.dispose()
    # the command line says so, in the user's language
    assert main(["import", str(old), "--data-dir", str(tmp_path / "cli"), "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert "2 angka dari Labinov versi lama" in out and "periksa angka ini" in out


def test_typed_values_travel_in_a_bundle(
    services: Services, other: Services, tmp_path: Path
) -> None:
    workshop = services.workshops.create("Labinov 2026")
    team = services.teams.create(workshop.id, "Dinkes")
    project = services.projects.create(team.id, "Antre Sehat").id
    ws = services.worksheets
    ws.add_row(project, "delivery", "indicators", {"name": "Waktu tunggu", "unit": "menit"})
    ws.set_cell(project, "delivery", "indicators", 0, "baseline", "±80 menit (2019)")
    ws.set_cell(project, "delivery", "indicators", 0, "actual", "belum diukur")
    ws.set_answer(project, "delivery", "launch_date", "April 2017")
    path = tmp_path / "p.labinov"
    export_bundle(services.store, "project", project, path)
    import_bundle(other.store, path)
    row = other.worksheets.answer(project, "delivery", "indicators")[0]
    assert (row["baseline"], row["baseline_text"]) == (80, "±80 menit (2019)")
    assert (row["actual"], row["actual_text"]) == (None, "belum diukur")
    assert other.worksheets.answer(project, "delivery", "launch_date") == "2017-04"
    assert other.worksheets.suspect_numbers(project) == []
