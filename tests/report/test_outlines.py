"""Every KIPP outline file: sourced values, and a proposal exported with it that shows its
groups, sections, weights and limits; a new year is a data file (synthetic KIPP 2099)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from labinov.method import competition
from labinov.method.profile import profile_fields
from labinov.report import Options, export_project
from labinov.report.outline import parse_outline
from labinov.services import Services
from tests.report.conftest import nospace, pdf_text

KEYS = competition.outline_keys()
FAST = Options(canvases=False, record=False)


def test_the_years_asked_for_are_there() -> None:
    assert {"kipp_2021", "kipp_2022", "kipp_2023", "kipp_2025"} <= set(KEYS)


@pytest.mark.parametrize("key", KEYS)
def test_every_value_has_a_source(key: str) -> None:
    data = competition.read(key)
    assert data is not None
    assert competition.missing_sources(data) == []
    for cite_doc in data["documents"].values():
        assert cite_doc["title"] and cite_doc["issuer"] and cite_doc["year"] and cite_doc["found"]


def test_a_value_without_a_source_is_caught() -> None:
    data = copy.deepcopy(competition.read("kipp_2021"))
    assert data is not None
    section = next(s for s in data["sections"] if s["key"] == "latar_belakang")
    del section["cite"]["weight"]
    del data["groups"]["khusus"]["cite"]
    data["eligibility"][0]["cite"] = {"doc": None, "where": "made up", "confirmed": True}
    data["passing_grade"]["cite"]["doc"] = "no_such_document"
    missing = competition.missing_sources(data)
    assert "sections.latar_belakang.weight" in missing
    assert "groups.khusus" in missing
    assert "eligibility[0] (confirmed without a document)" in missing
    assert "passing_grade (unknown document no_such_document)" in missing


def _export(services: Services, project_id: str, choice: str, path: Path) -> str:
    services.projects.update_profile(project_id, {"competition": choice})
    return pdf_text(export_project(services, project_id, path, FAST))


@pytest.mark.parametrize("key", KEYS)
def test_the_proposal_follows_the_outline(
    key: str, services: Services, project_id: str, tmp_path: Path
) -> None:
    data = competition.read(key)
    assert data is not None
    outline = parse_outline(data)
    group = next(iter(data["groups"]))
    text = _export(services, project_id, f"{key}:{group}", tmp_path / "p.pdf")
    flat = nospace(text)
    year = key.split("_")[1]
    assert nospace(f"KIPP) {year}") in flat  # the cover names the year
    assert nospace(data["groups"][group]["id"]) in flat
    appendix = text[text.rindex("Lampiran: kesiapan") :]
    for section in outline.for_group(group):
        heading = section.heading("id")
        if section.weight:
            heading += f" (bobot {section.weight:g}%)"
        assert nospace(heading) in flat, heading
        for part in section.parts:
            if part.max_words:
                limit = f"paling banyak {part.max_words} kata"
                if part.estimated:
                    limit += " (batas perkiraan)"
                    listed = f"{section.heading('id')}"
                    assert nospace(listed) in nospace(appendix), listed
                assert nospace(limit) in flat, (section.key, limit)
    others = [s for s in outline.sections if group not in s.groups]
    for section in others:  # sections of other groups are not written
        assert nospace(section.heading("id")) not in flat.split(nospace("Lampiran: kesiapan"))[0]
    estimated = any(p.estimated for s in outline.for_group(group) for p in s.parts)
    assert ("Batas perkiraan" in appendix) == estimated
    assert "Syarat keikutsertaan" in appendix


def test_a_new_year_is_a_data_file(
    services: Services,
    project_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    folder = tmp_path / "proposal"
    shutil.copytree(competition.folder(), folder)
    data = copy.deepcopy(competition.read("kipp_2025"))
    assert data is not None
    data.update(
        key="kipp_2099",
        name={"id": "Proposal KIPP 2099", "en": "KIPP 2099 proposal"},
        short_name={"id": "KIPP 2099", "en": "KIPP 2099"},
        groups={"umum": {"id": "Kelompok masa depan", "en": "Future", "cite": CITE}},
        letters=[],
        eligibility=[{"rule": "min_years", "years": 50, "cite": CITE}],
    )
    data["documents"]["synthetic"] = {"title": "t", "issuer": "i", "year": 2099, "found": "test"}
    keep = data["sections"][1]
    keep.pop("groups", None)
    keep.update(key="masa_depan", max_words=42, weight=77)
    keep["title"] = {"id": "Bagian Masa Depan", "en": "Future part"}
    keep["cite"] = {"max_words": CITE, "weight": CITE}
    data["sections"] = [keep]
    (folder / "kipp_2099.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(competition, "folder", lambda: folder)
    profile_fields.cache_clear()  # its choices are read from the outline files once
    request.addfinalizer(profile_fields.cache_clear)
    assert "kipp_2099:umum" in [choice["key"] for choice in competition.choices()]
    assert competition.missing_sources(data) == []
    text = _export(services, project_id, "kipp_2099:umum", tmp_path / "p.pdf")
    flat = nospace(text)
    assert nospace("Bagian Masa Depan (bobot 77%)") in flat
    assert nospace("paling banyak 42 kata") in flat
    assert nospace("Kelompok masa depan") in flat
    assert nospace("Latar Belakang") not in flat  # only the file's sections
    assert nospace("paling singkat 50 tahun") in flat  # its eligibility rule, in the appendix
    assert "batas perkiraan" not in text.split("Lampiran: kesiapan")[-1]  # all confirmed


CITE = {"doc": "synthetic", "where": "test", "confirmed": True}
