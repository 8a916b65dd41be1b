"""A laptop, a second laptop and a server (SQLite stand-ins) holding the sample workshop,
whose innovation got real Indonesian answers changed on both laptops before they synced:
indicator values "1.200", "94,53", "±80", "500–600", a long text with "<b>&amp;" and
emoji, and one note. Laptop B syncs first, so the laptop's versions lose on the next sync.
Used by the conflict GUI tests and by ``shots_conflicts``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labinov.paths import user_paths
from labinov.services import Services
from labinov.store.db import Store, open_store
from labinov.store.server_address import ServerAddress

LONG_TEXT = (
    "Pelayanan akta kelahiran kini selesai di rumah sakit mitra pada hari yang sama; "
    "petugas Dukcapil berjaga di ruang bersalin dan mencetak akta sebelum ibu pulang. "
    "Catatan tim: <b>&amp; jangan dicetak tebal</b> — warga menyebutnya «akta kilat» 👶📄✅"
)
HERE_INDICATOR = {
    "name": "Lama layanan akta kelahiran",
    "unit": "menit",
    "baseline": "1.200",
    "target": "±80",
    "actual": "500–600",
    "source": "Catatan loket Disdukcapil",
}
NOTE_TAIL = "1.200 orang/bulan <b>&amp;</b> 😀"  # the version that stays (laptop B's)
OTHER_INDICATOR = {**HERE_INDICATOR, "baseline": "94,53", "target": "±60", "actual": "1.250"}


@dataclass
class Scene:
    server: Store
    other: Store
    project: str
    note: dict[str, Any]
    folder: Path

    def address(self) -> ServerAddress:
        return ServerAddress("127.0.0.1", "labinov", "kantor", 5432)

    def opener(self, _address: ServerAddress, _password: str | None) -> Store:
        """The sync dialog's way to the server: a store of its own on the stand-in's file
        (the dialog disposes of it when it closes)."""
        return open_store(user_paths(self.folder / "server"))

    def dispose(self) -> None:
        self.server.dispose()
        self.other.dispose()


def _first_note(services: Services, project: str) -> dict[str, Any]:
    for stage in ("drum_up", "diagnose", "design", "delivery", "display"):
        for canvas in services.canvases.list(project, stage):
            items, _links = services.canvases.load(canvas.id)
            notes = [row for row in items if row.get("kind") == "note" and row["text"]]
            if notes:
                return notes[0]
    raise AssertionError("the sample has no note")


def build(local: Services, folder: Path) -> Scene:
    """``local`` holds the sample workshop already (the window's store)."""
    from labinov.sync import run_sync

    server = open_store(user_paths(folder / "server"))
    other_store = open_store(user_paths(folder / "laptop-b"))
    other = Services(other_store)
    run_sync(local.store, server)
    run_sync(other_store, server)
    project = local.projects.summaries()[0].id
    note = _first_note(local, project)
    for services, indicator, words, tail in (
        (other, OTHER_INDICATOR, "Ringkasan versi kantor: akta selesai 94,53% dalam sehari.", "B"),
        (local, HERE_INDICATOR, LONG_TEXT, "A"),
    ):
        services.worksheets.set_answer(project, "delivery", "indicators", [indicator])
        services.worksheets.set_answer(project, "display", "showcase_summary", words)
        text = f"{note['text']} — {'±80 orang/hari' if tail == 'A' else NOTE_TAIL}"
        services.canvases.update_items({note["id"]: {"text": text}})
    run_sync(other_store, server)  # B reaches the server first: its versions stay
    return Scene(server, other_store, project, note, folder)
