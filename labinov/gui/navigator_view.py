"""The navigator tree view: keeps its selection by id when the model reloads."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QTreeView, QWidget

from labinov.gui.models.navigator import ID_ROLE, KIND_ROLE, NavigatorModel
from labinov.store.overview import Overview


class NavigatorView(QTreeView):
    """Workshop → team → project tree.

    Signals:
        selected(str, str): kind ("workshop", "team", "project" or "") and id of the
            current row.
    """

    selected = Signal(str, str)
    context_menu_requested = Signal(QPoint)

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        # QTreeView's defaults (single selection; rows are not editable: the model's flags
        # say so) are what the navigator needs
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._model = model

    def current(self) -> tuple[str, str]:
        index = self.currentIndex()
        if not index.isValid():
            return "", ""
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select_id(self, row_id: str | None) -> bool:
        index = self._model.index_of(row_id) if row_id else None
        if index is None or not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)
        return True

    def reload(self, overview: Overview) -> None:
        """Reload the model, then select the same row (or its nearest surviving parent).

        ``selected`` may fire with the row shown before; listeners ignore a repeat."""
        chain = []
        index = self.currentIndex()
        while index.isValid():
            chain.append(index.data(ID_ROLE))
            index = index.parent()
        self.blockSignals(True)
        try:
            self._model.reload(overview)
            self.expandAll()
        finally:
            self.blockSignals(False)
        if not any(self.select_id(candidate) for candidate in chain):
            self.selected.emit("", "")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click (or the menu key): the actions for the row under the pointer."""
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        self.context_menu_requested.emit(event.globalPos())

    def _current_changed(self, *_args: object) -> None:
        self.selected.emit(*self.current())
