"""The welcome screen: start a workshop, open the sample, or import a bundle."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labinov.gui.stage_colours import STAGE_COLOURS
from labinov.method.stages import STAGES, stage_content


class WelcomePage(QWidget):
    """Shown when there is no workshop yet, and from File ▸ Welcome.

    Signals:
        new_workshop(), open_sample(), import_bundle(): the three choices.
    """

    new_workshop = Signal()
    open_sample = Signal()
    import_bundle = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to Labinov"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Laboratorium Inovasi guides your OPD team through five stages, from a "
                "first idea to an innovation that is launched and shown to the public. "
                "Everything is saved on this computer as you work; no internet needed."
            )
        )
        intro.setWordWrap(True)
        stages = QLabel(
            "  →  ".join(
                f"<span style='color:{STAGE_COLOURS[s]}; font-weight:bold'>"
                f"{stage_content(s).name(language)}</span>"
                for s in STAGES
            )
        )
        # our own markup (no user text): AutoText recognises it as rich text
        font = stages.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        stages.setFont(font)

        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.new_button.setObjectName("welcomeNew")
        self.new_button.setToolTip(self.tr("Start a new Labinov cohort (Ctrl+Shift+N)"))
        self.sample_button = QPushButton(self.tr("Open the &sample workshop"))
        self.sample_button.setObjectName("welcomeSample")
        self.sample_button.setToolTip(
            self.tr("Laboratorium Inovasi Kota Makassar 2019: three OPD teams at different stages")
        )
        self.import_button = QPushButton(self.tr("&Import a bundle…"))
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setEnabled(False)
        self.import_button.setToolTip(self.tr("Available when bundles exist"))
        # while the data folder opens (a large one, a slow disk): the buttons wait, and this
        # says so; a greyed page read as a broken one
        self.loading = QLabel(
            self.tr("Opening the data folder… the buttons are ready in a moment.")
        )
        self.loading.setObjectName("welcomeLoading")
        self.loading.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("welcomeBusy")
        self.busy.setRange(0, 0)  # no end known: the moving bar of "busy"
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.loading.hide()
        self.busy.hide()
        self._import_ready = False
        self._loading = False
        self._writable = True
        self.new_button.clicked.connect(self.new_workshop)
        self.sample_button.clicked.connect(self.open_sample)
        self.import_button.clicked.connect(self.import_bundle)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(stages)
        column.addSpacing(8)
        column.addWidget(intro)
        column.addSpacing(24)
        column.addWidget(self.loading)
        column.addWidget(self.busy)
        for button in (self.new_button, self.sample_button, self.import_button):
            button.setMinimumHeight(44)
            column.addWidget(button)
        column.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(720)
        box.setLayout(column)
        outer = QHBoxLayout(self)  # centred by stretches on both sides
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

    def enable_import(self, enabled: bool = True) -> None:
        self._import_ready = enabled
        self.import_button.setToolTip(self.tr("Import a .labinov bundle from another laptop"))
        self._update()

    def set_state(self, loading: bool, writable: bool = True) -> None:
        """``loading``: the store is still opening (the buttons wait, a line says so);
        not ``writable``: a read-only store (the buttons are off; its banner says why)."""
        self._loading, self._writable = loading, writable
        self.loading.setVisible(loading)
        self.busy.setVisible(loading)
        self._update()

    def is_loading(self) -> bool:
        return self._loading

    def _update(self) -> None:
        ready = not self._loading and self._writable
        self.new_button.setEnabled(ready)
        self.sample_button.setEnabled(ready)
        self.import_button.setEnabled(ready and self._import_ready)
