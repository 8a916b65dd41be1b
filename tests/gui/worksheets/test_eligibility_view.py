"""The readiness view says whether the project may enter its chosen competition, what to
do, and marks word limits no source confirms as "batas perkiraan"."""

from __future__ import annotations

import datetime as dt
import os


def test_ineligible_project_and_estimated_limits(qtbot, context, project_id) -> None:
    from labinov.gui.worksheets.readiness import ReadinessView

    recent = (dt.date.today() - dt.timedelta(days=200)).isoformat()
    context.services.projects.update_profile(
        project_id, {"competition": "kipp_2021:umum", "rollout_date": recent}
    )
    view = ReadinessView(context, project_id)
    qtbot.addWidget(view)
    view.show()
    text = view.eligibility.text()
    assert text.startswith("Tidak memenuhi syarat KIPP 2021 — Kelompok umum:")
    assert "paling singkat 2 tahun" in text and "kelompok lain" in text
    limits = [view.proposal.item(row, 1).text() for row in range(view.proposal.rowCount())]
    assert any(cell.endswith("/ 300 (batas perkiraan)") for cell in limits), limits
    if os.environ.get("LABINOV_SHOTS"):
        view.resize(1000, 700)
        view.grab().save(os.path.join(os.environ["LABINOV_SHOTS"], "readiness-ineligible.png"))
    # the replication group of the same year asks 1 year: the view follows the profile
    context.services.projects.update_profile(project_id, {"competition": "kipp_2021:replikasi"})
    context.project_changed(project_id)
    assert view.eligibility.text().startswith(
        "Tidak memenuhi syarat KIPP 2021 — Kelompok replikasi"
    )
    old = (dt.date.today() - dt.timedelta(days=800)).isoformat()
    context.services.projects.update_profile(project_id, {"rollout_date": old})
    context.project_changed(project_id)
    assert view.eligibility.text() == "Memenuhi syarat KIPP 2021 — Kelompok replikasi."
