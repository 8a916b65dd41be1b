"""The graphics scene of one canvas: an item per document row, kept in step with the
document's signals (id → item maps), plus the template drawing underneath."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from labinov.gui.canvas.connector_items import LinkItem, LinkLayer
from labinov.gui.canvas.document import BoardDocument, collection_paused
from labinov.gui.canvas.note_item import SELECTABLE, SELECTABLE_EMPTY, NoteItem
from labinov.gui.canvas.notes_layer import NotesLayer
from labinov.gui.canvas.source import canvas_store
from labinov.gui.canvas.template_item import TemplateItem
from labinov.gui.canvas.text_fit import NoteLook
from labinov.gui.projector import ProjectorPreset

MARGIN = 600.0
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class BoardScene(QGraphicsScene):
    """Mirrors a ``BoardDocument``. ``notes`` and ``links`` map ids to items.

    ``look`` is the one text size of the canvas's notes; ``far`` tells that their words
    would be too small to read, so one ``NotesLayer`` (and one ``LinkLayer``) draws them
    instead of thousands of items (which stay, unpainted, for clicks and selection).
    """

    def __init__(
        self, document: BoardDocument, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        # Measured at 10,000 notes + 2,000 connectors: Qt's BSP index cost ~100 ms per
        # frame at "fit all" (every item came back from the tree, long connectors from many
        # leaves), the plain list ~2 ms; zoomed in both cost the same, and drags and adds
        # no longer rebuild the tree. Hit tests scan the list (in C++) on clicks only.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.document = document
        self.language = language
        self.notes: dict[str, NoteItem] = {}
        self._content: QRectF | None = None
        self.links: dict[str, LinkItem] = {}
        self._links_by_item: dict[str, set[str]] = {}
        self._pixmaps: dict[str, QPixmap] = {}
        self.template_item = TemplateItem(document.template, language)
        # zone words grow with the projector preset (and in presentation, ``set_look``)
        self.preset = ProjectorPreset.of(document.context)
        self.preset.changed.connect(self._zone_text)
        self._floor = 0.0
        # the view sets the zoom right after; large canvases open far out, so their notes
        # start unpainted (no flag flipped on every note at the first fit)
        self.far = True
        self.zoom = 1.0
        self.look = NoteLook(base=document.template.text_size)
        self.link_layer = LinkLayer(self.links)
        self.notes_layer = NotesLayer(self.notes)
        self.selectionChanged.connect(self._selection_changed)
        document.item_added.connect(self._add_item)
        document.item_changed.connect(self._change_item)
        document.item_removed.connect(self._remove_item)
        document.link_added.connect(self._add_link)
        document.link_changed.connect(self._change_link)
        document.link_removed.connect(self._remove_link)
        document.reset.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        """Build every item from the document (opening a canvas)."""
        with collection_paused():
            self._rebuild()

    def _rebuild(self) -> None:
        self.notes.clear()
        self._content = None
        self.links.clear()
        self._links_by_item.clear()
        self.clear()
        self.template_item = TemplateItem(self.document.template, self.language)
        self.template_item.notes = self.notes
        self._zone_text()
        self.addItem(self.template_item)
        self.link_layer = LinkLayer(self.links)
        self.link_layer.setVisible(self.far)
        self.addItem(self.link_layer)
        self.notes_layer = NotesLayer(self.notes)
        self.notes_layer.base = self.look.base
        self.notes_layer.setVisible(self.far)
        self.addItem(self.notes_layer)
        for row in self.document.items.values():
            self._make_note(row)
        for link_id in self.document.links:
            self._add_link(link_id, refresh=False)
        self.fit_rect()

    def fit_rect(self) -> None:
        """Set the scene rect ourselves (STYLE.md §12): the template plus all items."""
        self._content = None
        rect = self.content_rect()
        self.setSceneRect(rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.link_layer.refresh(self.sceneRect())
        self.notes_layer.refresh(self.sceneRect())

    def set_zoom(self, zoom: float) -> None:
        """Swap the note and connector items for the two layers when words would be too
        small to read at ``zoom`` (decided by their size on the screen), and back."""
        self.zoom = zoom
        far = not self.look.shows_text(zoom)
        if far == self.far:
            return
        self.far = far
        for note in self.notes.values():
            note.setFlag(NO_CONTENTS, far)
        for link in self.links.values():
            link.setVisible(not far)
        self.link_layer.setVisible(far)
        self.notes_layer.setVisible(far)
        self.notes_layer.invalidate()
        self.link_layer.invalidate()

    def set_look(self, floor: float, enlarge: bool) -> None:
        """Presentation: text at least ``floor`` px on the screen, grown to reach it (the
        zones' questions too)."""
        self.look.floor, self.look.enlarge = floor, enlarge
        self._floor = floor if enlarge else 0.0
        self._zone_text()
        for note in self.notes.values():
            note.update()
        self.far = not self.far  # re-decide with the new look
        self.set_zoom(self.zoom)

    def _zone_text(self, *_on: bool) -> None:
        self.template_item.set_text(self.preset.scale(), self._floor)

    def _selection_changed(self) -> None:
        if self.far:
            self.notes_layer.update()

    def content_rect(self) -> QRectF:
        """The template and every note (kept until an item is added, moved or removed)."""
        if self._content is None:
            rect = self.template_item.boundingRect()
            rows = self.document.items.values()
            if rows:
                left = min(row["x"] for row in rows)
                top = min(row["y"] for row in rows)
                right = max(row["x"] + row["width"] for row in rows)
                bottom = max(row["y"] + row["height"] for row in rows)
                rect = rect.united(QRectF(left, top, right - left, bottom - top))
            self._content = rect
        return self._content

    def pixmap(self, attachment_id: str | None) -> QPixmap | None:
        if not attachment_id:
            return None
        if attachment_id not in self._pixmaps:
            pixmap = QPixmap()
            pixmap.loadFromData(canvas_store(self.document.context).image_data(attachment_id))
            self._pixmaps[attachment_id] = pixmap
        return self._pixmaps[attachment_id]

    def _make_note(self, row: dict) -> NoteItem:
        flags = SELECTABLE_EMPTY if self.far else SELECTABLE
        attachment = row.get("attachment_id")
        item = NoteItem(row, self.pixmap(attachment) if attachment else None, self.look, flags)
        item.conflict_of = self.document.conflict_copies.get(row["id"])
        self.notes[row["id"]] = item
        self.addItem(item)
        return item

    def _add_item(self, item_id: str) -> None:
        item = self._make_note(self.document.items[item_id])
        self.template_item.notes_moved()
        self._content = None
        self.notes_layer.invalidate()
        if not self.sceneRect().contains(item.sceneBoundingRect()):
            self.fit_rect()

    def _change_item(self, item_id: str, fields: set[str]) -> None:
        item = self.notes.get(item_id)
        if item is None:
            return
        item.row = row = self.document.items[item_id]
        if fields & {"y", "zone"}:
            self.template_item.notes_moved()
        self.notes_layer.invalidate()
        self._content = None
        if fields <= {"x", "y", "zone"} and item.pos() == QPointF(row["x"], row["y"]):
            return  # a drag already put it (and its connectors) there
        item.sync(fields)
        if fields & {"x", "y", "width", "height"}:
            self.adjust_links([item_id])

    def _remove_item(self, item_id: str) -> None:
        item = self.notes.pop(item_id, None)
        if item is not None:
            self.removeItem(item)
            self.template_item.notes_moved()
            self.notes_layer.found.discard(item_id)
            self._content = None
            self.notes_layer.invalidate()

    def _add_link(self, link_id: str, refresh: bool = True) -> None:
        row = self.document.links[link_id]
        source, target = self.notes.get(row["source_id"]), self.notes.get(row["target_id"])
        if source is None or target is None:
            return
        link = LinkItem(row, source, target)
        link.setVisible(not self.far)
        self.links[link_id] = link
        self.addItem(link)
        for end in (row["source_id"], row["target_id"]):
            self._links_by_item.setdefault(end, set()).add(link_id)
        if refresh:
            self.link_layer.invalidate()

    def _change_link(self, link_id: str) -> None:
        link = self.links.get(link_id)
        if link is not None:
            link.row = self.document.links[link_id]
            link.adjust()  # the label box changes the connector's bounds
            link.update()

    def _remove_link(self, link_id: str) -> None:
        link = self.links.pop(link_id, None)
        if link is not None:
            self.removeItem(link)
            self.link_layer.invalidate()
            for end in (link.row["source_id"], link.row["target_id"]):
                self._links_by_item.get(end, set()).discard(link_id)

    def adjust_links(self, item_ids) -> None:
        """Re-route the connectors touching moved items."""
        done: set[str] = set()
        for item_id in item_ids:
            for link_id in self._links_by_item.get(item_id, ()):
                if link_id not in done and link_id in self.links:
                    done.add(link_id)
                    self.links[link_id].adjust()
        if self.far and done:
            self.link_layer.invalidate()

    def selected_note_ids(self) -> list[str]:
        return [item.item_id for item in self.selectedItems() if isinstance(item, NoteItem)]

    def selected_link_ids(self) -> list[str]:
        return [item.link_id for item in self.selectedItems() if isinstance(item, LinkItem)]

    def highlight(self, text: str) -> list[str]:
        """Mark the notes containing ``text`` (case-insensitive); returns their ids."""
        needle = text.casefold().strip()
        found = []
        for item_id, item in self.notes.items():
            hit = bool(needle) and needle in item.row["text"].casefold()
            if hit != item.highlighted:
                item.highlighted = hit
                item.update()
            if hit:
                found.append(item_id)
        self.notes_layer.found = set(found)
        if self.far:
            self.notes_layer.update()
        return found
