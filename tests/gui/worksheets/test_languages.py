"""Every stage page with its worksheet, in Indonesian (default) and English; screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

from labinov.gui.stage_page import StagePage
from labinov.gui.worksheets import worksheet_panel
from labinov.method.stages import STAGES
from labinov.method.worksheets import worksheet
from tests.gui.conftest import _installed

SHOTS = Path("/tmp/shots/stages")
WORDS = {
    "id": ("Lembar kerja", "Tambah baris", "Masih kurang"),
    "en": ("Worksheet", "Add row", "Still missing"),
}


@pytest.fixture(params=["id", "en"])
def language(qapp, request):  # type: ignore[no-untyped-def]
    yield from _installed(qapp, request.param)


def test_stage_pages_in_the_chosen_language(qtbot, context, project_id, language) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab, add, missing = WORDS[language]
    for stage in STAGES:
        page = StagePage(context, project_id, stage, [worksheet_panel])
        qtbot.addWidget(page)
        page.resize(1100, 900)
        page.show()
        page.tabs.setCurrentIndex(1)
        panel = page.tabs.widget(1)
        assert page.tabs.tabText(1) == tab
        assert missing in panel.progress_label.text()
        for item in worksheet(stage):
            group = panel.findChild(QGroupBox, f"group_{item.key}")
            assert group.title().startswith(item.title(language))
            assert group.findChild(QLabel).text() == item.help[language]
        if panel.tables:
            assert next(iter(panel.tables.values())).add_button.text() == add
        page.grab().save(str(SHOTS / f"{stage.value}_{language}.png"))
