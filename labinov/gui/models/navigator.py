"""The navigator's tree: workshop → team → project, from a store ``Overview``.

A small plain-Python tree is rebuilt on ``reload()`` (a cohort is tens of rows, not
thousands); views keep their selection by id across reloads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)
from PySide6.QtGui import QColor, QIcon

from labinov.gui.icons import icon
from labinov.gui.texts import status_text
from labinov.method.stages import stage_content
from labinov.store.overview import Overview, ProjectSummary

Index = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole values as plain ints: importing the ``Qt`` namespace builds ~90 Python
# enums (~15 ms), which the first paint of the window does not need to wait for.
DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE, STATUS_TIP_ROLE = 0, 1, 3, 4
FOREGROUND_ROLE, USER_ROLE = 9, 256
KIND_ROLE = USER_ROLE + 1
ID_ROLE = USER_ROLE + 2
ARCHIVED_COLOUR = QColor("gray")


class Node:
    """One row. A plain class: a dataclass's generated methods cost the start ~1 ms each."""

    __slots__ = ("archived", "children", "detail", "id", "kind", "name", "parent", "summary")

    def __init__(
        self,
        kind: str,  # "root", "workshop", "team", "project"
        id: str,
        name: str,
        detail: str = "",
        archived: bool = False,
        parent: Node | None = None,
    ) -> None:
        self.kind, self.id, self.name, self.detail = kind, id, name, detail
        self.archived, self.parent = archived, parent
        self.children: list[Node] = []
        self.summary: ProjectSummary | None = None  # a project's, until ``detail`` is worded

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.id!r}, {self.name!r})"

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class NavigatorModel(QAbstractItemModel):
    """Workshops, their teams and the teams' projects, for the navigator tree."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._root = Node("root", "", "")
        self._by_id: dict[str, Node] = {}
        self.show_archived = True  # View ▸ Archived projects; archived ones are greyed
        self._archived_icon: QIcon | None = None

    def reload(self, overview: Overview) -> None:
        root = Node("root", "", "")
        by_id: dict[str, Node] = {}
        summaries: dict[str, list[Any]] = {}
        for summary in overview.projects:
            summaries.setdefault(summary.team_id, []).append(summary)
        teams: dict[str, list[Any]] = {}
        for team in overview.teams:
            teams.setdefault(team.workshop_id, []).append(team)
        for workshop in overview.workshops:
            w_node = Node("workshop", workshop.id, workshop.name, workshop.place, parent=root)
            root.children.append(w_node)
            by_id[workshop.id] = w_node
            for team in teams.get(workshop.id, []):
                t_node = Node("team", team.id, team.name, parent=w_node)
                w_node.children.append(t_node)
                by_id[team.id] = t_node
                for summary in summaries.get(team.id, []):
                    if summary.archived and not self.show_archived:
                        continue
                    p_node = Node(
                        "project", summary.id, summary.title, "", summary.archived, t_node
                    )
                    p_node.summary = summary  # its detail is worded when first asked for
                    t_node.children.append(p_node)
                    by_id[summary.id] = p_node
        self.beginResetModel()
        self._root, self._by_id = root, by_id
        self.endResetModel()

    def _detail(self, node: Node) -> str:
        """ "Stage · status · done/5" of a project (the stage names load on first hover)."""
        summary = node.summary
        if summary is not None:
            stage = stage_content(summary.current_stage).name(self._language)
            status = status_text(summary.stage_status)
            node.detail = f"{stage} · {status} · {summary.stages_done}/5"
            node.summary = None
        return node.detail

    # -- lookups -------------------------------------------------------------------

    def index_of(self, row_id: str) -> QModelIndex:
        node = self._by_id.get(row_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node)

    def node(self, index: Index) -> Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()  # type: ignore[no-any-return]

    def workshop_of(self, row_id: str) -> str | None:
        node = self._by_id.get(row_id)
        while node is not None and node.kind != "workshop":
            node = node.parent
        return node.id if node else None

    def team_of(self, row_id: str) -> str | None:
        node = self._by_id.get(row_id)
        while node is not None and node.kind != "team":
            node = node.parent
        return node.id if node else None

    # -- QAbstractItemModel --------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        parent_node = self.node(parent) or self._root
        if row >= len(parent_node.children):
            return QModelIndex()
        return self.createIndex(row, 0, parent_node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent) or self._root
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == DISPLAY_ROLE:
            return node.name
        if role == TOOLTIP_ROLE:
            detail = self._detail(node)
            if node.archived:
                archived = QCoreApplication.translate("NavigatorModel", "Archived")
                detail = f"{archived} · {detail}" if detail else archived
            return f"{node.name}\n{detail}" if detail else node.name
        if role == DECORATION_ROLE and node.archived:
            # visible while selected too, where the grey text colour is not
            if self._archived_icon is None:
                self._archived_icon = icon("archive-outline")
            return self._archived_icon
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return node.id
        if role == STATUS_TIP_ROLE:
            return self._detail(node)
        if role == FOREGROUND_ROLE and node.archived:
            return ARCHIVED_COLOUR
        return None
