"""Workshop ▸ Region statistics and search…: every workshop's innovations counted by year,
region, stage, type, form, initiator, government affair, origin and evaluation (one bar
chart each, ``gui/charts.py``), exported to XLSX and PDF; and a search across them all, so a
receiver finds a giver to replicate. The numbers come from SQL (``services/region.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import UserError
from labinov.gui.charts import Bar, BarChart
from labinov.gui.context import AppContext
from labinov.gui.dialog_focus import focus_first_field
from labinov.gui.errors import show_user_error
from labinov.gui.layout_modes import available_area
from labinov.method.locale import format_number
from labinov.services.region import (
    DIMENSIONS,
    SEARCH_LIMIT,
    Hit,
    RegionService,
    Statistics,
    dimension_label,
    value_label,
)

COLUMNS_OF_CHARTS = 2


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RegionDashboard(QDialog):
    """Charts of the region's statistics, their export, and the search."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionDashboard")
        self.setWindowTitle(self.tr("Region statistics and search"))
        self.context = context
        self.language = context.language
        assert context.services is not None
        self.service = RegionService(context.services.store)
        self.stats: Statistics | None = None

        self.year = QComboBox()
        self.year.addItem(self.tr("All years"), None)
        for year in self.service.years():
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        self.total = QLabel()
        self.total.setObjectName("regionTotal")
        xlsx = QPushButton(self.tr("Export &XLSX…"))
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        pdf = QPushButton(self.tr("Export &PDF…"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        for button in (xlsx, pdf):  # Enter in the year or search field must not export
            button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Year:")))
        top.itemAt(0).widget().setBuddy(self.year)  # type: ignore[union-attr]
        top.addWidget(self.year)
        top.addWidget(self.total, 1)
        top.addWidget(xlsx)
        top.addWidget(pdf)

        self.charts: dict[str, BarChart] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for index, (dimension, _label) in enumerate(DIMENSIONS):
            box = QVBoxLayout()
            title = QLabel(f"<b>{dimension_label(dimension, _translate)}</b>")
            chart = BarChart(self.language)
            chart.setObjectName(f"chart_{dimension}")
            chart.set_placeholder(self.tr("No innovations"))
            # every bar shown: the grid squeezed the charts into the window and cut their
            # last bars off; now the tab scrolls (its scroll bar says there is more)
            chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            self.charts[dimension] = chart
            box.addWidget(title)
            box.addWidget(chart)
            box.addStretch(1)  # a short chart stays under its title, not centred in its row
            grid.addLayout(box, index // COLUMNS_OF_CHARTS, index % COLUMNS_OF_CHARTS)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.query = QLineEdit()
        self.query.setObjectName("regionSearch")
        self.query.setPlaceholderText(
            self.tr('Words of a title, agency, region or purpose, e.g. sampah "Kota Makassar"')
        )
        self.query.returnPressed.connect(self.search)
        find = QPushButton(self.tr("&Search"))
        find.clicked.connect(self.search)
        find.setAutoDefault(False)  # Enter in the field searches (returnPressed), once
        self.results = QTableWidget(0, 6)
        self.results.setObjectName("regionResults")
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("Innovation"),
                self.tr("Team"),
                self.tr("Workshop"),
                self.tr("Region"),
                self.tr("Year"),
                self.tr("Stage"),
            ]
        )
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.found = QLabel()
        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(find)
        search_layout.addLayout(row)
        search_layout.addWidget(self.found)
        search_layout.addWidget(self.results, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Statistics"))
        self.tabs.addTab(search_page, self.tr("Search"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        area = available_area(parent or self)  # within the screen, down to 1024×600
        self.resize(min(1100, area.width() - 40), min(720, area.height() - 60))
        self.refresh()
        self.focus = focus_first_field(self)

    def refresh(self) -> None:
        """Count again (for the year chosen) and redraw every chart."""
        self.stats = self.service.statistics(self.year.currentData())
        self.total.setText(
            self.tr("Innovations: {count}").format(
                count=format_number(self.stats.total, self.language)
            )
        )
        for dimension, chart in self.charts.items():
            chart.set_bars(
                [
                    Bar(value_label(dimension, c.value, self.language, _translate), c.count)
                    for c in self.stats.counts[dimension]
                ]
            )

    def search(self) -> list[Hit]:
        hits = self.service.search(self.query.text())
        self.results.setRowCount(len(hits))
        for number, hit in enumerate(hits):
            cells = [
                hit.title,
                hit.team,
                hit.workshop,
                hit.region,
                str(hit.year or ""),
                value_label("stage", hit.stage, self.language, _translate),
            ]
            for column, text in enumerate(cells):
                self.results.setItem(number, column, QTableWidgetItem(text))
        self.results.resizeColumnsToContents()
        count = format_number(len(hits), self.language)
        if len(hits) >= SEARCH_LIMIT:
            text = self.tr("The first {count} found: add words to narrow the search.")
        else:
            text = self.tr("Found: {count}")
        self.found.setText(text.format(count=count))
        return hits

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the statistics shown (the year chosen) as XLSX or PDF."""
        from labinov.report.region import write_pdf, write_xlsx

        if self.stats is None:
            return None
        if path is None:
            name = f"statistik-daerah.{kind}"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the statistics"), name, f"{kind.upper()} (*.{kind})"
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            (write_xlsx if kind == "xlsx" else write_pdf)(self.stats, path, self.language)
        except UserError as error:
            show_user_error(self, error)
            return None
        return path
