"""The board's edit operations, apart from the view that shows the board (orange-canvas-core's
``document/schemeedit.py`` owns the edits, its view only zooms and scrolls)."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QToolTip

from labinov.gui.canvas import clipboard
from labinov.gui.canvas.close_up import into_zone, next_places, show_with_title
from labinov.gui.canvas.commands import Board
from labinov.gui.canvas.editor import LinkLabelEditor, NoteEditor
from labinov.gui.canvas.source import early
from labinov.store.ids import new_id

CASCADE = 20  # places N tries, each down and right of a note already there
PLACES = 400  # at most, with a zone's rows (a full board: the note goes on a taken place)
EDIT_PX = 16.0  # editing zooms in until the words are at least this tall on the screen

if TYPE_CHECKING:
    from labinov.gui.canvas.document import BoardDocument
    from labinov.gui.canvas.scene import BoardScene
    from labinov.gui.canvas.view import BoardView


class BoardEditor:
    """The edits of one board — add, edit in place, move, recolour, restack, align, lock,
    copy, paste, duplicate, delete — each one undo step through ``board`` (the commands).
    Owned by the view (``view.edits``) and handed to the gestures and in-place editors;
    it uses the view only for where things are on the screen.
    """

    def __init__(self, view: BoardView, document: BoardDocument, scene: BoardScene) -> None:
        self.view = view
        self.document = document
        self.scene = scene
        self.board = Board(
            document.context,
            document.canvas_id,
            view,
            lambda: document.items,
            lambda: document.links,
        )
        self.editor: NoteEditor | None = None
        self.label_editor: LinkLabelEditor | None = None
        self.refusal = ""  # the last "locked" message shown
        self.last_click: QPointF | None = None  # on the board (scene): where N adds a note

    def add_note(
        self,
        pos: QPointF | None = None,
        kind: str = "note",
        edit: bool = True,
        colour: str | None = None,
    ) -> str | None:
        """A new note centred on ``pos`` (by default the last click on the board while it
        is in view, else the view's centre), snapped into a zone; without ``pos`` moved
        down and right past a note already in that very place (N pressed again)."""
        base = self.scene.look.base
        template = self.document.template
        size = {"frame": (base * 20, base * 14), "text": (base * 14, base * 2.8)}.get(
            kind, template.note_size
        )
        free = pos is None
        if pos is None:
            visible = self.view.visible_rect()
            clicked = self.last_click
            pos = clicked if clicked is not None and visible.contains(clicked) else None
            pos = pos or self.view.mapToScene(self.view.viewport().rect().center())
            pos = into_zone(template, pos, size)  # not in the gap between two
        x, y, zone = template.snap(pos.x() - size[0] / 2, pos.y() - size[1] / 2, *size)
        if free and self._taken(x, y):  # N pressed again: the next free place
            places = next_places(template, zone, pos, size, base * 2, CASCADE)
            for place in islice(places, PLACES):
                found = template.snap(place.x() - size[0] / 2, place.y() - size[1] / 2, *size)
                if not self._taken(found[0], found[1]):
                    x, y, zone = found
                    break
        if kind == "frame":
            zone = None
        row = {
            "kind": kind,
            "x": x,
            "y": y,
            "width": size[0],
            "height": size[1],
            "zone": zone,
            "z": self.document.next_z(),
        }
        if colour:
            row["colour"] = colour
        if kind == "frame":
            row["text"] = QCoreApplication.translate("BoardEditor", "Frame")
        row["id"] = new_id()
        first_text = ("text", row["id"], "new") if edit else None
        ids = self.board.add(
            [row],
            text={
                "frame": QCoreApplication.translate("BoardEditor", "Add frame"),
                "text": QCoreApplication.translate("BoardEditor", "Add text"),
            }.get(kind, ""),
            merge_key=first_text,
        )
        if not ids:
            return None
        self.scene.clearSelection()
        self.scene.notes[ids[0]].setSelected(True)
        if edit:
            self.edit(ids[0], merge_key=first_text)
        return ids[0]

    def _taken(self, x: float, y: float) -> bool:
        return any(
            abs(row["x"] - x) < 1 and abs(row["y"] - y) < 1 for row in self.document.items.values()
        )

    def add_next(self) -> str | None:
        """Tab (Miro, Mural, FigJam): a note of the same colour right of the selected or
        edited one (below it at the template's edge), and typing starts in it."""
        current = self.editor.item_id if self.editor is not None else None
        self.finish_editing()
        ids = [current] if current else self.selected()
        if len(ids) != 1:
            return None
        row = self.document.items[ids[0]]
        gap = self.scene.look.base
        centre = QPointF(row["x"] + row["width"] * 1.5 + gap, row["y"] + row["height"] / 2)
        zone = self.document.template.zone(row.get("zone"))
        if zone is not None and centre.x() + row["width"] / 2 > zone.rect[0] + zone.rect[2]:
            # no room right of it in its zone: start the next row, below
            centre = QPointF(
                zone.rect[0] + row["width"] / 2 + gap / 2, row["y"] + row["height"] * 1.5 + gap
            )
        kind = row["kind"] if row["kind"] in ("note", "text") else "note"
        new = self.add_note(centre, kind=kind, colour=row["colour"])
        if new is not None and not self.view.visible_rect().contains(
            self.scene.notes[new].sceneBoundingRect()
        ):
            self.view.ensureVisible(self.scene.notes[new])
        return new

    def edit(self, item_id: str, merge_key: object = None) -> None:
        self.finish_editing()
        note = self.scene.notes[item_id]
        if self.scene.look.base * self.view.zoom() < EDIT_PX and not self.view.read_only:
            # far out the words typed would be unreadable: come close to the note first
            self.view.set_zoom(EDIT_PX / self.scene.look.base)
            show_with_title(self.view, note.sceneBoundingRect(), note.row.get("zone"))
        self.editor = NoteEditor(self, note, merge_key)
        self.scene.addItem(self.editor)
        self.editor.finished.connect(self.finish_editing)
        self.editor.setFocus()
        self.view.setFocus()

    def edit_label(self, link_id: str) -> None:
        """Edit a connector's label in place (double-click on the connector)."""
        self.finish_editing()
        editor = self.label_editor = LinkLabelEditor(self, self.scene.links[link_id])
        self.scene.addItem(editor)
        editor.finished.connect(self.finish_editing)
        editor.setFocus()
        self.view.setFocus()

    def finish_editing(self) -> None:
        label_editor, self.label_editor = self.label_editor, None
        if label_editor is not None:
            label_editor.save()
            label_editor.clearFocus()
            self.scene.removeItem(label_editor)
            label_editor.deleteLater()
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.save()
        editor.note.editing = False
        editor.note.update()
        editor.clearFocus()
        self.scene.removeItem(editor)
        editor.deleteLater()

    def refuse_locked(self, ids) -> bool:
        """True (and a message by the first locked item) when any of ``ids`` is locked:
        a locked item refuses move, resize and delete until someone unlocks it."""
        locked = [i for i in ids if self.document.items.get(i, {}).get("locked")]
        if not locked:
            return False
        self.refusal = QCoreApplication.translate(
            "BoardEditor", "Locked: unlock it first (Arrange ▸ Lock or unlock, Ctrl+Shift+L)."
        )
        note = self.scene.notes[locked[0]]
        where = self.view.viewport().mapToGlobal(
            self.view.mapFromScene(note.sceneBoundingRect().center())
        )
        QToolTip.showText(where, self.refusal, self.view.viewport())
        return True

    def toggle_lock(self) -> None:
        """Lock the selected items, or unlock them when all are locked: one undo step."""
        ids = self.selected()
        if not ids:
            return
        lock = not all(self.document.items[i].get("locked") for i in ids)
        self.board.update(
            {i: {"locked": lock} for i in ids},
            QCoreApplication.translate("BoardEditor", "Lock")
            if lock
            else QCoreApplication.translate("BoardEditor", "Unlock"),
        )

    def move_items(self, positions: dict[str, tuple[float, float]], text: str) -> None:
        """Move items to new top-left positions, snapping notes into zones: one step."""
        if self.refuse_locked(positions):
            for item_id in positions:  # a drag may have shown them elsewhere already
                self.scene.notes[item_id].sync({"x", "y"})
            self.scene.adjust_links(positions)
            return
        changes: dict[str, dict[str, Any]] = {}
        template = self.document.template
        for item_id, (x, y) in positions.items():
            row = self.document.items[item_id]
            if row["kind"] == "note":
                x, y, zone = template.snap(x, y, row["width"], row["height"])
                changes[item_id] = {"x": x, "y": y, "zone": zone}
            else:
                changes[item_id] = {"x": x, "y": y}
        if not self.board.update(changes, text):
            for item_id in positions:  # refused: put the notes back where the store has them
                self.scene.notes[item_id].sync({"x", "y"})
            self.scene.adjust_links(positions)

    def selected(self) -> list[str]:
        return self.scene.selected_note_ids()

    def recolour(self, colour: str) -> None:
        ids = self.selected()
        if ids:
            self.board.update(
                {i: {"colour": colour} for i in ids},
                QCoreApplication.translate("BoardEditor", "Change colour"),
            )

    def delete_selected(self) -> None:
        if self.refuse_locked(self.selected()):
            return
        self.board.delete(self.selected(), self.scene.selected_link_ids())

    def nudge(self, dx: float, dy: float) -> None:
        rows = self.document.items
        positions = {i: (rows[i]["x"] + dx, rows[i]["y"] + dy) for i in self.selected()}
        if positions:
            self.move_items(positions, QCoreApplication.translate("BoardEditor", "Nudge"))

    def restack(self, front: bool) -> None:
        ids = sorted(self.selected(), key=lambda i: self.document.items[i]["z"])
        if not ids:
            return
        zs = [row["z"] for row in self.document.items.values()]
        start = max(zs) + 1 if front else min(zs) - len(ids)
        changes = {item_id: {"z": start + index} for index, item_id in enumerate(ids)}
        self.board.update(
            changes,
            QCoreApplication.translate("BoardEditor", "Bring to front")
            if front
            else QCoreApplication.translate("BoardEditor", "Send to back"),
        )

    def align(self, how: str) -> None:
        """Align (left, top, hcentre, vcentre) or distribute (hdistribute, vdistribute)."""
        rows = [self.document.items[i] for i in self.selected()]
        if len(rows) < 2:
            return
        positions = {row["id"]: (row["x"], row["y"]) for row in rows}
        if how == "left":
            left = min(r["x"] for r in rows)
            positions = {r["id"]: (left, r["y"]) for r in rows}
        elif how == "top":
            top = min(r["y"] for r in rows)
            positions = {r["id"]: (r["x"], top) for r in rows}
        elif how == "hcentre":
            centre = sum(r["x"] + r["width"] / 2 for r in rows) / len(rows)
            positions = {r["id"]: (centre - r["width"] / 2, r["y"]) for r in rows}
        elif how == "vcentre":
            centre = sum(r["y"] + r["height"] / 2 for r in rows) / len(rows)
            positions = {r["id"]: (r["x"], centre - r["height"] / 2) for r in rows}
        elif how in ("hdistribute", "vdistribute") and len(rows) > 2:
            axis, size = ("x", "width") if how == "hdistribute" else ("y", "height")
            rows.sort(key=lambda r: r[axis])
            span = rows[-1][axis] + rows[-1][size] - rows[0][axis]
            gap = (span - sum(r[size] for r in rows)) / (len(rows) - 1)
            place = rows[0][axis]
            for r in rows:
                x, y = positions[r["id"]]
                positions[r["id"]] = (place, y) if axis == "x" else (x, place)
                place += r[size] + gap
        self.move_items(positions, QCoreApplication.translate("BoardEditor", "Align"))

    def copy(self, cut: bool = False) -> None:
        clipboard.copy(self.document, self.selected())
        if cut and not self.refuse_locked(self.selected()):
            self.board.delete(
                self.selected(), text=QCoreApplication.translate("BoardEditor", "Cut")
            )

    def waiting(self) -> bool:
        """True (and a tooltip saying so) while the board is on the quick start's boot
        store: pasting and duplicating (pictures) wait for the services."""
        if not early(self.document.context):
            return False
        where = self.view.viewport().mapToGlobal(self.view.viewport().rect().center())
        text = QCoreApplication.translate(
            "BoardEditor", "Available in a moment: Labinov is still loading"
        )
        QToolTip.showText(where, text, self.view.viewport())
        return True

    def paste(self, data: dict | None = None) -> list[str]:
        if self.waiting():
            return []
        pos = self.view.mapToScene(self.view.mapFromGlobal(self.view.cursor().pos()))
        if (
            not self.view.viewport()
            .rect()
            .contains(self.view.mapFromGlobal(self.view.cursor().pos()))
        ):
            pos = self.view.mapToScene(self.view.viewport().rect().center())
        return clipboard.paste(self, pos, data)

    def duplicate(self) -> None:
        if self.waiting():
            return
        data = clipboard.collect(self.document, self.selected())
        if data["items"]:
            first = data["items"][0]
            clipboard.paste(
                self,
                QPointF(first["x"] + 30, first["y"] + 30),
                data,
                QCoreApplication.translate("BoardEditor", "Duplicate"),
            )
