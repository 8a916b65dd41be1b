"""The IID profile: indicator levels and evidence kept and checked, the estimated score by
hand, supporting files kept, listed and removed with undo."""

from __future__ import annotations

import pytest

from labinov.errors import UserError
from labinov.method import iid
from labinov.services import Services
from tests.iid_project import EVIDENCE, LEVELS, PNG, iid_project


def test_estimated_score_equals_the_hand_computation(services: Services) -> None:
    made = iid_project(services)
    profile = services.projects.get(made.id).profile
    assert profile["iid_levels"] == LEVELS and profile["iid_evidence"] == EVIDENCE
    estimate = iid.estimate(profile, "id")
    # by hand: weights of 16, 17, 18, 31, 33, 35 are 3, 2, 2, 3, 3, 4 (Σ of all 20 = 37)
    assert estimate.score == 3 * 3 + 2 * 2 + 2 * 1 + 3 * 2 + 3 * 3 + 4 * 1 == 34
    assert estimate.maximum == 3 * 37 == 111
    assert estimate.percent == round(34 * 100 / 111, 2) == 30.63
    assert estimate.rating == "Kurang Inovatif"  # 0,01–34,99 (IID 2023 bands)
    assert [i.no for i in estimate.missing_mandatory] == [32]  # not answered yet
    assert estimate.unconfirmed  # the indicators' 2023 text was not read
    # three more levels pass 35 %: "Inovatif"
    services.projects.update_profile(made.id, {"iid_levels": {**LEVELS, "32": 3, "34": 3}})
    again = iid.estimate(services.projects.get(made.id).profile, "en")
    assert again.score == 34 + 2 * 3 + 2 * 3 == 46
    assert again.percent == round(46 * 100 / 111, 2) == 41.44 and again.rating == "Innovative"
    assert again.missing_mandatory == ()


def test_bad_levels_are_refused_and_change_nothing(services: Services) -> None:
    made = iid_project(services)
    before = services.projects.get(made.id).profile
    for wrong in ({"16": 4}, {"99": 1}, {"16": "3"}, {"16": True}, ["16"]):
        with pytest.raises(ValueError):
            services.projects.update_profile(made.id, {"iid_levels": wrong})
    with pytest.raises(UserError):
        services.projects.update_profile(made.id, {"covid": "maybe"})
    assert services.projects.get(made.id).profile == before
    # level 0 and empty evidence are dropped (not stored as answers)
    services.projects.update_profile(made.id, {"iid_levels": {"16": 0, "17": 1}})
    assert services.projects.get(made.id).profile["iid_levels"] == {"17": 1}


def test_supporting_files_listed_by_purpose_and_removed_with_undo(services: Services) -> None:
    made = iid_project(services)
    files = services.attachments
    listed = files.list(made.id)
    assert [f.filename for f in listed] == list(made.files)
    assert [f.mime for f in listed] == [
        "application/pdf",
        "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ]
    assert [f.filename for f in files.list(made.id, "indicator")] == ["perwali.pdf"]
    assert [f.filename for f in files.list(made.id, "field:results")] == ["foto-layanan.png"]
    assert files.data(made.files["perwali.pdf"]) == made.pdf
    removed = files.remove(made.files["foto-layanan.png"])
    assert len(files.list(made.id)) == 2
    files.restore(removed)
    assert files.data(made.files["foto-layanan.png"]) == PNG
    # a canvas picture is not a supporting file: not listed, not removed here
    picture = services.canvases.store_image(made.id, "wall.png", PNG)
    assert picture not in {f.id for f in files.list(made.id)}
    with pytest.raises(ValueError):
        files.remove(picture)


def test_bad_files_are_refused(services: Services) -> None:
    made = iid_project(services)
    with pytest.raises(UserError, match=r"kosong|empty"):
        services.attachments.add(made.id, "field:results", "x.pdf", b"")
    with pytest.raises(UserError):
        services.attachments.add(made.id, "field:results", "big.pdf", b"0" * (20 * 2**20 + 1))
    with pytest.raises(ValueError):
        services.attachments.add(made.id, "somewhere", "x.pdf", b"%PDF-1.4")
    assert len(services.attachments.list(made.id)) == 3


def test_every_iid_value_has_a_source() -> None:
    data = iid.read()
    assert iid.missing_sources(data) == []
    assert len(data["variables"]) == 8
    assert len(data["region_indicators"]) + len(data["indicators"]) + 1 == 36
    assert [a["proportion"] for a in data["aspects"]] == [25.2, 74.8]
    assert sum(i["weight"] for i in data["indicators"]) == 37
    broken = {**data, "indicators": [{**data["indicators"][0], "cite": None}]}
    assert iid.missing_sources(broken) == ["indicators[0]"]


def test_a_letters_file_ticks_the_letter_and_detach_takes_both_back(services: Services) -> None:
    made = iid_project(services)
    files, projects = services.attachments, services.projects
    letters = lambda: projects.get(made.id).profile.get("letters_ready")  # noqa: E731
    before = letters()
    key = "surat_review_test"
    attached = files.attach(made.id, f"letter:{key}", "surat.pdf", b"%PDF-1.4 surat")
    assert attached.ticked and letters() == [*(before or []), key]
    again = files.attach(made.id, f"letter:{key}", "surat-2.pdf", b"%PDF-1.4 lagi")
    assert not again.ticked  # ticked already: nothing more changes
    files.detach(again)
    assert letters() == [*(before or []), key]
    files.detach(attached)
    assert letters() == before
    assert "surat.pdf" not in {f.filename for f in files.list(made.id)}
    field = files.attach(made.id, "field:results", "hasil.pdf", b"%PDF-1.4 hasil")
    assert not field.ticked and letters() == before
