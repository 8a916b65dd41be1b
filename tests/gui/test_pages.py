"""Project and stage pages, the 5D navigator, Qt's own words in Indonesian, feature hooks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from labinov.app import build_context, build_main_window
from labinov.gui import settings as prefs
from labinov.gui.five_d import CURRENT_BORDER
from labinov.gui.main_window import MainWindow
from labinov.gui.stage_colours import STAGE_COLOURS
from labinov.method.stages import STAGES, stage_content
from tests.gui.conftest import answer_dialog


def _project(window: MainWindow) -> str:
    workshop_id = window.structure.create_workshop({"name": "Labinov 2026"})
    team_id = window.structure.create_team(workshop_id, {"name": "Dinas Sosial", "kind": "opd"})
    project_id = window.structure.create_project(team_id, "Bansos Tepat")
    assert project_id
    return project_id


def test_qt_buttons_and_text_menus_speak_indonesian(qtbot, window: MainWindow) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"OK", "Batal", "Tutup"}
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Labinov",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert box.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    line = QLineEdit("kata")
    qtbot.addWidget(line)
    menu: QMenu = line.createStandardContextMenu()
    words = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert "&Salin" in words and "&Tempel" in words and "Pilih semua" in words
    menu.deleteLater()


def test_five_d_navigator_shows_status_in_words_and_the_current_stage(qtbot, window) -> None:
    project_id = _project(window)
    page = window.project_page
    services = window.context.services
    services.stages.start(project_id, "drum_up")
    window.context.project_changed(project_id)
    navigator = page.navigator
    for stage in STAGES:
        button = navigator.button(stage)
        name = stage_content(stage).name("id")
        assert name in button.text()
        assert STAGE_COLOURS[stage] in button.styleSheet()
    # one line each: the symbol on the step, the words in its tooltip and accessible name
    assert "◐" in navigator.button("drum_up").text()
    assert "○" in navigator.button("display").text()
    assert "\n" not in navigator.button("drum_up").text()
    assert "◐ sedang berjalan" in navigator.button("drum_up").accessibleName()
    assert "○ belum dimulai" in navigator.button("display").toolTip()
    assert navigator.button("drum_up").isChecked()  # the project opens at its stage
    assert CURRENT_BORDER in navigator.button("drum_up").styleSheet()

    QTest.mouseClick(navigator.button("design"), Qt.MouseButton.LeftButton)
    assert page.current_stage() == "design"
    assert navigator.button("design").isChecked()
    assert not navigator.button("drum_up").isChecked()
    guidance = page.stage_pages["design"].findChild(QLabel, "stageGuidance")
    content = stage_content("design")
    assert content.text("question", "id") in guidance.text()
    assert content.text("goal", "id") in guidance.text()
    for key in ("steps", "guiding_questions", "outputs"):
        first = content.text(key, "id")[0]
        assert first.replace("&", "&amp;") in guidance.text()


def test_stage_buttons_follow_the_status_and_undo(qtbot, window: MainWindow) -> None:
    project_id = _project(window)
    stage_page = window.project_page.stage_pages["drum_up"]
    stages = window.context.services.stages
    assert stage_page.start_button.isVisibleTo(stage_page)
    QTest.mouseClick(stage_page.start_button, Qt.MouseButton.LeftButton)
    assert stages.get(project_id, "drum_up").status == "in_progress"
    assert not stage_page.start_button.isVisibleTo(stage_page)
    assert "sedang berjalan" in stage_page.status_label.text()
    window.action_map["undoAction"].trigger()
    assert stages.get(project_id, "drum_up").status == "not_started"
    assert stage_page.start_button.isVisibleTo(stage_page)
    assert window.action_map["undoAction"].text().startswith("&Urungkan")


def test_english_stage_guidance(qtbot, qapp, store, paths) -> None:
    from labinov.gui.translations import install

    translators = install(qapp, "en")
    try:
        window = build_main_window(build_context(store, paths, "en"))
        qtbot.addWidget(window)
        _project(window)
        page = window.project_page
        assert page.profile_button.text() == "Profile"
        guidance = page.stage_pages["drum_up"].findChild(QLabel, "stageGuidance")
        assert stage_content("drum_up").text("question", "en") in guidance.text()
        assert "Guiding questions" in guidance.text()
        assert "not started" in page.navigator.button("display").accessibleName()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


class _Panel(QLabel):
    def panel_title(self) -> str:
        return "Lembar kerja"


def test_stage_panels_and_features_plug_in(qtbot, store, paths, language, monkeypatch) -> None:
    import labinov.app as app_module

    made: list[tuple[str, str]] = []

    def panel(context, project_id: str, stage: str) -> QWidget:
        made.append((project_id, stage))
        return _Panel(f"{stage}")

    installed: list[MainWindow] = []
    feature = type("Feature", (), {"install": staticmethod(installed.append)})
    monkeypatch.setattr(app_module, "stage_panels", lambda: [panel])
    monkeypatch.setattr(app_module, "_resolve", lambda name: feature)
    window = app_module.build_main_window(
        build_context(store, paths, "id"), features=("tests.feature",)
    )
    qtbot.addWidget(window)
    assert installed == [window]
    project_id = _project(window)
    shown = window.project_page.current_stage().value
    assert made == [(project_id, shown)]  # the other stages' pages are built when asked for
    tabs = window.project_page.stage_pages["diagnose"].tabs
    assert made == [(project_id, stage) for stage in dict.fromkeys([shown, "diagnose"])]
    for stage in STAGES:
        window.project_page.show_stage(stage.value)
    assert sorted(made) == sorted((project_id, stage.value) for stage in STAGES)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Panduan", "Lembar kerja"]
    assert tabs.widget(1).text() == "diagnose"
    for name in ("file", "edit", "view", "workshop", "project", "tools", "help"):
        assert isinstance(window.menu(name), QMenu)
    window.select(window.model.team_of(project_id))
    with qtbot.waitSignal(window.project_selected) as selected:
        window.select(project_id)
    assert selected.args == [project_id]


def test_welcome_import_is_enabled_by_the_exchange_feature(qtbot, window: MainWindow) -> None:
    button = window.welcome.import_button
    assert button.isEnabled()  # labinov.gui.exchange is installed through FEATURES
    assert button.toolTip() == "Impor bundel .labinov dari laptop lain"


def test_font_is_readable_on_a_projector_unless_chosen(qapp, paths) -> None:
    settings = prefs.open_settings(paths)
    original = QFont(qapp.font())
    try:
        small = QFont(original)
        small.setPointSize(9)
        qapp.setFont(small)
        prefs.apply_font(qapp, settings)
        assert qapp.font().pointSize() == prefs.PROJECTOR_POINT_SIZE
        prefs.FONT_POINT_SIZE.set(settings, 16)
        prefs.apply_font(qapp, settings)
        assert qapp.font().pointSize() == 16
    finally:
        qapp.setFont(original)


def test_language_choice_is_saved_and_announced(qtbot, window: MainWindow) -> None:
    languages = next(a.menu() for a in window.menu("view").actions() if a.menu())
    english = next(a for a in languages.actions() if a.text() == "English")
    said: list[str] = []

    def read(box) -> None:
        said.append(box.text())
        box.accept()

    answer_dialog(qtbot, read)
    english.trigger()
    assert "dibuka lagi" in said[0]  # takes effect on restart, and says so
    assert prefs.LANGUAGE.get(window.context.settings) == "en"


def test_undo_history_lists_the_steps_in_indonesian(qtbot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QUndoView

    window.structure.create_workshop({"name": "Labinov 2026"})
    window.action_map["undoHistory"].trigger()
    view = window.findChild(QUndoView)
    assert view is not None and view.isVisible()
    rows = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    assert rows == ["<awal>", "Lokakarya baru"]
