"""Copy and paste of notes (with the links among them) through the system clipboard, so
they travel between canvases, projects and app windows; pictures paste as image items."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, QPointF
from PySide6.QtGui import QGuiApplication, QImage

from labinov.errors import QT_TRANSLATE_NOOP, UserError
from labinov.gui.canvas.document import BoardDocument
from labinov.gui.errors import show_user_error
from labinov.store.ids import new_id

if TYPE_CHECKING:
    from labinov.gui.canvas.board_editor import BoardEditor

MIME = "application/x-labinov-canvas-items"
FIELDS = ("kind", "x", "y", "width", "height", "text", "colour", "zone", "votes", "attachment_id")


def collect(document: BoardDocument, ids: list[str]) -> dict[str, Any]:
    chosen = set(ids)
    items = [{k: document.items[i][k] for k in FIELDS} | {"id": i} for i in ids]
    links = [
        {"source_id": link["source_id"], "target_id": link["target_id"], "label": link["label"]}
        for link in document.links.values()
        if link["source_id"] in chosen and link["target_id"] in chosen
    ]
    return {"project_id": document.project_id, "items": items, "links": links}


def copy(document: BoardDocument, ids: list[str]) -> None:
    if not ids:
        return
    data = collect(document, ids)
    mime = QMimeData()
    mime.setData(MIME, QByteArray(json.dumps(data).encode("utf-8")))
    mime.setText("\n\n".join(item["text"] for item in data["items"] if item["text"]))
    QGuiApplication.clipboard().setMimeData(mime)


def paste(
    edits: BoardEditor, pos: QPointF, data: dict[str, Any] | None = None, text: str = ""
) -> list[str]:
    """Paste at ``pos``: our notes with fresh ids, else a picture, else plain text."""
    mime = QGuiApplication.clipboard().mimeData()
    if data is None and mime is not None and mime.hasFormat(MIME):
        data = read(bytes(mime.data(MIME).data()))  # damaged: paste its text, if any
    if data is None:
        if mime is not None and mime.hasImage():
            return paste_image(edits, QImage(mime.imageData()), pos)
        if mime is not None and mime.text().strip():
            data = {
                "items": [{"id": "t", "kind": "note", "x": 0, "y": 0, "text": mime.text()}],
                "links": [],
            }
        else:
            return []
    items = data.get("items", [])
    if not items:
        return []
    left = min(item["x"] for item in items)
    top = min(item["y"] for item in items)
    mapping = {item["id"]: new_id() for item in items}
    z = edits.document.next_z()
    rows = []
    for index, item in enumerate(items):
        row = dict(
            item,
            id=mapping[item["id"]],
            x=pos.x() + item["x"] - left,
            y=pos.y() + item["y"] - top,
            z=z + index,
        )
        if row.get("attachment_id"):
            if data.get("project_id") != edits.document.project_id:
                row["attachment_id"] = _copy_picture(edits, row["attachment_id"])
            elif not _picture_exists(edits, row["attachment_id"]):
                row["attachment_id"] = None
            if row["attachment_id"] is None:  # the picture is gone: keep the words only
                row["kind"] = "note"
        rows.append(row)
    links = [
        dict(link, source_id=mapping[link["source_id"]], target_id=mapping[link["target_id"]])
        for link in data.get("links", [])
    ]
    label = text or QCoreApplication.translate("CanvasCommands", "Paste")
    ids = edits.board.add(rows, links, text=label)
    edits.scene.clearSelection()
    for item_id in ids:
        edits.scene.notes[item_id].setSelected(True)
    return ids


KINDS = ("note", "text", "frame", "image")


def read(raw: bytes) -> dict[str, Any] | None:
    """Our clipboard data, checked field by field; None when anything is off (another
    program, or another version, may have put anything under our type)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        items = []
        for item in data["items"]:
            row = {
                "id": str(item["id"]),
                "kind": item.get("kind", "note"),
                "x": float(item["x"]),
                "y": float(item["y"]),
                "width": float(item.get("width", 160.0)),
                "height": float(item.get("height", 110.0)),
                "text": item.get("text", ""),
                "colour": item.get("colour", "yellow"),
                "zone": item.get("zone"),
                "votes": int(item.get("votes", 0)),
                "attachment_id": item.get("attachment_id"),
            }
            if (
                row["kind"] not in KINDS
                or not isinstance(row["text"], str)
                or not isinstance(row["colour"], str)
                or not isinstance(row["zone"], str | None)
                or not isinstance(row["attachment_id"], str | None)
                or not (0 < row["width"] < 1e5 and 0 < row["height"] < 1e5)
                or not (abs(row["x"]) < 1e7 and abs(row["y"]) < 1e7)
                or row["votes"] < 0
            ):
                return None
            items.append(row)
        ids = {row["id"] for row in items}
        links = [
            {
                "source_id": str(link["source_id"]),
                "target_id": str(link["target_id"]),
                "label": str(link.get("label", ""))[:200],
            }
            for link in data.get("links", [])
        ]
        if any(link["source_id"] not in ids or link["target_id"] not in ids for link in links):
            return None
        return {"project_id": data.get("project_id"), "items": items, "links": links}
    except (ValueError, TypeError, KeyError, AttributeError, UnicodeDecodeError):
        return None


def _picture_exists(edits: BoardEditor, attachment_id: str) -> bool:
    try:
        edits.document.context.services.canvases.image_data(attachment_id)
    except UserError:
        return False
    return True


def _copy_picture(edits: BoardEditor, attachment_id: str) -> str | None:
    """Pictures belong to a project: pasting into another project stores a copy there."""
    service = edits.document.context.services.canvases
    try:
        data = service.image_data(attachment_id)
        return service.store_image(edits.document.project_id, "picture.png", data)
    except UserError:
        return None


def add_picture(edits: BoardEditor, filename: str, data: bytes, pos: QPointF) -> list[str]:
    """Keep a picture in the project and place it on the board (one undo step)."""
    service = edits.document.context.services.canvases
    image = QImage.fromData(data)
    try:
        if image.isNull() and len(data) <= 20 * 1024 * 1024:  # bigger: refused by size
            # a picture's first bytes but no picture Qt can show (cut off, damaged)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "{name} is not a picture (PNG, JPEG, GIF, BMP or WebP)."
                ),
                name=filename,
            )
        attachment_id = service.store_image(edits.document.project_id, filename, data)
    except UserError as error:
        show_user_error(edits.view, error)
        return []
    width = 480.0
    height = width * image.height() / image.width() if image.width() else 360.0
    row = {
        "kind": "image",
        "x": pos.x(),
        "y": pos.y(),
        "width": width,
        "height": height,
        "attachment_id": attachment_id,
        "z": edits.document.next_z(),
    }
    return edits.board.add([row], text=QCoreApplication.translate("CanvasCommands", "Add picture"))


def paste_image(edits: BoardEditor, image: QImage, pos: QPointF) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    name = QCoreApplication.translate("CanvasCommands", "pasted picture") + ".png"
    return add_picture(edits, name, bytes(buffer.data().data()), pos)
