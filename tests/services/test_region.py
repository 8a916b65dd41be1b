"""The region's statistics and search, computed in SQL on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import inspect, select, text

from labinov.i18n import translator
from labinov.services import Services
from labinov.services.region import (
    DIMENSIONS,
    EVALUATED_KEY,
    EVALUATION_STAGE,
    RegionService,
    value_label,
)
from labinov.store.models import Project, StageWork

HOSTILE = "x'; DROP TABLE project; --"
P = Project.__table__


def _region(services: Services) -> dict[str, str]:
    makassar = services.workshops.create(
        "Laboratorium Inovasi Kota Makassar 2024",
        organiser="Balitbangda Kota Makassar",
        start_date=date(2024, 3, 4),
    )
    bone = services.workshops.create(
        "Laboratorium Inovasi Kabupaten Bone 2025",
        organiser="Bapperida Kabupaten Bone",
        start_date=date(2025, 5, 6),
    )
    health = services.teams.create(makassar.id, "Dinas Kesehatan")
    waste = services.teams.create(makassar.id, "Dinas Lingkungan Hidup")
    bone_team = services.teams.create(bone.id, HOSTILE)

    def project(team: Any, title: str, **profile: Any) -> str:
        return services.projects.create(team.id, title, **profile).id

    ids = {
        "queue": project(
            health,
            "Antrean Puskesmas Daring",
            innovation_stage="penerapan",
            innovation_type="digital",
            innovation_form="pelayanan_publik",
            initiator="perangkat_daerah",
            government_affair="Kesehatan",
            purpose="Warga mendaftar ke puskesmas dari rumah.",
        ),
        "bank": project(
            waste,
            "Bank Sampah Digital",
            innovation_stage="uji_coba",
            innovation_type="digital",
            government_affair="Lingkungan hidup",
        ),
        "copy": project(
            bone_team,
            "Bank Sampah Bone",
            innovation_stage="inisiatif",
            innovation_type="non_digital",
            source_region="Kota Makassar",
            source_name="Bank Sampah Digital",
        ),
        "adapted": project(
            bone_team,
            HOSTILE,
            source_name="Antrean Puskesmas Daring",
            adaptation_note="Pendaftaran lewat SMS, bukan aplikasi.",
        ),
        "archived": project(health, "Arsip lama", innovation_type="digital"),
    }
    services.projects.set_archived(ids["archived"], True)
    with services.store.transaction() as session:  # the COI evaluation sheet's findings
        work = session.exec(
            select(StageWork).where(
                StageWork.project_id == ids["queue"], StageWork.stage == EVALUATION_STAGE
            )
        ).one()[0]
        work.answers = {**work.answers, EVALUATED_KEY: "Waktu tunggu turun dari 3 jam ke 40 menit."}
        session.add(work)
    return ids


def _counts(stats: Any, dimension: str) -> dict[str, int]:
    return {c.value: c.count for c in stats.counts[dimension]}


def test_statistics_count_every_dimension_in_sql(services: Services) -> None:
    _region(services)
    region = RegionService(services.store)
    stats = region.statistics()
    assert stats.total == 4  # the archived project is not an innovation of the region
    assert [name for name, _label in DIMENSIONS] == list(stats.counts)
    assert _counts(stats, "year") == {"2024": 2, "2025": 2}
    assert [c.value for c in stats.counts["year"]] == ["2025", "2024"]  # a tie: newest first
    assert _counts(stats, "region") == {"Kota Makassar": 2, "Kabupaten Bone": 2}
    assert _counts(stats, "stage") == {"penerapan": 1, "uji_coba": 1, "inisiatif": 1, "": 1}
    assert _counts(stats, "type") == {"digital": 2, "non_digital": 1, "": 1}
    assert _counts(stats, "form") == {"pelayanan_publik": 1, "": 3}
    assert _counts(stats, "initiator") == {"perangkat_daerah": 1, "": 3}
    assert _counts(stats, "affair") == {"Kesehatan": 1, "Lingkungan hidup": 1, "": 2}
    assert _counts(stats, "origin") == {"original": 2, "replicated": 1, "adapted": 1}
    assert _counts(stats, "evaluated") == {"yes": 1, "no": 3}
    assert stats.counts["form"][0].value == ""  # largest first
    assert region.years() == [2025, 2024]
    one_year = region.statistics(2025)
    assert (one_year.total, one_year.year) == (2, 2025)
    assert _counts(one_year, "origin") == {"replicated": 1, "adapted": 1}


def test_values_are_named_in_the_users_language() -> None:
    indonesian, english = translator("id"), translator("en")
    assert value_label("type", "non_digital", "id", indonesian) == "Non digital"
    assert value_label("stage", "uji_coba", "en", english) == "Trial"
    assert value_label("origin", "replicated", "en", english) == "replicated"
    assert value_label("origin", "replicated", "id", indonesian) == "direplikasi"
    assert value_label("region", "", "id", indonesian) == "(tidak diisi)"
    assert value_label("year", "2024", "id", indonesian) == "2024"


def test_search_finds_innovations_across_workshops(services: Services) -> None:
    ids = _region(services)
    region = RegionService(services.store)
    assert {h.project_id for h in region.search("sampah")} == {ids["bank"], ids["copy"]}
    assert [h.project_id for h in region.search("bank sampah bone")] == [ids["copy"]]
    found = region.search("puskesmas")  # a title and a purpose, and the adapted one's source
    assert {h.project_id for h in found} == {ids["queue"], ids["adapted"]}
    hit = next(h for h in found if h.project_id == ids["queue"])
    assert (hit.team, hit.region, hit.year, hit.stage) == (
        "Dinas Kesehatan",
        "Kota Makassar",
        2024,
        "penerapan",
    )
    assert region.search("Makassar")  # the organiser names the region
    assert region.search("arsip") == []  # archived projects are not offered
    assert len(region.search("")) == 4  # nothing typed: every innovation, by title
    assert region.search("tidakada") == []


def test_hostile_text_is_only_ever_a_parameter(services: Services) -> None:
    """Names and search words with SQL in them are data: found, counted, never run."""
    ids = _region(services)
    region = RegionService(services.store)
    for words in (HOSTILE, "'; DROP TABLE project; --", "100% _x_ \\", "a' OR '1'='1"):
        hits = region.search(words)
        assert {h.project_id for h in hits} <= {ids["adapted"], ids["copy"]}, words
    assert {h.project_id for h in region.search("DROP")} == {ids["adapted"], ids["copy"]}
    assert region.search("%") == [] and region.search("_") == []  # LIKE wildcards are text
    stats = region.statistics()
    assert stats.total == 4
    with services.store.engine.connect() as connection:
        assert inspect(connection).has_table("project")
    assert len(services.projects.summaries()) == 5


def test_postgresql_looks_words_up_in_the_project_index(services: Services) -> None:
    """The search's expression is the migration's, so PostgreSQL uses the GIN index
    (SQLite has no such index: it searches with LIKE)."""
    import importlib

    from labinov.services.region import PROJECT_VECTOR, _matches

    migration = importlib.import_module("labinov.store.migrations.versions.0008_project_search")
    assert migration.PROJECT_VECTOR == PROJECT_VECTOR
    _region(services)
    engine = services.store.engine
    with engine.connect() as connection:
        indexes = {i["name"] for i in inspect(connection).get_indexes("project")}
        if engine.dialect.name == "sqlite":
            assert "ix_project_search" not in indexes
            return
        connection.execute(text("SET enable_seqscan = off"))  # 5 rows: else a plain scan wins
        compiled = select(P.c.id).where(_matches("sampah")).compile(dialect=engine.dialect)
        plan = "\n".join(
            row[0] for row in connection.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        )
    assert "ix_project_search" in plan, plan


def test_one_region_rule_for_the_statistics_and_the_consolidation(services: Services) -> None:
    """Two organisers of one city are one region, named as the consolidation names it."""
    from labinov.services.consolidation import REGION_COLUMN, consolidation
    from labinov.services.region import region_from

    _region(services)
    other = services.workshops.create("Lab 2025", organiser="Bappeda Kota Makassar")
    team = services.teams.create(other.id, "Dinas Pendidikan")
    services.projects.create(team.id, "Sekolah Ramah")
    plain = services.workshops.create("Lab Desa", place="  Desa Tanjung  ")
    services.projects.create(services.teams.create(plain.id, "Tim").id, "Air Bersih")
    stats = RegionService(services.store).statistics()
    assert _counts(stats, "region") == {"Kota Makassar": 3, "Kabupaten Bone": 2, "Desa Tanjung": 1}
    _headers, rows = consolidation(services, other.id, "id")
    assert [row[REGION_COLUMN] for row in rows] == ["Kota Makassar"]
    hit = RegionService(services.store).search("Sekolah")[0]
    assert hit.region == "Kota Makassar" == region_from("Bappeda Kota Makassar", "", "Lab 2025")
