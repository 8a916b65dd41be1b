"""What a sync will do, shown before it does it (``labinov.sync.SyncPlan``): the rows each
way per kind of data, and every deletion, kept row and conflict named by project and item.

The plan is read by attribute only (``pull``, ``push``, ``deleted_here``, ``deleted_there``,
``kept``, ``conflicts``; each named row has ``table``, ``project``, ``item``), as SYNC.md
declares it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labinov.errors import QT_TRANSLATE_NOOP
from labinov.gui import icons
from labinov.method.locale import format_number
from labinov.paths import resource
from labinov.services.conflict_text import synced_item

# what a user calls each kind of row (the tables of store/models.py, and sync's ``conflict``)
TABLE_LABELS: dict[str, str] = {
    "workshop": QT_TRANSLATE_NOOP("SyncPreview", "Workshops"),
    "team": QT_TRANSLATE_NOOP("SyncPreview", "Teams"),
    "member": QT_TRANSLATE_NOOP("SyncPreview", "Team members"),
    "project": QT_TRANSLATE_NOOP("SyncPreview", "Innovations"),
    "stagework": QT_TRANSLATE_NOOP("SyncPreview", "Stage work and answers"),
    "canvas": QT_TRANSLATE_NOOP("SyncPreview", "Canvases"),
    "attachment": QT_TRANSLATE_NOOP("SyncPreview", "Pictures and files"),
    "canvasitem": QT_TRANSLATE_NOOP("SyncPreview", "Notes and canvas items"),
    "link": QT_TRANSLATE_NOOP("SyncPreview", "Connectors"),
    "agendasession": QT_TRANSLATE_NOOP("SyncPreview", "Agenda sessions"),
    "parkingitem": QT_TRANSLATE_NOOP("SyncPreview", "Parked ideas"),
    "conflict": QT_TRANSLATE_NOOP("SyncPreview", "Conflicting versions"),
}

# the groups of named rows: (attribute of the plan, heading, icon)
GROUPS: tuple[tuple[str, str, str], ...] = (
    (
        "conflicts",
        QT_TRANSLATE_NOOP("SyncPreview", "Changed on both sides: both versions kept"),
        "alert-circle-outline",
    ),
    (
        "deleted_here",
        QT_TRANSLATE_NOOP("SyncPreview", "Deleted on the server: deleted here too"),
        "delete-outline",
    ),
    (
        "deleted_there",
        QT_TRANSLATE_NOOP("SyncPreview", "Deleted on this laptop: deleted on the server too"),
        "delete-outline",
    ),
    (
        "kept",
        QT_TRANSLATE_NOOP("SyncPreview", "Deleted on one side, edited on the other: kept"),
        "history",
    ),
)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class NamedRow(Protocol):
    table: str
    project: str
    item: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPreview", text)


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` as typed: Qt reads a tooltip with tags as rich text
    ("<b>&amp;" would show a bold "&"), so it is escaped inside a paragraph that wraps."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def table_label(table: str) -> str:
    return _tr(TABLE_LABELS[table]) if table in TABLE_LABELS else table


class SyncPreview(QWidget):
    """The counts table and the named rows of one plan (``show_plan``)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.counts = QTableWidget(0, 3)
        self.counts.setObjectName("syncCounts")
        self.counts.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("From the server to here"),
                self.tr("From here to the server"),
            ]
        )
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.named = QTreeWidget()
        self.named.setObjectName("syncNamed")
        self.named.setColumnCount(3)
        self.named.setHeaderLabels([self.tr("Innovation"), self.tr("Item"), self.tr("Kind")])
        self.named.setRootIsDecorated(True)
        self.named.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        named_header = self.named.header()
        named_header.setStretchLastSection(False)
        named_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        named_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        named_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.named.setUniformRowHeights(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.named, 1)

    def number(self, value: int) -> str:
        return format_number(value, self.language)

    def show_plan(self, plan: Any) -> None:
        pull, push = dict(plan.pull), dict(plan.push)
        self.summary.setText(self.summary_text(plan))
        tables = [t for t in TABLE_LABELS if pull.get(t) or push.get(t)]
        others = {*pull, *push} - set(TABLE_LABELS)  # a table newer than these labels
        tables += sorted(t for t in others if pull.get(t) or push.get(t))
        self.counts.setRowCount(len(tables))
        for row, table in enumerate(tables):
            cells = [
                table_label(table),
                self.number(pull.get(table, 0)),
                self.number(push.get(table, 0)),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column:
                    cell.setTextAlignment(RIGHT)
                self.counts.setItem(row, column, cell)
        self._fit_counts()
        self.counts.setVisible(bool(tables))
        self.named.clear()
        folder = resource("icons")
        for attribute, heading, icon_name in GROUPS:
            rows: Sequence[NamedRow] = getattr(plan, attribute)
            if not rows:
                continue
            group = QTreeWidgetItem([f"{_tr(heading)} ({self.number(len(rows))})"])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, Qt.ItemDataRole.UserRole, attribute)
            group.setIcon(0, icons.icon(icon_name, folder))
            for named in rows:
                project = named.project or self.tr("(outside innovations)")
                row = QTreeWidgetItem([project, self.item_text(named), table_label(named.table)])
                for column in (0, 1):  # the whole words, when the column cuts them
                    row.setToolTip(column, plain_tip(row.text(column)))
                group.addChild(row)
            self.named.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
        self.named.expandAll()
        # the innovation's title takes what it needs, up to a third: the item gets the rest
        self.named.resizeColumnToContents(0)
        third = max(self.named.viewport().width() // 3, 160)
        self.named.setColumnWidth(0, min(self.named.columnWidth(0), third))
        self.named.setVisible(self.named.topLevelItemCount() > 0)

    def item_text(self, named: NamedRow) -> str:
        """A row's label; a stage's work by the stage's name and the questions that
        differ (``services.conflict_text.synced_item``)."""
        if named.table == "stagework":
            return synced_item(named.item, self.language)
        return named.item

    def _fit_counts(self) -> None:
        """As tall as its rows (a few kinds of data): the named rows get the rest."""
        self.counts.resizeRowsToContents()
        height = self.counts.horizontalHeader().height() + 2 * self.counts.frameWidth()
        height += sum(self.counts.rowHeight(r) for r in range(self.counts.rowCount()))
        self.counts.setFixedHeight(height)

    def summary_text(self, plan: Any) -> str:
        if plan.empty():
            return self.tr("Nothing to sync: this laptop and the server hold the same data.")
        received, sent = sum(plan.pull.values()), sum(plan.push.values())
        return self.tr(
            "From the server to this laptop: {received} rows. From this laptop to the server: "
            "{sent} rows. Conflicts: {conflicts}."
        ).format(
            received=self.number(received),
            sent=self.number(sent),
            conflicts=self.number(len(plan.conflicts)),
        )

    def lines(self) -> list[str]:
        """The named rows as text, group by group (for tests and the log)."""
        found: list[str] = []
        for index in range(self.named.topLevelItemCount()):
            group = self.named.topLevelItem(index)
            found.append(group.text(0))
            for child in range(group.childCount()):
                item = group.child(child)
                found.append(f"  {item.text(0)} — {item.text(1)} ({item.text(2)})")
        return found
